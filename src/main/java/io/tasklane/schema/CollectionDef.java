package io.tasklane.schema;

import java.util.List;
import java.util.Optional;

/**
 * A to-many relation. Either direct — children of {@code targetCode} whose {@code childField} holds
 * the parent's ID (TASK.assignments: ASSGN.taskID) — or through a link type — rows of {@code
 * link.code} whose {@code parentField} holds the parent's ID and whose {@code targetField} names
 * the target (USER.roles: USRROL.userID → USRROL.roleID → ROLE).
 *
 * @param writable an edit may replace the whole collection (reference §5.4)
 * @param owned the elements are parts of the parent (its assignments, access rules), deleted with
 *     it without {@code force}; other children are dependants that refuse a plain delete (§5.7)
 * @param copy whether a copy of the parent copies the elements, and which copy option skips them
 * @param key fields that identify an element sent without {@code ID} when the collection is
 *     replaced: an element naming the same values as an existing child is that child
 */
public record CollectionDef(
    String name,
    String targetCode,
    String childField,
    Optional<Link> link,
    boolean writable,
    String label,
    boolean owned,
    Copy copy,
    List<String> key) {

  public CollectionDef {
    key = List.copyOf(key);
  }

  public record Link(String code, String parentField, String targetField) {}

  /**
   * Copying: {@code copied} elements are copied with their parent unless the copy's options include
   * {@code skippedBy} (e.g. {@code clearAssignments}).
   */
  public record Copy(boolean copied, Optional<String> skippedBy) {
    public static final Copy NEVER = new Copy(false, Optional.empty());
  }

  public static CollectionDef direct(String name, String targetCode, String childField) {
    return new CollectionDef(
        name,
        targetCode,
        childField,
        Optional.empty(),
        false,
        FieldDef.labelOf(name),
        false,
        Copy.NEVER,
        List.of());
  }

  public static CollectionDef through(
      String name, String targetCode, String linkCode, String parentField, String targetField) {
    return new CollectionDef(
        name,
        targetCode,
        parentField,
        Optional.of(new Link(linkCode, parentField, targetField)),
        false,
        FieldDef.labelOf(name),
        false,
        Copy.NEVER,
        List.of());
  }

  public CollectionDef asWritable() {
    return new CollectionDef(name, targetCode, childField, link, true, label, owned, copy, key);
  }

  /** Elements are parts of the parent, deleted with it without {@code force}. */
  public CollectionDef asOwned() {
    return new CollectionDef(name, targetCode, childField, link, writable, label, true, copy, key);
  }

  /** Elements are copied with their parent. */
  public CollectionDef copied() {
    return new CollectionDef(
        name,
        targetCode,
        childField,
        link,
        writable,
        label,
        owned,
        new Copy(true, Optional.empty()),
        key);
  }

  /** Elements are copied with their parent unless the copy's options include {@code option}. */
  public CollectionDef copiedUnless(String option) {
    return new CollectionDef(
        name,
        targetCode,
        childField,
        link,
        writable,
        label,
        owned,
        new Copy(true, Optional.of(option)),
        key);
  }

  /** Elements sent without ID are matched to existing ones by these fields (reference §5.4). */
  public CollectionDef keyedBy(String... fields) {
    return new CollectionDef(
        name, targetCode, childField, link, writable, label, owned, copy, List.of(fields));
  }
}
