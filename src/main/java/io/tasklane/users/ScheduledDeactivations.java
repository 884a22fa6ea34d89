package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.ObjectType;
import io.tasklane.store.Database;
import io.tasklane.store.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out due scheduled deactivations (reference §7.4, DESIGN.md invariant 6). Each user is
 * deactivated in a transaction of its own through the write pipeline (journal source SCHEDULE,
 * revocation, outbox), after locking the user's row and checking again that the user is still
 * active and due: a second node, or a second run, that reaches the same user waits for the lock and
 * then finds nothing to do — so each deactivation happens exactly once. Everything due is done, so
 * a restart after the moment catches up at once.
 */
public final class ScheduledDeactivations {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledDeactivations.class);
  private static final int BATCH = 200;

  private final Database database;
  private final Writes writes;
  private final Clock clock;

  public ScheduledDeactivations(Database database, Writes writes, Clock clock) {
    this.database = database;
    this.writes = writes;
    this.clock = clock;
  }

  /** Deactivates every user whose moment has come; returns how many this call deactivated. */
  public int deactivateDue() {
    int done = 0;
    int failed = 0;
    while (true) {
      Instant now = clock.instant();
      int skip = failed;
      List<Record2<String, String>> due =
          database.read(
              dsl ->
                  dsl.select(
                          field(name("id"), String.class), field(name("customer_id"), String.class))
                      .from(table(name("users")))
                      .where(
                          field(name("schedule_deactivation_date"), OffsetDateTime.class)
                              .le(now.atOffset(ZoneOffset.UTC)))
                      .and(field(name("is_active"), Boolean.class).isTrue())
                      .orderBy(field(name("schedule_deactivation_date")), field(name("id")))
                      .offset(skip)
                      .limit(BATCH)
                      .fetch());
      for (Record2<String, String> r : due) {
        try {
          if (database.transaction(dsl -> deactivate(dsl, r.value2(), r.value1(), now))) {
            done++;
          }
        } catch (ApiException e) {
          failed++; // stays scheduled; refused by a rule, e.g. the last System Administrator
          LOG.warn("scheduled deactivation of user {} refused: {}", r.value1(), e.getMessage());
        }
      }
      if (due.size() < BATCH) {
        return done;
      }
    }
  }

  private boolean deactivate(
      org.jooq.DSLContext dsl, String customerId, String userId, Instant now) {
    ObjectType user = writes.registry().get("USER");
    WriteContext probe =
        new WriteContext(
            dsl, new Scope(customerId), Optional.empty(), now, Source.SCHEDULE, Optional.empty());
    Map<String, Object> row = writes.read(probe, user, userId);
    Object at = row.get("scheduleDeactivationDate");
    if (!Boolean.TRUE.equals(row.get("isActive"))
        || !(at instanceof OffsetDateTime when)
        || when.toInstant().isAfter(now)) {
      return false; // another node or run did it, or the schedule was cancelled meanwhile
    }
    String reason =
        "Scheduled deactivation for 00:00 of "
            + when.atZoneSameInstant(zone(row)).toLocalDate()
            + " ("
            + zone(row)
            + ")"
            + Optional.ofNullable(row.get("scheduleDeactivationByID"))
                .map(by -> ", scheduled by user " + by)
                .orElse("");
    WriteContext ctx =
        new WriteContext(
            dsl,
            new Scope(customerId),
            Optional.empty(),
            now,
            Source.SCHEDULE,
            Optional.of(reason));
    writes.edit(ctx, user, userId, Map.of("isActive", false));
    return true;
  }

  private static java.time.ZoneId zone(Map<String, Object> row) {
    Object z = row.get("scheduleDeactivationTimeZone");
    try {
      return z == null ? ZoneOffset.UTC : java.time.ZoneId.of(z.toString());
    } catch (java.time.DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
