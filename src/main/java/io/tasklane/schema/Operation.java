package io.tasklane.schema;

/** Operations an object type allows (Workfront's ADD, EDIT, DELETE ... lists, reference §5.1). */
public enum Operation {
  GET,
  SEARCH,
  COUNT,
  REPORT,
  ADD,
  EDIT,
  DELETE,
  COPY
}
