package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.Ids;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copies an object with every element of its copied collections, recursively (a project with its
 * tasks, their subtasks and assignments), as new objects with fresh IDs created through the
 * pipeline. References between copied objects are re-pointed at the copies; a reference to an
 * object that is copied later is set once that copy exists. Rules see {@link Draft#copy()} and
 * adjust copies (clear progress, renumber).
 */
final class Copies {
  private final Writes writes;
  private final Registry registry;
  private final ObjectWriter writer;

  Copies(Writes writes, Registry registry, ObjectWriter writer) {
    this.writes = writes;
    this.registry = registry;
    this.writer = writer;
  }

  private record Pending(ObjectType type, String newId, String field, String oldTarget) {}

  String copy(
      WriteContext ctx, ObjectType type, String sourceId, JsonNode overrides, Set<String> options) {
    Map<String, ObjectType> set = new LinkedHashMap<>();
    walk(ctx, type, writes.read(ctx, type, sourceId).get("ID").toString(), options, set);
    Map<String, String> idMap = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    boolean root = true;
    for (Map.Entry<String, ObjectType> e : set.entrySet()) {
      ObjectType t = e.getValue();
      Map<String, Object> row = writes.read(ctx, t, e.getKey());
      Draft d = new Draft(t, Ids.newId(), Map.of());
      d.copyOf(new Draft.Copy(e.getKey(), row, options));
      for (FieldDef f : t.fields()) {
        if (!copied(t, f) || row.get(f.name()) == null) {
          continue;
        }
        Object value = row.get(f.name());
        // Every ID field is re-pointed, polymorphic ones too (NOTE.objID of a copied issue).
        if (f.type() == FieldType.ID) {
          String old = value.toString();
          if (idMap.containsKey(old)) {
            value = idMap.get(old);
          } else if (set.containsKey(old)) {
            pending.add(new Pending(t, d.id(), f.name(), old));
            continue;
          }
        }
        d.set(f.name(), value);
      }
      if (root) {
        Updates.apply(d, overrides, Writes.zone(ctx));
        root = false;
      }
      idMap.put(e.getKey(), writes.insert(ctx, d));
    }
    for (Pending p : pending) {
      if (writes.exists(ctx, p.type(), p.newId())) {
        writes.edit(ctx, p.type(), p.newId(), Map.of(p.field(), idMap.get(p.oldTarget())));
      }
    }
    return idMap.get(sourceId.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Stored fields of the type's own, except computed ones; read-only references (a document's
   * current version) are copied so that they can be re-pointed at the copies.
   */
  private static boolean copied(ObjectType t, FieldDef f) {
    if (!f.stored()
        || f.has(FieldFlag.WRITE_ONLY)
        || ObjectType.STANDARD_FIELDS.contains(f.name())) {
      return false;
    }
    return !f.has(FieldFlag.READ_ONLY) || t.refByIdField(f.name()).isPresent();
  }

  /** The objects to copy, parents before their elements. */
  private void walk(
      WriteContext ctx,
      ObjectType type,
      String id,
      Set<String> options,
      Map<String, ObjectType> set) {
    if (set.containsKey(id)) {
      return;
    }
    set.put(id, type);
    for (CollectionDef c : type.collections()) {
      if (c.link().isPresent()
          || !c.copy().copied()
          || c.copy().skippedBy().filter(options::contains).isPresent()) {
        continue;
      }
      ObjectType child = registry.get(c.targetCode());
      for (String childId : writer.idsWhere(ctx.dsl(), ctx.scope(), child, c.childField(), id)) {
        walk(ctx, child, childId, options, set);
      }
    }
  }
}
