package io.tasklane.users;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;

/**
 * Licence seats (reference §6.4, DESIGN.md invariant 1). Whoever takes a seat first locks the
 * customer row, then counts the seats in use: two activations on any number of nodes serialise on
 * that lock, so the count they compare against is never stale. Freeing a seat (deactivation) takes
 * no lock: it can only make room.
 */
public final class Licences {
  private static final Field<String> LICENSE = field(name("a", "license_type"), String.class);

  /** One licence type's seats for the usage query. */
  public record Usage(LicenseType type, int owned, int used, int free, int scheduled) {}

  /**
   * Refuses with 409 unless a seat of {@code type} is free; on success the customer row stays
   * locked until the transaction ends, so the caller's activation commits before anyone else
   * counts.
   */
  static void requireSeat(DSLContext dsl, String customerId, LicenseType type) {
    if (!type.paid()) {
      return; // External users need no paid seat (reference §6.4)
    }
    Integer owned =
        dsl.select(field(name(seatsColumn(type)), Integer.class))
            .from(table(name("customers")))
            .where(field(name("id"), String.class).eq(customerId))
            .forUpdate()
            .fetchOne(0, Integer.class);
    int used =
        dsl.select(count())
            .from(table(name("users")).as("u"))
            .join(table(name("access_levels")).as("a"))
            .on(field(name("a", "id")).eq(field(name("u", "access_level_id"))))
            .where(field(name("u", "customer_id"), String.class).eq(customerId))
            .and(field(name("u", "is_active"), Boolean.class).isTrue())
            .and(LICENSE.eq(type.name()))
            .fetchOne(0, Integer.class);
    int have = owned == null ? 0 : owned;
    if (used >= have) {
      throw new ApiException(
          ErrorCode.LICENSE_LIMIT,
          "No free "
              + type.name()
              + " licence: the customer owns "
              + have
              + " and "
              + used
              + " are in use. Deactivate a "
              + type.name()
              + " user, choose an access level of another licence type, or raise "
              + type.seatsField()
              + ".",
          List.of(type.name(), Integer.toString(have), Integer.toString(used)));
    }
  }

  /** Refuses to own fewer seats than are in use (the customer row is already locked). */
  static void requireAtLeastUsed(DSLContext dsl, String customerId, LicenseType type, int owned) {
    if (owned < 0) {
      throw ApiException.badRequest(type.seatsField() + " cannot be negative.");
    }
    int used = usedByType(dsl, customerId).getOrDefault(type, new int[2])[0];
    if (owned < used) {
      throw new ApiException(
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
  }

  /** Per paid type: owned, in use, free and held by scheduled deactivations. Two statements. */
  public static List<Usage> usage(DSLContext dsl, String customerId) {
    List<Field<?>> seatColumns = new ArrayList<>();
    for (LicenseType t : LicenseType.values()) {
      if (t.paid()) {
        seatColumns.add(field(name(seatsColumn(t)), Integer.class));
      }
    }
    Record seats =
        dsl.select(seatColumns)
            .from(table(name("customers")))
            .where(field(name("id"), String.class).eq(customerId))
            .fetchOne();
    Map<LicenseType, int[]> used = usedByType(dsl, customerId);
    List<Usage> out = new ArrayList<>();
    for (LicenseType t : LicenseType.values()) {
      if (!t.paid()) {
        continue;
      }
      Integer owned = seats == null ? null : seats.get(seatsColumn(t), Integer.class);
      int[] u = used.getOrDefault(t, new int[2]);
      int have = owned == null ? 0 : owned;
      out.add(new Usage(t, have, u[0], Math.max(0, have - u[0]), u[1]));
    }
    return out;
  }

  /** Active users per licence type: [in use, of which scheduled for deactivation]. */
  private static Map<LicenseType, int[]> usedByType(DSLContext dsl, String customerId) {
    Field<Integer> scheduled =
        org.jooq
            .impl
            .DSL
            .sum(when(field(name("u", "schedule_deactivation_date")).isNotNull(), 1).otherwise(0))
            .cast(Integer.class);
    Map<LicenseType, int[]> out = new EnumMap<>(LicenseType.class);
    for (Record3<String, Integer, Integer> r :
        dsl.select(LICENSE, count(), scheduled)
            .from(table(name("users")).as("u"))
            .join(table(name("access_levels")).as("a"))
            .on(field(name("a", "id")).eq(field(name("u", "access_level_id"))))
            .where(field(name("u", "customer_id"), String.class).eq(customerId))
            .and(field(name("u", "is_active"), Boolean.class).isTrue())
            .groupBy(LICENSE)
            .fetch()) {
      LicenseType.parse(r.value1())
          .ifPresent(t -> out.put(t, new int[] {r.value2(), r.value3() == null ? 0 : r.value3()}));
    }
    return out;
  }

  static String seatsColumn(LicenseType t) {
    return io.tasklane.schema.FieldDef.snake(t.seatsField());
  }
}
