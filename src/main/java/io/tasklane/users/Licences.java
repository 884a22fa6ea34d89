package io.tasklane.users;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;

/**
 * Licence seats (reference §6.4, DESIGN.md invariant 1): the usage report and the errors of a full
 * licence type. The seats are counted in {@link SeatCounts}; the users' rules take and give them
 * back through {@link SeatChanges}.
 */
public final class Licences {
  private static final Field<String> LICENSE = field(name("a", "license_type"), String.class);

  private Licences() {}

  /** One licence type's seats for the usage query. */
  public record Usage(LicenseType type, int owned, int used, int free, int scheduled) {}

  /** The 409 of an activation for which {@code type} has no free seat. */
  static ApiException noFreeSeat(LicenseType type, int owned, int used) {
    return new ApiException(
        ErrorCode.LICENSE_LIMIT,
        "No free "
            + type.name()
            + " licence: the customer owns "
            + owned
            + " and "
            + used
            + " are in use. Deactivate a "
            + type.name()
            + " user, choose an access level of another licence type, or raise "
            + type.seatsField()
            + ".",
        List.of(type.name(), Integer.toString(owned), Integer.toString(used)));
  }

  /** The 409 of owning fewer seats of {@code type} than are in use. */
  static ApiException belowUsed(LicenseType type, int owned, int used) {
    return new ApiException(
        ErrorCode.LICENSE_LIMIT,
        "Cannot own "
            + owned
            + " "
            + type.name()
            + " licences: "
            + used
            + " are in use. Deactivate users first.",
        List.of(type.name(), Integer.toString(owned), Integer.toString(used)));
  }

  /**
   * Per paid type: owned, in use, free and held by scheduled deactivations. Two statements, after
   * the transaction's own pending seat changes.
   */
  public static List<Usage> usage(DSLContext dsl, String customerId) {
    SeatChanges.flush(dsl);
    Map<LicenseType, SeatCounts.Totals> seats = SeatCounts.totals(dsl, customerId);
    Map<LicenseType, Integer> scheduled = scheduled(dsl, customerId);
    List<Usage> out = new ArrayList<>();
    for (LicenseType t : LicenseType.values()) {
      if (!t.paid()) {
        continue;
      }
      SeatCounts.Totals s = seats.getOrDefault(t, new SeatCounts.Totals(0, 0));
      out.add(
          new Usage(
              t,
              s.owned(),
              s.used(),
              Math.max(0, s.owned() - s.used()),
              scheduled.getOrDefault(t, 0)));
    }
    return out;
  }

  /** Active users scheduled for deactivation, per licence type. */
  private static Map<LicenseType, Integer> scheduled(DSLContext dsl, String customerId) {
    Map<LicenseType, Integer> out = new EnumMap<>(LicenseType.class);
    for (Record2<String, Integer> r :
        dsl.select(LICENSE, count())
            .from(table(name("users")).as("u"))
            .join(table(name("access_levels")).as("a"))
            .on(field(name("a", "id")).eq(field(name("u", "access_level_id"))))
            .where(field(name("u", "customer_id"), String.class).eq(customerId))
            .and(field(name("u", "is_active"), Boolean.class).isTrue())
            .and(field(name("u", "schedule_deactivation_date")).isNotNull())
            .groupBy(LICENSE)
            .fetch()) {
      LicenseType.parse(r.value1()).ifPresent(t -> out.put(t, r.value2()));
    }
    return out;
  }
}
