package io.tasklane.testing;

/** The database engines every storage test runs on. */
public enum Engine {
  H2,
  POSTGRES
}
