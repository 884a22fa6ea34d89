package io.tasklane.objects;

import io.tasklane.query.Selection;
import io.tasklane.query.Values;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectReader;
import io.tasklane.store.RowShape;
import io.tasklane.store.Scope;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Rows to response objects per {@code fields}. Each reference and collection in the selection is
 * loaded with one statement for all rows at once, recursively, so the number of statements depends
 * on the shape of the request and never on the number of rows.
 */
final class Projector {
  private final Registry registry;
  private final ObjectReader reader;
  private final CustomValues customValues;

  Projector(Registry registry, ObjectReader reader, CustomValues customValues) {
    this.registry = registry;
    this.reader = reader;
    this.customValues = customValues;
  }

  /** The stored fields a selection needs from each row: its fields and its references' IDs. */
  static List<FieldDef> columnsFor(Selection selection) {
    ObjectType type = selection.type();
    // Keyed by name: hashing FieldDef records (flags, enum values) showed in profiles.
    Map<String, FieldDef> out = new LinkedHashMap<>();
    out.put("ID", type.field("ID").orElseThrow());
    for (Selection.Item item : selection.items()) {
      if (item instanceof Selection.FieldItem f && f.field().stored()) {
        out.putIfAbsent(f.field().name(), f.field());
      } else if (item instanceof Selection.RefItem r) {
        out.putIfAbsent(r.ref().idField(), type.field(r.ref().idField()).orElseThrow());
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * How to read the rows of a selection: its columns, and a LEFT JOIN for each reference whose own
   * selection is flat (stored fields only), so that it costs no statement of its own. The store may
   * leave the joins out (RowShape#unjoined); such references are then loaded by ID.
   */
  static RowShape shapeFor(Selection selection) {
    List<RowShape.JoinedRef> joins = new ArrayList<>();
    for (Selection.RefItem r : selection.refs()) {
      if (joinable(r)) {
        joins.add(new RowShape.JoinedRef(r.ref(), r.target(), columnsFor(r.selection())));
      }
    }
    return new RowShape(columnsFor(selection), joins);
  }

  private static boolean joinable(Selection.RefItem r) {
    Selection s = r.selection();
    return s.refs().isEmpty() && s.collections().isEmpty() && s.custom().isEmpty();
  }

  /**
   * Projects {@code rows} (already loaded) and loads their nested selections, refusing replies over
   * the limits of reference §4.8.
   */
  List<Map<String, Object>> project(
      DSLContext dsl,
      Scope scope,
      Selection selection,
      List<Map<String, Object>> rows,
      ZoneId zone) {
    List<Map<String, Object>> out = project(dsl, scope, selection, rows, zone, new long[1]);
    ResponseSize.check(out);
    return out;
  }

  /** {@code loaded} counts the rows read so far, so a huge nested load stops early. */
  private List<Map<String, Object>> project(
      DSLContext dsl,
      Scope scope,
      Selection selection,
      List<Map<String, Object>> rows,
      ZoneId zone,
      long[] loaded) {
    loaded[0] += rows.size();
    ResponseSize.checkLoaded(loaded[0]);
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, Object> row : rows) {
      Map<String, Object> obj = new LinkedHashMap<>();
      for (Selection.Item item : selection.items()) {
        if (item instanceof Selection.FieldItem f) {
          obj.put(f.key(), value(selection.type(), f.field(), row, zone));
        } else {
          obj.put(item.key(), null);
        }
      }
      out.add(obj);
    }
    for (Selection.RefItem ref : selection.refs()) {
      fillReference(dsl, scope, ref, rows, out, zone, loaded);
    }
    for (Selection.CollectionItem c : selection.collections()) {
      fillCollection(dsl, scope, c, rows, out, zone, loaded);
    }
    if (!selection.custom().isEmpty() && !rows.isEmpty()) {
      fillCustom(dsl, scope, selection.custom(), rows, out, zone);
    }
    return out;
  }

  /** Every custom field of the selection, for all rows, in one statement. */
  private void fillCustom(
      DSLContext dsl,
      Scope scope,
      List<Selection.CustomItem> items,
      List<Map<String, Object>> rows,
      List<Map<String, Object>> out,
      ZoneId zone) {
    boolean all = items.stream().anyMatch(i -> i.field().isEmpty());
    Set<String> params = new LinkedHashSet<>();
    items.forEach(i -> i.field().ifPresent(f -> params.add(f.parameterId())));
    List<String> ids = rows.stream().map(r -> r.get("ID").toString()).toList();
    Map<String, Map<String, Object>> values =
        customValues.load(
            dsl, scope, ids, all ? java.util.Optional.empty() : java.util.Optional.of(params));
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> own = values.getOrDefault(ids.get(i), Map.of());
      for (Selection.CustomItem item : items) {
        if (item.field().isEmpty()) {
          Map<String, Object> every = new LinkedHashMap<>();
          own.forEach((k, v) -> every.put(k, renderAll(v, zone)));
          out.get(i).put(item.key(), every);
        } else {
          out.get(i).put(item.key(), renderAll(own.get(item.key()), zone));
        }
      }
    }
  }

  private static Object renderAll(Object v, ZoneId zone) {
    if (v instanceof List<?> list) {
      return list.stream().map(x -> render(x, zone)).toList();
    }
    return render(v, zone);
  }

  private void fillReference(
      DSLContext dsl,
      Scope scope,
      Selection.RefItem ref,
      List<Map<String, Object>> rows,
      List<Map<String, Object>> out,
      ZoneId zone,
      long[] loaded) {
    List<Map<String, Object>> targets;
    String key = RowShape.joinedKey(ref.ref());
    if (!rows.isEmpty() && rows.get(0).containsKey(key)) {
      // read by the rows' own statement (shapeFor); each target once, as a load by ID would
      Map<Object, Map<String, Object>> joined = new LinkedHashMap<>();
      for (Map<String, Object> row : rows) {
        if (row.get(key) instanceof Map<?, ?> target) {
          @SuppressWarnings("unchecked")
          Map<String, Object> t = (Map<String, Object>) target;
          joined.putIfAbsent(t.get("ID"), t);
        }
      }
      targets = new ArrayList<>(joined.values());
    } else {
      Set<String> ids = new LinkedHashSet<>();
      for (Map<String, Object> row : rows) {
        Object id = row.get(ref.ref().idField());
        if (id != null) {
          ids.add(id.toString());
        }
      }
      targets =
          ids.isEmpty()
              ? List.of()
              : reader.byIds(dsl, scope, ref.target(), ids, shapeFor(ref.selection()));
    }
    if (targets.isEmpty()) {
      return;
    }
    List<Map<String, Object>> projected =
        project(dsl, scope, ref.selection(), targets, zone, loaded);
    Map<String, Map<String, Object>> byId = new HashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      byId.put(targets.get(i).get("ID").toString(), projected.get(i));
    }
    for (int i = 0; i < rows.size(); i++) {
      Object id = rows.get(i).get(ref.ref().idField());
      out.get(i).put(ref.key(), id == null ? null : byId.get(id.toString()));
    }
  }

  private void fillCollection(
      DSLContext dsl,
      Scope scope,
      Selection.CollectionItem c,
      List<Map<String, Object>> rows,
      List<Map<String, Object>> out,
      ZoneId zone,
      long[] loaded) {
    List<String> parentIds = rows.stream().map(r -> r.get("ID").toString()).toList();
    if (parentIds.isEmpty()) {
      return;
    }
    // Read at most one row past the object limit: more means the reply is too large anyway.
    int room = (int) Math.max(0, ResponseSize.MAX_OBJECTS - loaded[0]);
    List<Map<String, Object>> children =
        reader.children(
            dsl,
            scope,
            c.collection(),
            new LinkedHashSet<>(parentIds),
            shapeFor(c.selection()),
            room + 1);
    List<Map<String, Object>> projected =
        project(dsl, scope, c.selection(), children, zone, loaded);
    Map<String, List<Map<String, Object>>> byParent = new HashMap<>();
    for (int i = 0; i < children.size(); i++) {
      byParent
          .computeIfAbsent(
              children.get(i).get(ObjectReader.PARENT).toString(), k -> new ArrayList<>())
          .add(projected.get(i));
    }
    for (int i = 0; i < rows.size(); i++) {
      out.get(i).put(c.key(), byParent.getOrDefault(parentIds.get(i), List.of()));
    }
  }

  private static Object value(ObjectType type, FieldDef f, Map<String, Object> row, ZoneId zone) {
    if (!f.stored()) {
      return f.name().equals("objCode") ? type.code() : null;
    }
    return render(row.get(f.name()), zone);
  }

  /** Dates in Workfront's wire form in the customer's zone (reference §2.4). */
  static Object render(Object v, ZoneId zone) {
    if (v instanceof OffsetDateTime t) {
      return Values.WIRE.format(t.atZoneSameInstant(zone));
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    return v;
  }
}
