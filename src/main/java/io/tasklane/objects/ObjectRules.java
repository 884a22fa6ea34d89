package io.tasklane.objects;

import io.tasklane.auth.Principal;
import io.tasklane.query.Params;
import java.util.Map;
import java.util.Optional;

/**
 * Domain rules of one object type (or of all types), called by the generic pipeline at named points
 * inside the request's transaction. Every hook may refuse by throwing an ApiException.
 */
public interface ObjectRules {
  /** Adjusts and checks a new object before it is inserted. */
  default void beforeCreate(WriteContext ctx, Draft draft) {}

  /** Adjusts and checks an edit; no-op changes have already been dropped. */
  default void beforeEdit(WriteContext ctx, Draft draft) {}

  /** After the row (and its collections) is written, in the same transaction. */
  default void afterWrite(WriteContext ctx, Draft draft) {}

  /** Before a delete; {@code row} holds the stored values. */
  default void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {}

  /**
   * Values that turn the row into a tombstone instead of deleting it, for objects that other rows
   * must keep pointing at (a deleted user's history, reference §7.5); empty to delete the row.
   * Called after {@link #beforeDelete}; a tombstone keeps its children and is journaled and
   * announced as a delete.
   */
  default Optional<Map<String, Object>> tombstone(
      WriteContext ctx, Map<String, Object> row, boolean force) {
    return Optional.empty();
  }

  /** After the row is deleted (or turned into a tombstone), in the same transaction. */
  default void afterDelete(WriteContext ctx, Map<String, Object> row) {}

  /** Extra filter pairs limiting what this principal finds by search, count and report. */
  default Params searchFilter(Principal principal) {
    return Params.empty();
  }

  /** Extra filter pairs limiting what this principal can read at all, by ID too. */
  default Params readFilter(Principal principal) {
    return Params.empty();
  }
}
