package io.tasklane.objects;

/** Where a change came from; recorded on journal entries. */
public enum Source {
  API,
  SCHEDULE,
  CLI,
  SYSTEM,
  /**
   * History recorded as it happened (demo data, imports): the system writes work that was handed
   * out in the past, so the assignment guard does not apply to it.
   */
  HISTORY
}
