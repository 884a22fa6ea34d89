package io.tasklane.store;

import io.tasklane.common.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Appends outbox rows in the writing transaction; dispatchers claim them later. */
public final class OutboxWriter {
  private record Shape(SQLDialect dialect) {}

  public void append(
      DSLContext dsl,
      Scope scope,
      String objCode,
      String objId,
      String eventType,
      String actorId,
      String payload,
      Instant now) {
    // Every write appends one: rendered once per engine, then run through JDBC (PlainQueries).
    String sql =
        PlainQueries.shape(
            new Shape(dsl.dialect()),
            () ->
                dsl.render(
                    dsl.insertInto(DSL.table(DSL.name("outbox")))
                        .columns(
                            DSL.field(DSL.name("id")),
                            DSL.field(DSL.name("customer_id")),
                            DSL.field(DSL.name("created_at")),
                            DSL.field(DSL.name("obj_code")),
                            DSL.field(DSL.name("obj_id")),
                            DSL.field(DSL.name("event_type")),
                            DSL.field(DSL.name("actor_id")),
                            DSL.field(DSL.name("payload")))
                        .values(
                            DSL.param("id", String.class),
                            DSL.param("customer", String.class),
                            DSL.param("at", OffsetDateTime.class),
                            DSL.param("code", String.class),
                            DSL.param("obj", String.class),
                            DSL.param("event", String.class),
                            DSL.param("actor", String.class),
                            DSL.param("payload", String.class))));
    PlainQueries.update(
        dsl,
        sql,
        Arrays.asList(
            Ids.newId(),
            scope.customerId(),
            now.atOffset(ZoneOffset.UTC),
            objCode,
            objId,
            eventType,
            actorId,
            payload));
  }
}
