package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.WriteContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code scheduleDeactivationDate} (reference §7.4): the user is deactivated at 00:00 of the chosen
 * date in the time zone of the administrator who scheduled it — their own profile's {@code
 * timeZone}, else the customer's. The date is read as the caller wrote it (dates without an offset
 * are parsed in the customer's zone, so that zone gives the date back), and stored as the instant
 * of that midnight together with the zone and the scheduler. Clearing the field cancels.
 */
final class DeactivationSchedule {
  private DeactivationSchedule() {}

  static void apply(WriteContext ctx, Draft d) {
    Object value = d.get("scheduleDeactivationDate");
    if (value == null) {
      clear(d);
      return;
    }
    OffsetDateTime given = (OffsetDateTime) value;
    ZoneId parsedIn = ctx.actor().map(Principal::zone).orElse(ZoneOffset.UTC);
    LocalDate date = given.atZoneSameInstant(parsedIn).toLocalDate();
    ZoneId zone = schedulerZone(ctx);
    if (date.isBefore(LocalDate.ofInstant(ctx.now(), zone))) {
      throw ApiException.rule(
          "scheduleDeactivationDate "
              + date
              + " is in the past; deactivate now with isActive=false instead.");
    }
    d.set(
        "scheduleDeactivationDate",
        date.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    d.set("scheduleDeactivationTimeZone", zone.getId());
    d.set("scheduleDeactivationByID", ctx.actorId().orElse(null));
  }

  static void clear(Draft d) {
    d.set("scheduleDeactivationDate", null);
    d.set("scheduleDeactivationTimeZone", null);
    d.set("scheduleDeactivationByID", null);
  }

  /** The scheduler's own time zone, else the customer's; UTC when neither is valid. */
  static ZoneId schedulerZone(WriteContext ctx) {
    Optional<String> own =
        ctx.actorId()
            .map(
                id ->
                    ctx.dsl()
                        .select(field(name("time_zone"), String.class))
                        .from(table(name("users")))
                        .where(field(name("id"), String.class).eq(id))
                        .fetchOne(0, String.class));
    if (own.isPresent()) {
      Optional<ZoneId> z = zone(own.get());
      if (z.isPresent()) {
        return z.get();
      }
    }
    if (ctx.actor().isPresent()) {
      return ctx.actor().get().zone();
    }
    String customer =
        ctx.dsl()
            .select(field(name("time_zone"), String.class))
            .from(table(name("customers")))
            .where(field(name("id"), String.class).eq(ctx.scope().customerId()))
            .fetchOne(0, String.class);
    return zone(customer).orElse(ZoneOffset.UTC);
  }

  private static Optional<ZoneId> zone(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
