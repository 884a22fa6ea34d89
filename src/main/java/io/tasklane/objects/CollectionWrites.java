package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.common.ApiException;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a write beyond the object's own row: replacing writable collections (reference §5.4)
 * and creating nested objects sent in place of a reference. Every element goes through the pipeline
 * as an object of its own, so its rules and the assignment guard apply.
 */
final class CollectionWrites {
  private final Writes writes;
  private final Registry registry;
  private final ObjectWriter writer;

  CollectionWrites(Writes writes, Registry registry, ObjectWriter writer) {
    this.writes = writes;
    this.registry = registry;
    this.writer = writer;
  }

  void replace(WriteContext ctx, Draft d) {
    for (Map.Entry<String, ArrayNode> e : d.collections().entrySet()) {
      CollectionDef c = d.type().collection(e.getKey()).orElseThrow();
      if (c.link().isPresent()) {
        replaceLinks(ctx, d.id(), c, e.getValue());
      } else {
        replaceChildren(ctx, d.id(), c, e.getValue());
      }
    }
  }

  /**
   * Elements with the ID of an existing child, or naming the same key values as one, are kept (and
   * edited with their other fields); others are created; children not named are deleted.
   */
  private void replaceChildren(
      WriteContext ctx, String parentId, CollectionDef c, ArrayNode items) {
    ObjectType child = registry.get(c.targetCode());
    List<String> existing =
        writer.idsWhere(ctx.dsl(), ctx.scope(), child, c.childField(), parentId);
    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
    if (!c.key().isEmpty()) {
      for (String id : existing) {
        rows.put(id, writes.read(ctx, child, id));
      }
    }
    Set<String> kept = new LinkedHashSet<>();
    for (JsonNode item : items) {
      if (!item.isObject()) {
        throw ApiException.badRequest(c.name() + " elements must be JSON objects.");
      }
      JsonNode idNode = item.get("ID");
      boolean byKey = idNode == null || idNode.isNull();
      String id =
          byKey
              ? matchByKey(child, c, item, rows).orElse(null)
              : idNode.asText().toLowerCase(Locale.ROOT);
      if (id != null && existing.contains(id)) {
        kept.add(id);
        ObjectNode rest = item.deepCopy();
        rest.remove("ID");
        rest.remove(c.childField());
        if (byKey) {
          // Matched on them, so they are unchanged; they may be create-only (ACSRUL.accessorID).
          c.key().forEach(k -> rest.remove(k));
        }
        if (rest.size() > 0) {
          writes.edit(ctx, child, id, rest);
        }
        continue;
      }
      if (id != null) {
        throw ApiException.badRequest(
            c.name() + " element " + id + " is not one of this object's " + c.name() + ".");
      }
      ObjectNode created = item.deepCopy();
      created.put(c.childField(), parentId);
      writes.create(ctx, child, created);
    }
    for (String id : existing) {
      if (!kept.contains(id)) {
        writes.delete(ctx, child, id, true);
      }
    }
  }

  /** The existing child whose key fields equal those the element names (as ID or reference). */
  private static Optional<String> matchByKey(
      ObjectType child, CollectionDef c, JsonNode item, Map<String, Map<String, Object>> rows) {
    if (c.key().isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, Map<String, Object>> row : rows.entrySet()) {
      boolean all = true;
      for (String k : c.key()) {
        String sent = keyValue(child, k, item);
        Object stored = row.getValue().get(k);
        if (!Objects.equals(sent, stored == null ? null : stored.toString())) {
          all = false;
          break;
        }
      }
      if (all) {
        return Optional.of(row.getKey());
      }
    }
    return Optional.empty();
  }

  private static String keyValue(ObjectType child, String field, JsonNode item) {
    JsonNode v = item.get(field);
    if (v == null) {
      Optional<RefDef> ref = child.refByIdField(field);
      if (ref.isPresent() && item.get(ref.get().name()) != null) {
        v = item.get(ref.get().name()).get("ID");
      }
    }
    if (v == null || v.isNull()) {
      return null;
    }
    String text = v.asText();
    return child.refByIdField(field).isPresent() ? text.toLowerCase(Locale.ROOT) : text;
  }

  private void replaceLinks(WriteContext ctx, String parentId, CollectionDef c, ArrayNode items) {
    CollectionDef.Link link = c.link().get();
    ObjectType linkType = registry.get(link.code());
    Map<String, String> linkByTarget = new LinkedHashMap<>();
    for (String linkId :
        writer.idsWhere(ctx.dsl(), ctx.scope(), linkType, link.parentField(), parentId)) {
      Map<String, Object> row = writes.read(ctx, linkType, linkId);
      linkByTarget.put(String.valueOf(row.get(link.targetField())), linkId);
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (JsonNode item : items) {
      JsonNode id = item.isObject() ? item.get("ID") : item;
      if (id == null || !id.isTextual()) {
        throw ApiException.badRequest(c.name() + " elements must be {\"ID\": \"…\"}.");
      }
      wanted.add(id.asText().toLowerCase(Locale.ROOT));
    }
    for (String target : wanted) {
      if (!linkByTarget.containsKey(target)) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        row.put(link.parentField(), parentId);
        row.put(link.targetField(), target);
        writes.create(ctx, linkType, row);
      }
    }
    for (Map.Entry<String, String> existing : linkByTarget.entrySet()) {
      if (!wanted.contains(existing.getKey())) {
        writes.delete(ctx, linkType, existing.getValue(), true);
      }
    }
  }

  /**
   * Creates the nested objects of a draft (a reference sent without ID) and points the references
   * at them. A nested object of a type that refers back to this one (DOCV.documentID) is linked to
   * it. Returns the reference fields set, for the event payload.
   */
  Map<String, Object> createNested(WriteContext ctx, Draft d) {
    Map<String, Object> set = new LinkedHashMap<>();
    for (Map.Entry<String, ObjectNode> e : d.nested().entrySet()) {
      RefDef ref = d.type().ref(e.getKey()).orElseThrow();
      ObjectType target = registry.get(ref.targetCode());
      ObjectNode fields = e.getValue().deepCopy();
      for (RefDef back : target.refs()) {
        if (back.targetCode().equals(d.type().code())
            && !ObjectType.STANDARD_FIELDS.contains(back.idField())
            && !fields.has(back.idField())
            && !fields.has(back.name())) {
          fields.put(back.idField(), d.id());
          break;
        }
      }
      String id = writes.create(ctx, target, fields);
      writer.update(ctx.dsl(), ctx.scope(), d.type(), d.id(), Map.of(ref.idField(), id));
      set.put(ref.idField(), id);
    }
    return set;
  }
}
