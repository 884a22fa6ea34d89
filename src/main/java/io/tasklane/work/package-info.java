/**
 * The work itself: projects, tasks, issues, assignments, work items, templates and statuses, with
 * their rules (numbering, hierarchy, roll-ups, moves, primary assignees), actions and named
 * queries. Hours, notes, documents, custom data and access rules live in their own packages.
 */
package io.tasklane.work;
