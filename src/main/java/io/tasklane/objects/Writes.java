package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.common.Ids;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectWriter;
import io.tasklane.store.OutboxWriter;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The write pipeline. Every create, edit and delete — single, bulk, batch, nested collection, copy,
 * action, CLI or scheduled — passes here, so rules that apply to every write path live once: type
 * rules, required fields, reference checks, the assignment guard, journal entries and outbox
 * events, all in the caller's transaction.
 */
public final class Writes {
  private final Registry registry;
  private final Supplier<Behaviours> behaviours;
  private final ObjectWriter writer;
  private final OutboxWriter outbox;
  private final Journal journal;

  public Writes(
      Registry registry, Behaviours behaviours, ObjectWriter writer, OutboxWriter outbox) {
    this(registry, () -> behaviours, writer, outbox);
  }

  /**
   * Features' rules use the pipeline themselves, so the composition root builds the pipeline before
   * the behaviours it runs and supplies them once built.
   */
  public Writes(
      Registry registry,
      Supplier<Behaviours> behaviours,
      ObjectWriter writer,
      OutboxWriter outbox) {
    this.registry = registry;
    this.behaviours = behaviours;
    this.writer = writer;
    this.outbox = outbox;
    this.journal = new Journal(registry, writer);
    this.collections = new CollectionWrites(this, registry, writer);
    this.copies = new Copies(this, registry, writer);
  }

  private final CollectionWrites collections;
  private final Copies copies;

  public Registry registry() {
    return registry;
  }

  public Behaviours behaviours() {
    return behaviours.get();
  }

  /** Creates an object from an {@code updates} object; returns its new ID. */
  public String create(WriteContext ctx, ObjectType type, JsonNode updates) {
    requireAllowed(ctx, type, Operation.ADD);
    Draft d = new Draft(type, Ids.newId(), Map.of());
    Updates.apply(d, updates, zone(ctx));
    return insert(ctx, d);
  }

  /**
   * Creates an object from typed values (system and feature code); returns its ID, which may be
   * given as {@code ID}.
   */
  public String create(WriteContext ctx, ObjectType type, Map<String, Object> values) {
    Object id = values.get("ID");
    Draft d = new Draft(type, id == null ? Ids.newId() : id.toString(), Map.of());
    values.forEach(
        (k, v) -> {
          if (!k.equals("ID")) {
            d.set(k, v);
          }
        });
    return insert(ctx, d);
  }

  /** Edits an object from an {@code updates} object (sparse, reference §5.4). */
  public void edit(WriteContext ctx, ObjectType type, String id, JsonNode updates) {
    requireAllowed(ctx, type, Operation.EDIT);
    Draft d = new Draft(type, id, lock(ctx, type, id));
    Updates.apply(d, updates, zone(ctx));
    update(ctx, d);
  }

  /** Edits an object with typed values. */
  public void edit(WriteContext ctx, ObjectType type, String id, Map<String, Object> values) {
    Draft d = new Draft(type, id, lock(ctx, type, id));
    values.forEach(d::set);
    update(ctx, d);
  }

  /**
   * Copies an object and the collections marked copied (reference §5.2), with fresh IDs; {@code
   * overrides} apply to the copy itself. Returns the copy's ID.
   */
  public String copy(
      WriteContext ctx, ObjectType type, String sourceId, JsonNode overrides, Set<String> options) {
    requireAllowed(ctx, type, Operation.COPY);
    return copies.copy(ctx, type, sourceId, overrides, options);
  }

  /**
   * Deletes an object. Its owned collections (assignments, access rules) go with it; dependants in
   * its other collections refuse the delete unless {@code force}, which deletes them too, through
   * this same pipeline (reference §5.7).
   */
  public void delete(WriteContext ctx, ObjectType type, String id, boolean force) {
    requireAllowed(ctx, type, Operation.DELETE);
    Map<String, Object> row = lock(ctx, type, id);
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.beforeDelete(ctx, row, force);
    }
    Optional<Map<String, Object>> tombstone = Optional.empty();
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      tombstone = tombstone.or(() -> r.tombstone(ctx, row, force));
    }
    if (tombstone.isPresent()) {
      Map<String, Object> values = new LinkedHashMap<>(tombstone.get());
      values.put("lastUpdateDate", ctx.now());
      values.put("lastUpdatedByID", ctx.actorId().orElse(null));
      writer.update(ctx.dsl(), ctx.scope(), type, id, values);
    } else {
      deleteRow(ctx, type, id, force);
    }
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.afterDelete(ctx, row);
    }
    journal.deleted(ctx, type, id);
    event(ctx, type, id, "DELETE", row, Map.of());
  }

  /** Deletes the row after its dependants (refused unless {@code force}). */
  private void deleteRow(WriteContext ctx, ObjectType type, String id, boolean force) {
    for (CollectionDef c : type.collections()) {
      if (c.link().isPresent()) {
        continue; // the link type's own direct collection carries these rows
      }
      ObjectType child = registry.get(c.targetCode());
      if (child == type && c.childField().equals("ID")) {
        continue;
      }
      List<String> children = writer.idsWhere(ctx.dsl(), ctx.scope(), child, c.childField(), id);
      if (children.isEmpty()) {
        continue;
      }
      if (!force && !c.owned()) {
        throw new ApiException(
            ErrorCode.CONFLICT,
            type.code()
                + " "
                + id
                + " has "
                + children.size()
                + " "
                + c.name()
                + "; delete them first or pass force=true to delete them with it.");
      }
      for (String childId : children) {
        // An earlier sibling's cascade may have taken this one (a subtask of a deleted task).
        if (exists(ctx, child, childId)) {
          delete(ctx, child, childId, true);
        }
      }
    }
    writer.delete(ctx.dsl(), ctx.scope(), type, id);
  }

  private Map<String, Object> lock(WriteContext ctx, ObjectType type, String id) {
    if (!Ids.isId(id)) {
      throw ApiException.badRequest("Invalid ID '" + id + "'; IDs are 32 hexadecimal characters.");
    }
    return writer
        .lock(ctx.dsl(), ctx.scope(), type, id.toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> ApiException.notFound(type.code() + " " + id + " was not found."));
  }

  String insert(WriteContext ctx, Draft d) {
    ObjectType type = d.type();
    requireAllowed(ctx, type, Operation.ADD);
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.beforeCreate(ctx, d);
    }
    checkRequired(d);
    checkReferences(ctx, d);
    Map<String, Object> values = new LinkedHashMap<>();
    d.changes()
        .forEach(
            (k, v) -> {
              if (type.field(k).map(FieldDef::stored).orElse(false)) {
                values.put(k, v);
              }
            });
    values.put("ID", d.id());
    // System history and types that redefine entryDate (HOUR) may set it; otherwise it is now.
    values.putIfAbsent("entryDate", ctx.now());
    values.put("lastUpdateDate", ctx.now());
    values.put("enteredByID", ctx.actorId().orElse(null));
    values.put("lastUpdatedByID", ctx.actorId().orElse(null));
    writer.insert(ctx.dsl(), ctx.scope(), type, values);
    collections.replace(ctx, d);
    values.putAll(collections.createNested(ctx, d));
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.afterWrite(ctx, d);
    }
    journal.created(ctx, type, d.id());
    event(ctx, type, d.id(), "CREATE", Map.of(), values);
    return d.id();
  }

  private void update(WriteContext ctx, Draft d) {
    ObjectType type = d.type();
    requireAllowed(ctx, type, Operation.EDIT);
    d.dropNoOps();
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.beforeEdit(ctx, d);
    }
    d.dropNoOps();
    if (d.changes().isEmpty()
        && d.collections().isEmpty()
        && d.custom().isEmpty()
        && d.nested().isEmpty()) {
      return; // repeating an edit is harmless and changes nothing
    }
    checkRequired(d);
    checkReferences(ctx, d);
    Map<String, Object> values = new LinkedHashMap<>();
    d.changes()
        .forEach(
            (k, v) -> {
              if (type.field(k).map(FieldDef::stored).orElse(false)) {
                values.put(k, v);
              }
            });
    values.put("lastUpdateDate", ctx.now());
    values.put("lastUpdatedByID", ctx.actorId().orElse(null));
    writer.update(ctx.dsl(), ctx.scope(), type, d.id(), values);
    collections.replace(ctx, d);
    values.putAll(collections.createNested(ctx, d));
    for (ObjectRules r : behaviours.get().rulesFor(type)) {
      r.afterWrite(ctx, d);
    }
    journal.edited(ctx, d);
    Map<String, Object> after = new LinkedHashMap<>(d.existing());
    after.putAll(values);
    event(ctx, type, d.id(), "UPDATE", d.existing(), after);
  }

  private static void requireAllowed(WriteContext ctx, ObjectType type, Operation op) {
    if (ctx.actor().isPresent() && !type.allows(op)) {
      throw new ApiException(
          ErrorCode.METHOD_NOT_ALLOWED,
          type.code() + " does not allow " + op.name() + " through the API.");
    }
  }

  private static void checkRequired(Draft d) {
    for (FieldDef f : d.type().fields()) {
      if (!f.has(FieldFlag.REQUIRED) || (!d.isCreate() && !d.changes(f.name()))) {
        continue;
      }
      Object v = d.get(f.name());
      if (v == null || (v instanceof String s && s.isBlank())) {
        throw ApiException.badRequest(
            d.type().code() + "." + f.name() + " is required and cannot be empty.");
      }
    }
  }

  /**
   * New reference values must name existing objects of this customer; references that hand out work
   * must name users the assignment guard accepts.
   */
  private void checkReferences(WriteContext ctx, Draft d) {
    Map<String, Set<String>> byTarget = new HashMap<>();
    for (RefDef ref : d.type().refs()) {
      if (!d.changes(ref.idField()) || d.get(ref.idField()) == null) {
        continue;
      }
      String id = d.get(ref.idField()).toString();
      if (ref.assignsWork()) {
        behaviours.get().guard().check(ctx, d.type().code() + "." + ref.idField(), List.of(id));
      }
      if ((id.equals(d.id()) && ref.targetCode().equals(d.type().code()))
          || d.knownReference(ref.idField())) {
        continue;
      }
      byTarget.computeIfAbsent(ref.targetCode(), k -> new LinkedHashSet<>()).add(id);
    }
    byTarget.forEach(
        (code, ids) -> {
          Set<String> found = writer.existing(ctx.dsl(), ctx.scope(), registry.get(code), ids);
          for (String id : ids) {
            if (!found.contains(id)) {
              throw ApiException.notFound(
                  "No "
                      + code
                      + " with ID "
                      + id
                      + " exists (referenced by "
                      + d.type().code()
                      + ").");
            }
          }
        });
  }

  private void event(
      WriteContext ctx,
      ObjectType type,
      String id,
      String eventType,
      Map<String, Object> before,
      Map<String, Object> after) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    payload.put("objCode", type.code());
    payload.put("objID", id);
    payload.put("eventType", eventType);
    payload.set("newState", state(type, after));
    payload.set("oldState", state(type, before));
    outbox.append(
        ctx.dsl(),
        ctx.scope(),
        type.code(),
        id,
        eventType,
        ctx.actorId().orElse(null),
        payload.toString(),
        ctx.now());
  }

  private static ObjectNode state(ObjectType type, Map<String, Object> values) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    values.forEach(
        (k, v) -> {
          FieldDef f = type.field(k).orElse(null);
          if (f == null || f.has(FieldFlag.WRITE_ONLY)) {
            return;
          }
          if (v == null) {
            node.putNull(k);
          } else if (v instanceof Boolean b) {
            node.put(k, b);
          } else if (v instanceof Number n && f.type() != FieldType.STRING) {
            node.put(k, new java.math.BigDecimal(n.toString()));
          } else {
            node.put(k, v.toString());
          }
        });
    return node;
  }

  static ZoneId zone(WriteContext ctx) {
    return ctx.actor().map(p -> p.zone()).orElse(ZoneOffset.UTC);
  }

  /** IDs of children of {@code parentId} in a direct collection, for rules and actions. */
  public List<String> childIds(WriteContext ctx, CollectionDef c, String parentId) {
    return writer.idsWhere(
        ctx.dsl(), ctx.scope(), registry.get(c.targetCode()), c.childField(), parentId);
  }

  /**
   * Stores values computed from other objects (roll-ups, the primary assignee, sums of hours)
   * without rules, guard or journal: they follow from a change that has already passed them.
   */
  public void setDerived(WriteContext ctx, ObjectType type, String id, Map<String, Object> values) {
    writer.update(ctx.dsl(), ctx.scope(), type, id, values);
  }

  /** Whether an object of this type and customer exists. */
  public boolean exists(WriteContext ctx, ObjectType type, String id) {
    return writer.existing(ctx.dsl(), ctx.scope(), type, List.of(id)).contains(id);
  }

  /** Stored values of one object, locked for the rest of the transaction. */
  public Map<String, Object> read(WriteContext ctx, ObjectType type, String id) {
    return lock(ctx, type, id);
  }

  /** Objects of {@code type} whose {@code field} equals {@code value}, by ID. */
  public List<String> idsWhere(WriteContext ctx, ObjectType type, String field, Object value) {
    return new ArrayList<>(writer.idsWhere(ctx.dsl(), ctx.scope(), type, field, value));
  }
}
