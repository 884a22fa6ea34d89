package io.tasklane.objects;

import io.tasklane.common.Ids;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes JRNLE rows: one per journaled field changed, and one per create and delete. */
final class Journal {
  private final ObjectType type;
  private final ObjectWriter writer;

  Journal(Registry registry, ObjectWriter writer) {
    this.type = registry.get(JournalDefinitions.CODE);
    this.writer = writer;
  }

  void created(WriteContext ctx, ObjectType t, String id) {
    writer.insert(ctx.dsl(), ctx.scope(), type, entry(ctx, t, id, "ADD", null));
  }

  void deleted(WriteContext ctx, ObjectType t, String id) {
    writer.insert(ctx.dsl(), ctx.scope(), type, entry(ctx, t, id, "DELETE", null));
  }

  /** One entry per journaled field the edit changes, all in one statement. */
  void edited(WriteContext ctx, Draft d) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map.Entry<String, Object> change : d.changes().entrySet()) {
      FieldDef f = d.type().field(change.getKey()).orElse(null);
      if (f == null || !f.has(FieldFlag.JOURNALED)) {
        continue;
      }
      Map<String, Object> row = entry(ctx, d.type(), d.id(), "EDIT", f.name());
      put(row, "old", d.previous(f.name()));
      put(row, "new", change.getValue());
      rows.add(row);
    }
    writer.insertAll(ctx.dsl(), ctx.scope(), type, rows);
  }

  private static Map<String, Object> entry(
      WriteContext ctx, ObjectType t, String id, String change, String field) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("ID", Ids.newId());
    row.put("entryDate", ctx.now());
    row.put("lastUpdateDate", ctx.now());
    row.put("enteredByID", ctx.actorId().orElse(null));
    row.put("lastUpdatedByID", ctx.actorId().orElse(null));
    row.put("objObjCode", t.code());
    row.put("objID", id);
    row.put("fieldName", field);
    row.put("changeType", change);
    row.put("source", ctx.source().name());
    row.put(
        "reason", ctx.reason().map(r -> r.length() > 4000 ? r.substring(0, 4000) : r).orElse(null));
    return row;
  }

  private static void put(Map<String, Object> row, String side, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof OffsetDateTime t) {
      row.put(side + "DateVal", t);
    } else if (value instanceof LocalDate d) {
      row.put(side + "DateVal", d.atStartOfDay().atOffset(ZoneOffset.UTC));
    } else if (value instanceof Number n) {
      row.put(side + "NumberVal", n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
    } else {
      String s = value.toString();
      row.put(side + "TextVal", s.length() > 4000 ? s.substring(0, 4000) : s);
    }
  }
}
