package io.tasklane.schema;

/**
 * A reference to one object of another type, stored in the ID field {@code idField} (for example
 * {@code homeGroup} stored in {@code homeGroupID}).
 *
 * @param assignsWork a new value hands work or access to a user, so it must name an active user:
 *     the one assignment guard reads this flag on every write path (DESIGN.md invariant 3)
 */
public record RefDef(
    String name, String idField, String targetCode, String label, boolean assignsWork) {}
