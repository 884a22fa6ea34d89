package io.tasklane.users;

import io.tasklane.objects.WriteContext;
import io.tasklane.store.BeforeCommit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * The seats a transaction takes and gives back, applied to {@link SeatCounts} last, right before
 * the commit ({@link BeforeCommit}): the counter row stays locked only for that statement and the
 * commit, and the licence type is read from the access level in the same statement, after the
 * user's row is written. A request that changes one user's seat costs one statement; several
 * changes (bulk, batch, a change of access level) are netted per licence type and applied in the
 * type order {@link SeatCounts} locks in.
 */
final class SeatChanges implements BeforeCommit.Hook {
  private record Key(String customerId, String levelId) {}

  private record ByType(String customerId, LicenseType type) {}

  private static final class Change {
    private final int stripe;
    private final List<Runnable> ifAdmin = new ArrayList<>();
    private int delta;

    Change(int stripe) {
      this.stripe = stripe;
    }
  }

  private static final Comparator<ByType> LOCK_ORDER =
      Comparator.comparing(ByType::customerId).thenComparing(ByType::type);

  private final Map<Key, Change> pending = new LinkedHashMap<>();

  /** The user {@code userId} holds a seat of the licence type of access level {@code levelId}. */
  static void take(WriteContext ctx, Object levelId, String userId) {
    add(ctx, levelId, userId, 1, null);
  }

  /** The user {@code userId} no longer holds the seat of access level {@code levelId}'s type. */
  static void giveBack(WriteContext ctx, Object levelId, String userId) {
    add(ctx, levelId, userId, -1, null);
  }

  /**
   * Gives back a seat as {@link #giveBack}; if {@code levelId} turns out to be a System
   * Administrator level, runs {@code ifAdmin} first (the check that another administrator stays
   * active, which sees every user this transaction wrote). Reading the level's admin flag in the
   * seat statement saves a statement on every deactivation of anyone else.
   */
  static void giveBack(WriteContext ctx, Object levelId, String userId, Runnable ifAdmin) {
    add(ctx, levelId, userId, -1, ifAdmin);
  }

  /** Applies the transaction's pending changes now, before totals are read or owned seats set. */
  static void flush(DSLContext dsl) {
    BeforeCommit.hook(dsl, SeatChanges.class, SeatChanges::new).ifPresent(c -> c.run(dsl));
  }

  private static void add(
      WriteContext ctx, Object levelId, String userId, int delta, Runnable ifAdmin) {
    Optional<SeatChanges> hook = BeforeCommit.hook(ctx.dsl(), SeatChanges.class, SeatChanges::new);
    SeatChanges changes = hook.orElseGet(SeatChanges::new);
    Change change =
        changes.pending.computeIfAbsent(
            new Key(ctx.scope().customerId(), levelId.toString()),
            k -> new Change(SeatCounts.stripeOf(userId)));
    change.delta += delta;
    if (ifAdmin != null) {
      change.ifAdmin.add(ifAdmin);
    }
    if (hook.isEmpty()) {
      changes.run(ctx.dsl()); // no transaction to wait for
    }
  }

  @Override
  public void run(DSLContext dsl) {
    List<Map.Entry<Key, Change>> live = new ArrayList<>();
    for (Map.Entry<Key, Change> e : pending.entrySet()) {
      if (e.getValue().delta != 0) {
        live.add(e);
      }
    }
    pending.clear();
    if (live.size() == 1 && Math.abs(live.get(0).getValue().delta) == 1) {
      Key key = live.get(0).getKey();
      Change c = live.get(0).getValue();
      // One statement, unless the type needs no paid seat, the stripe is full or (giving back)
      // the level is an administrator's.
      if (!SeatCounts.changeByLevel(dsl, key.customerId(), key.levelId(), c.stripe, c.delta)) {
        AccessLevels.Level level = AccessLevels.get(dsl, key.customerId(), key.levelId());
        if (level.admin()) {
          c.ifAdmin.forEach(Runnable::run);
        }
        if (level.license().paid() && c.delta > 0) {
          SeatCounts.takeAcrossStripes(dsl, key.customerId(), level.license(), c.stripe, 1);
        } else if (level.license().paid()) {
          SeatCounts.change(dsl, key.customerId(), level.license(), c.stripe, -1);
        }
      }
      return;
    }
    // Checks first, then the seats netted per type, in the order SeatCounts locks them.
    Map<ByType, Change> byType = new TreeMap<>(LOCK_ORDER);
    for (Map.Entry<Key, Change> e : live) {
      Key key = e.getKey();
      AccessLevels.Level level = AccessLevels.get(dsl, key.customerId(), key.levelId());
      if (level.admin()) {
        e.getValue().ifAdmin.forEach(Runnable::run);
      }
      if (level.license().paid()) {
        byType.computeIfAbsent(
                    new ByType(key.customerId(), level.license()),
                    k -> new Change(e.getValue().stripe))
                .delta +=
            e.getValue().delta;
      }
    }
    byType.forEach(
        (k, c) -> {
          if (c.delta != 0) {
            SeatCounts.change(dsl, k.customerId(), k.type(), c.stripe, c.delta);
          }
        });
  }
}
