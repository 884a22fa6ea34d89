package io.tasklane.store;

import io.tasklane.common.Ids;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Appends outbox rows in the writing transaction; dispatchers claim them later. */
public final class OutboxWriter {
  public void append(
      DSLContext dsl,
      Scope scope,
      String objCode,
      String objId,
      String eventType,
      String actorId,
      String payload,
      Instant now) {
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
            Ids.newId(),
            scope.customerId(),
            now.atOffset(ZoneOffset.UTC),
            objCode,
            objId,
            eventType,
            actorId,
            payload)
        .execute();
  }
}
