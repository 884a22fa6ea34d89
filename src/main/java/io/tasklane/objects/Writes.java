package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Set;

/**
 * The write pipeline. Every create, edit and delete — single, bulk, batch, nested collection, copy,
 * action, CLI or scheduled — passes here, so rules that apply to every write path live once: type
 * rules, required fields, reference checks, the assignment guard, journal entries and outbox
 * events, all in the caller's transaction.
 */
public final class Writes {
  private final Registry registry;
  private final Behaviours behaviours;
  private final ObjectWriter writer;
  private final OutboxWriter outbox;
  private final Journal journal;

  public Writes(
      Registry registry, Behaviours behaviours, ObjectWriter writer, OutboxWriter outbox) {
    this.registry = registry;
    this.behaviours = behaviours;
    this.writer = writer;
    this.outbox = outbox;
    this.journal = new Journal(registry, writer);
  }

  public Registry registry() {
    return registry;
  }

  public Behaviours behaviours() {
    return behaviours;
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
   * Deletes an object. Dependants in its collections refuse the delete unless {@code force}, which
   * deletes them too, through this same pipeline (reference §5.7).
   */
  public void delete(WriteContext ctx, ObjectType type, String id, boolean force) {
    requireAllowed(ctx, type, Operation.DELETE);
    Map<String, Object> row = lock(ctx, type, id);
    for (ObjectRules r : behaviours.rulesFor(type)) {
      r.beforeDelete(ctx, row, force);
    }
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
      if (!force) {
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
        delete(ctx, child, childId, true);
      }
    }
    writer.delete(ctx.dsl(), ctx.scope(), type, id);
    for (ObjectRules r : behaviours.rulesFor(type)) {
      r.afterDelete(ctx, row);
    }
    journal.deleted(ctx, type, id);
    event(ctx, type, id, "DELETE", row, Map.of());
  }

  private Map<String, Object> lock(WriteContext ctx, ObjectType type, String id) {
    if (!Ids.isId(id)) {
      throw ApiException.badRequest("Invalid ID '" + id + "'; IDs are 32 hexadecimal characters.");
    }
    return writer
        .lock(ctx.dsl(), ctx.scope(), type, id.toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> ApiException.notFound(type.code() + " " + id + " was not found."));
  }

  private String insert(WriteContext ctx, Draft d) {
    ObjectType type = d.type();
    requireAllowed(ctx, type, Operation.ADD);
    for (ObjectRules r : behaviours.rulesFor(type)) {
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
    values.put("entryDate", ctx.now());
    values.put("lastUpdateDate", ctx.now());
    values.put("enteredByID", ctx.actorId().orElse(null));
    values.put("lastUpdatedByID", ctx.actorId().orElse(null));
    writer.insert(ctx.dsl(), ctx.scope(), type, values);
    replaceCollections(ctx, d);
    for (ObjectRules r : behaviours.rulesFor(type)) {
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
    for (ObjectRules r : behaviours.rulesFor(type)) {
      r.beforeEdit(ctx, d);
    }
    d.dropNoOps();
    if (d.changes().isEmpty() && d.collections().isEmpty()) {
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
    replaceCollections(ctx, d);
    for (ObjectRules r : behaviours.rulesFor(type)) {
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
        behaviours.guard().check(ctx, d.type().code() + "." + ref.idField(), List.of(id));
      }
      if (id.equals(d.id()) && ref.targetCode().equals(d.type().code())) {
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

  /**
   * Replaces writable collections (reference §5.4): elements with the ID of an existing child are
   * kept (and edited with their other fields), others are created, missing ones deleted. For a
   * collection through a link type the elements name targets by ID.
   */
  private void replaceCollections(WriteContext ctx, Draft d) {
    for (Map.Entry<String, ArrayNode> e : d.collections().entrySet()) {
      CollectionDef c = d.type().collection(e.getKey()).orElseThrow();
      if (c.link().isPresent()) {
        replaceLinks(ctx, d.id(), c, e.getValue());
      } else {
        replaceChildren(ctx, d.id(), c, e.getValue());
      }
    }
  }

  private void replaceChildren(
      WriteContext ctx, String parentId, CollectionDef c, ArrayNode items) {
    ObjectType child = registry.get(c.targetCode());
    List<String> existing =
        writer.idsWhere(ctx.dsl(), ctx.scope(), child, c.childField(), parentId);
    Set<String> kept = new LinkedHashSet<>();
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw ApiException.badRequest(c.name() + " elements must be JSON objects.");
      }
      JsonNode idNode = item.get("ID");
      String id = idNode == null || idNode.isNull() ? null : idNode.asText().toLowerCase();
      if (id != null && existing.contains(id)) {
        kept.add(id);
        ObjectNode rest = ((ObjectNode) item.deepCopy());
        rest.remove("ID");
        rest.remove(c.childField());
        if (rest.size() > 0) {
          edit(ctx, child, id, rest);
        }
        continue;
      }
      if (id != null) {
        throw ApiException.badRequest(
            c.name() + " element " + id + " is not one of this object's " + c.name() + ".");
      }
      ObjectNode created = ((ObjectNode) item.deepCopy());
      created.put(c.childField(), parentId);
      create(ctx, child, created);
    }
    for (String id : existing) {
      if (!kept.contains(id)) {
        delete(ctx, child, id, true);
      }
    }
  }

  private void replaceLinks(WriteContext ctx, String parentId, CollectionDef c, ArrayNode items) {
    CollectionDef.Link link = c.link().get();
    ObjectType linkType = registry.get(link.code());
    Map<String, String> linkByTarget = new LinkedHashMap<>();
    for (String linkId :
        writer.idsWhere(ctx.dsl(), ctx.scope(), linkType, link.parentField(), parentId)) {
      Map<String, Object> row = writer.lock(ctx.dsl(), ctx.scope(), linkType, linkId).orElseThrow();
      linkByTarget.put(String.valueOf(row.get(link.targetField())), linkId);
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode item : items) {
      JsonNode id = item.isObject() ? item.get("ID") : item;
      if (id == null || !id.isTextual()) {
        throw ApiException.badRequest(c.name() + " elements must be {\"ID\": \"…\"}.");
      }
      wanted.add(id.asText().toLowerCase());
    }
    for (String target : wanted) {
      if (!linkByTarget.containsKey(target)) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put(link.parentField(), parentId);
        row.put(link.targetField(), target);
        create(ctx, linkType, row);
      }
    }
    for (Map.Entry<String, String> existing : linkByTarget.entrySet()) {
      if (!wanted.contains(existing.getKey())) {
        delete(ctx, linkType, existing.getValue(), true);
      }
    }
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

  private static ZoneId zone(WriteContext ctx) {
    return ctx.actor().map(p -> p.zone()).orElse(ZoneOffset.UTC);
  }

  /** IDs of children of {@code parentId} in a direct collection, for rules and actions. */
  public List<String> childIds(WriteContext ctx, CollectionDef c, String parentId) {
    return writer.idsWhere(
        ctx.dsl(), ctx.scope(), registry.get(c.targetCode()), c.childField(), parentId);
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
