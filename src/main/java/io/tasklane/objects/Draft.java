package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.schema.ObjectType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An object being created or edited: its stored values before ({@code existing}, empty on create)
 * and the changes asked for, typed by field. Rules read and adjust it before it is written.
 */
public final class Draft {
  private final ObjectType type;
  private final String id;
  private final Map<String, Object> existing;
  private final Map<String, Object> changes = new LinkedHashMap<>();
  private final Map<String, ArrayNode> collections = new LinkedHashMap<>();
  private final Map<String, JsonNode> custom = new LinkedHashMap<>();
  private final Map<String, ObjectNode> nested = new LinkedHashMap<>();
  private final Set<String> known = new java.util.HashSet<>();
  private Optional<Copy> copy = Optional.empty();

  /**
   * The object this one is a copy of (reference §5.2): its stored values and the copy's options
   * ({@code clearAssignments}, {@code clearProgress} …), for rules that adjust copies.
   */
  public record Copy(String sourceId, Map<String, Object> source, Set<String> options) {
    public Copy {
      source = Collections.unmodifiableMap(new LinkedHashMap<>(source));
      options = Set.copyOf(options);
    }
  }

  Draft(ObjectType type, String id, Map<String, Object> existing) {
    this.type = type;
    this.id = id;
    this.existing = Collections.unmodifiableMap(existing);
  }

  public ObjectType type() {
    return type;
  }

  public String id() {
    return id;
  }

  public boolean isCreate() {
    return existing.isEmpty();
  }

  /** The value after this write: the change if there is one, else the stored value. */
  public Object get(String field) {
    return changes.containsKey(field) ? changes.get(field) : existing.get(field);
  }

  public Optional<String> string(String field) {
    return Optional.ofNullable(get(field)).map(Object::toString);
  }

  public Object previous(String field) {
    return existing.get(field);
  }

  public boolean changes(String field) {
    return changes.containsKey(field);
  }

  public void set(String field, Object value) {
    changes.put(field, value);
    known.remove(field);
  }

  public void unset(String field) {
    changes.remove(field);
    known.remove(field);
  }

  /**
   * Sets a reference to an object the rule knows exists, such as the acting user, so the pipeline
   * does not look it up again (the assignment guard still applies).
   */
  public void setKnownReference(String field, String id) {
    set(field, id);
    if (id != null) {
      known.add(field);
    }
  }

  /** Whether the value of {@code field} was set by {@link #setKnownReference}. */
  boolean knownReference(String field) {
    return known.contains(field);
  }

  /** The stored values before this write (empty on create). */
  public Map<String, Object> existing() {
    return existing;
  }

  public Map<String, Object> changes() {
    return Collections.unmodifiableMap(changes);
  }

  /** Collections to replace, as the JSON arrays sent (reference §5.4). */
  public Map<String, ArrayNode> collections() {
    return Collections.unmodifiableMap(collections);
  }

  void replaceCollection(String name, ArrayNode elements) {
    collections.put(name, elements);
  }

  /** Custom-field values sent as {@code DE:<name>} or in {@code parameterValues} (§4.1). */
  public Map<String, JsonNode> custom() {
    return Collections.unmodifiableMap(custom);
  }

  public void setCustom(String name, JsonNode value) {
    custom.put(name, value);
  }

  /**
   * Objects to create and reference, sent as a reference without {@code ID} (a document's {@code
   * currentVersion}); the pipeline creates them after this object and points the reference at them.
   */
  public Map<String, ObjectNode> nested() {
    return Collections.unmodifiableMap(nested);
  }

  public void nest(String refName, ObjectNode fields) {
    nested.put(refName, fields);
  }

  public Optional<Copy> copy() {
    return copy;
  }

  void copyOf(Copy c) {
    this.copy = Optional.of(c);
  }

  /** Drops changes that equal the stored value, so repeating an edit changes nothing. */
  void dropNoOps() {
    changes.entrySet().removeIf(e -> !isCreate() && equal(existing.get(e.getKey()), e.getValue()));
  }

  static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    if (a instanceof java.time.OffsetDateTime x && b instanceof java.time.OffsetDateTime y) {
      return x.toInstant().equals(y.toInstant());
    }
    return a.equals(b);
  }
}
