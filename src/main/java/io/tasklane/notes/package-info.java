/**
 * Updates and comments (NOTE) on projects, tasks, issues and documents, threaded, with tagged users
 * and teams (NTAG). Notifications are not sent from here.
 */
package io.tasklane.notes;
