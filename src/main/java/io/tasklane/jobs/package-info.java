/**
 * Background jobs: the scheduler that runs each job once per interval across every node sharing the
 * database (ShedLock), and the jobs themselves. Domain work stays in the feature packages.
 */
package io.tasklane.jobs;
