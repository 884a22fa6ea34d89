package io.tasklane.objects;

/** Where a change came from; recorded on journal entries. */
public enum Source {
  API,
  SCHEDULE,
  CLI,
  SYSTEM
}
