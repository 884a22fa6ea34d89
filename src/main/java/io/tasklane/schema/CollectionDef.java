package io.tasklane.schema;

import java.util.Optional;

/**
 * A to-many relation. Either direct — children of {@code targetCode} whose {@code childField} holds
 * the parent's ID (TASK.assignments: ASSGN.taskID) — or through a link type — rows of {@code
 * link.code} whose {@code parentField} holds the parent's ID and whose {@code targetField} names
 * the target (USER.roles: USRROL.userID → USRROL.roleID → ROLE).
 *
 * @param writable an edit may replace the whole collection (reference §5.4)
 */
public record CollectionDef(
    String name,
    String targetCode,
    String childField,
    Optional<Link> link,
    boolean writable,
    String label) {

  public record Link(String code, String parentField, String targetField) {}

  public static CollectionDef direct(String name, String targetCode, String childField) {
    return new CollectionDef(
        name, targetCode, childField, Optional.empty(), false, FieldDef.labelOf(name));
  }

  public static CollectionDef through(
      String name, String targetCode, String linkCode, String parentField, String targetField) {
    return new CollectionDef(
        name,
        targetCode,
        parentField,
        Optional.of(new Link(linkCode, parentField, targetField)),
        false,
        FieldDef.labelOf(name));
  }

  public CollectionDef asWritable() {
    return new CollectionDef(name, targetCode, childField, link, true, label);
  }
}
