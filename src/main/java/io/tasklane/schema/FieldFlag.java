package io.tasklane.schema;

/** What may be done with a field. The names are also reported by {@code /metadata}. */
public enum FieldFlag {
  /** Must have a value on create. */
  REQUIRED,
  /** Set by the server only; an update naming it is refused. */
  READ_ONLY,
  /** Settable on create, refused on edit. */
  CREATE_ONLY,
  /** Accepted on writes, never returned or filtered on (passwords). */
  WRITE_ONLY,
  /** Changes are recorded as journal entries (JRNLE) in the same transaction. */
  JOURNALED,
  /** Part of the type's default response fields. */
  DEFAULT,
  /** Readable and filterable by System Administrators only. */
  ADMIN_READ,
  /** Computed by the server rather than stored; not filterable or sortable. */
  VIRTUAL
}
