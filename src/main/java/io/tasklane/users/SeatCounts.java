package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import io.tasklane.store.PlainQueries;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The seat counters of table {@code seat_counts} (DESIGN.md invariant 1, reference §6.4): per
 * customer and paid licence type {@link #STRIPES} rows, each holding an allowance of the owned
 * seats ({@code owned}, adding up to the CUST seat field) and the seats taken from it ({@code
 * used}).
 *
 * <p>Taking a seat is one conditional UPDATE of one stripe ({@code used < owned}), whose row lock
 * serialises it with every other change of that stripe on any node; giving one back is one UPDATE
 * of any stripe. When the chosen stripe has no room left, {@link #spread} locks all stripes of the
 * type in stripe order, refuses if the type as a whole is full and otherwise shares the free seats
 * out again. Changing the owned seats takes the same locks. Every row keeps {@code used <= owned}
 * (a CHECK too), so the active users of a type never exceed what the customer owns.
 *
 * <p>Locks are always taken in the order (licence type, stripe), so two transactions never wait for
 * each other in a circle. The users' rules do not call this class directly but through {@link
 * SeatChanges}, which runs the statements last, just before the commit.
 */
final class SeatCounts {
  /** Rows per customer and paid type; V42__seat_counts_recount.sql creates the same stripes. */
  static final int STRIPES = 8;

  private static final Table<?> SEATS = table(name("seat_counts"));
  private static final Field<String> CUSTOMER = field(name("customer_id"), String.class);
  private static final Field<String> TYPE = field(name("license_type"), String.class);
  private static final Field<Integer> STRIPE = field(name("stripe"), Integer.class);
  private static final Field<Integer> OWNED = field(name("owned"), Integer.class);
  private static final Field<Integer> USED = field(name("used"), Integer.class);

  private record Shape(String name, org.jooq.SQLDialect dialect) {}

  private record Stripe(int stripe, int owned, int used) {}

  /** Seats of one type: owned and in use, summed over its stripes. */
  record Totals(int owned, int used) {}

  private SeatCounts() {}

  /** The stripe a user's seat is taken from and given back to. */
  static int stripeOf(String userId) {
    return Math.floorMod(userId.hashCode(), STRIPES);
  }

  /**
   * Takes ({@code delta} 1) or gives back ({@code delta} -1) a seat of the licence type of access
   * level {@code levelId}, reading the type in the same statement. False when that changed no row:
   * the type needs no paid seat, (taking) the stripe has no room left or (giving back) the level is
   * a System Administrator's, whose caller has more to check.
   */
  static boolean changeByLevel(
      DSLContext dsl, String customerId, String levelId, int stripe, int delta) {
    String sql =
        PlainQueries.shape(
            new Shape(delta > 0 ? "take by level" : "give back by level", dsl.dialect()),
            () -> {
              var where =
                  CUSTOMER
                      .eq(param("customer", String.class))
                      .and(STRIPE.eq(param("stripe", Integer.class)))
                      .and(
                          TYPE.eq(
                              select(field(name("license_type"), String.class))
                                  .from(table(name("access_levels")))
                                  .where(field(name("id"), String.class).eq(param("level", "")))
                                  .and(
                                      field(name("customer_id"), String.class)
                                          .eq(param("levelCustomer", "")))
                                  .and(
                                      delta > 0
                                          ? DSL.noCondition()
                                          : field(name("is_admin"), Boolean.class).isFalse())));
              if (delta > 0) {
                where = where.and(USED.lt(OWNED));
              }
              return dsl.render(
                  dsl.update(SEATS).set(USED, USED.plus(inline(delta > 0 ? 1 : -1))).where(where));
            });
    return PlainQueries.update(dsl, sql, List.of(customerId, stripe, levelId, customerId)) > 0;
  }

  /**
   * Adds {@code delta} seats of a paid type; taking them refuses with 409 when the type has too few
   * free seats. Giving back always succeeds.
   */
  static void change(DSLContext dsl, String customerId, LicenseType type, int stripe, int delta) {
    String sql =
        PlainQueries.shape(
            new Shape(delta > 0 ? "take" : "give back", dsl.dialect()),
            () -> {
              var where =
                  CUSTOMER
                      .eq(param("customer", String.class))
                      .and(TYPE.eq(param("type", String.class)))
                      .and(STRIPE.eq(param("stripe", Integer.class)));
              if (delta > 0) {
                where = where.and(USED.plus(param("room", Integer.class)).le(OWNED));
              }
              return dsl.render(
                  dsl.update(SEATS)
                      .set(USED, USED.plus(param("delta", Integer.class)))
                      .where(where));
            });
    List<Object> binds = new ArrayList<>(List.of(delta, customerId, type.name(), stripe));
    if (delta > 0) {
      binds.add(delta);
    }
    if (PlainQueries.update(dsl, sql, binds) > 0) {
      return;
    }
    if (delta < 0) {
      throw new IllegalStateException(
          "customer " + customerId + " has no seat counts of " + type + " to give back to");
    }
    takeAcrossStripes(dsl, customerId, type, stripe, delta);
  }

  /**
   * Takes {@code delta} seats when stripe {@code stripe} has too little room: locks every stripe of
   * the type, refuses with 409 unless the type as a whole has the seats free, else shares the free
   * seats out again.
   */
  static void takeAcrossStripes(
      DSLContext dsl, String customerId, LicenseType type, int stripe, int delta) {
    List<Stripe> rows = lock(dsl, customerId, type);
    int owned = rows.stream().mapToInt(Stripe::owned).sum();
    int used = rows.stream().mapToInt(Stripe::used).sum();
    if (used + delta > owned) {
      // The activation that does not fit sees every seat taken (or more, if data was oversold).
      throw Licences.noFreeSeat(type, owned, Math.max(used, owned));
    }
    spread(dsl, customerId, type, rows, owned, stripe, delta);
  }

  /** Sets the owned seats of a type; refuses with 409 below the seats in use. */
  static void setOwned(DSLContext dsl, String customerId, LicenseType type, int owned) {
    List<Stripe> rows = lock(dsl, customerId, type);
    if (rows.isEmpty()) {
      open(dsl, customerId, Map.of(type, owned));
      return;
    }
    int used = rows.stream().mapToInt(Stripe::used).sum();
    if (owned < used) {
      throw Licences.belowUsed(type, owned, used);
    }
    spread(dsl, customerId, type, rows, owned, -1, 0);
  }

  /** Creates the stripes of a new customer, nothing in use. */
  static void open(DSLContext dsl, String customerId, Map<LicenseType, Integer> owned) {
    var insert = dsl.insertInto(SEATS, CUSTOMER, TYPE, STRIPE, OWNED, USED);
    for (Map.Entry<LicenseType, Integer> e : owned.entrySet()) {
      for (int s = 0; s < STRIPES; s++) {
        insert = insert.values(customerId, e.getKey().name(), s, share(e.getValue(), s), 0);
      }
    }
    insert.execute();
  }

  /** Owned and used seats per paid type with stripes. */
  static Map<LicenseType, Totals> totals(DSLContext dsl, String customerId) {
    Map<LicenseType, Totals> out = new EnumMap<>(LicenseType.class);
    for (Record3<String, Integer, Integer> r :
        dsl.select(TYPE, sum(OWNED).cast(Integer.class), sum(USED).cast(Integer.class))
            .from(SEATS)
            .where(CUSTOMER.eq(customerId))
            .groupBy(TYPE)
            .fetch()) {
      LicenseType.parse(r.value1()).ifPresent(t -> out.put(t, new Totals(r.value2(), r.value3())));
    }
    return out;
  }

  /** The stripes of one type, locked until the transaction ends, in stripe order. */
  private static List<Stripe> lock(DSLContext dsl, String customerId, LicenseType type) {
    return dsl.select(STRIPE, OWNED, USED)
        .from(SEATS)
        .where(CUSTOMER.eq(customerId))
        .and(TYPE.eq(type.name()))
        .orderBy(STRIPE)
        .forUpdate()
        .fetch(r -> new Stripe(r.value1(), r.value2(), r.value3()));
  }

  /**
   * Adds {@code delta} to the used seats of stripe {@code target} (or of the first stripe when it
   * has no row) and shares the free seats of {@code owned} out evenly as the stripes' allowances.
   * The stripes are locked.
   */
  private static void spread(
      DSLContext dsl,
      String customerId,
      LicenseType type,
      List<Stripe> rows,
      int owned,
      int target,
      int delta) {
    int at = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).stripe() == target) {
        at = i;
      }
    }
    int[] used = new int[rows.size()];
    int free = owned;
    for (int i = 0; i < rows.size(); i++) {
      used[i] = rows.get(i).used() + (i == at ? delta : 0);
      free -= used[i];
    }
    for (int i = 0; i < rows.size(); i++) {
      Stripe row = rows.get(i);
      int allowance = used[i] + share(free, i, rows.size());
      if (allowance != row.owned() || used[i] != row.used()) {
        dsl.update(SEATS)
            .set(OWNED, allowance)
            .set(USED, used[i])
            .where(CUSTOMER.eq(customerId))
            .and(TYPE.eq(type.name()))
            .and(STRIPE.eq(row.stripe()))
            .execute();
      }
    }
  }

  private static int share(int seats, int stripe) {
    return share(seats, stripe, STRIPES);
  }

  /** Stripe {@code i}'s part of {@code seats} shared out over {@code n}: the first get the rest. */
  private static int share(int seats, int i, int n) {
    return seats / n + (i < seats % n ? 1 : 0);
  }
}
