package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.Ids;
import io.tasklane.objects.WriteContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Record;

/** Stores custom-field values: one row per value, replaced whole per field. */
final class ValueWriter {
  void replace(
      WriteContext ctx,
      String objId,
      String objCode,
      String parameter,
      DataType type,
      List<Object> values) {
    ctx.dsl()
        .deleteFrom(table(name("custom_values")))
        .where(field(name("obj_id"), String.class).eq(objId))
        .and(field(name("parameter_id"), String.class).eq(parameter))
        .execute();
    for (Object v : values) {
      insert(
          ctx,
          objId,
          objCode,
          parameter,
          type == DataType.TEXT ? v.toString() : null,
          v instanceof BigDecimal b ? b : null,
          v instanceof OffsetDateTime t ? t : null);
    }
  }

  /** The values of a copied object, for its copy. */
  void copy(WriteContext ctx, String fromId, String toId, String objCode) {
    for (Record r :
        ctx.dsl()
            .select(
                field(name("parameter_id"), String.class),
                field(name("text_value"), String.class),
                field(name("number_value"), BigDecimal.class),
                field(name("date_value"), OffsetDateTime.class))
            .from(table(name("custom_values")))
            .where(field(name("obj_id"), String.class).eq(fromId))
            .orderBy(field(name("id")))
            .fetch()) {
      insert(
          ctx,
          toId,
          objCode,
          r.get(0, String.class),
          r.get(1, String.class),
          r.get(2, BigDecimal.class),
          r.get(3, OffsetDateTime.class));
    }
  }

  void deleteAll(WriteContext ctx, String objId) {
    ctx.dsl()
        .deleteFrom(table(name("custom_values")))
        .where(field(name("obj_id"), String.class).eq(objId))
        .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .execute();
  }

  private static void insert(
      WriteContext ctx,
      String objId,
      String objCode,
      String parameter,
      String text,
      BigDecimal number,
      OffsetDateTime date) {
    OffsetDateTime now = ctx.now().atOffset(ZoneOffset.UTC);
    String actor = ctx.actorId().orElse(null);
    ctx.dsl()
        .insertInto(table(name("custom_values")))
        .columns(
            field(name("id")),
            field(name("customer_id")),
            field(name("entry_date")),
            field(name("entered_by_id")),
            field(name("last_update_date")),
            field(name("last_updated_by_id")),
            field(name("obj_id")),
            field(name("obj_obj_code")),
            field(name("parameter_id")),
            field(name("text_value")),
            field(name("number_value")),
            field(name("date_value")))
        .values(
            Ids.newId(),
            ctx.scope().customerId(),
            now,
            actor,
            now,
            actor,
            objId,
            objCode,
            parameter,
            text,
            number,
            date)
        .execute();
  }
}
