package io.tasklane.users;

import io.tasklane.auth.CredentialStore;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import java.util.Map;
import java.util.Optional;

/**
 * The user lifecycle on every write path (reference §7, DESIGN.md invariants 1, 2, 5): a seat of
 * the access level's licence type for every activation, creation or change of licence type; on
 * deactivation the stamp of when and by whom, the end of any schedule and, in the same transaction,
 * the revocation of every session and API key; on reactivation the stamp cleared (old credentials
 * stay dead); the last active System Administrator kept; deletes of users with history turned into
 * tombstones ({@link UserDeletion}).
 */
final class LifecycleRules implements ObjectRules {
  private final CredentialStore credentials;
  private final UserDeletion deletion;

  LifecycleRules(CredentialStore credentials, UserDeletion deletion) {
    this.credentials = credentials;
    this.deletion = deletion;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    Object level = requireLevel(d.get("accessLevelID"));
    if (Boolean.TRUE.equals(d.get("isActive"))) {
      SeatChanges.take(ctx, level, d.id());
    } else if (d.get("actualDeactivationDate") == null) {
      d.set("actualDeactivationDate", ctx.now());
      d.set("deactivatedByID", ctx.actorId().orElse(null));
    }
    if (d.changes("scheduleDeactivationDate")) {
      DeactivationSchedule.apply(ctx, d);
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    boolean wasActive = Boolean.TRUE.equals(d.previous("isActive"));
    boolean active = Boolean.TRUE.equals(d.get("isActive"));
    if (d.changes("isActive") && d.get("isActive") == null) {
      throw ApiException.badRequest("USER.isActive must be true or false.");
    }
    boolean levelChanged = d.changes("accessLevelID");
    if (wasActive && (!active || levelChanged)) {
      // The seat of the old level's type goes back before commit; if that level is a System
      // Administrator's, another one must stay active (checked then, seeing the whole change).
      SeatChanges.giveBack(
          ctx,
          d.previous("accessLevelID"),
          d.id(),
          () -> {
            if (!active || !level(ctx, d.get("accessLevelID")).admin()) {
              SystemAdministrators.requireAnotherActive(
                  ctx, d.id(), active ? "demote" : "deactivate");
            }
          });
    }
    if (active && (!wasActive || levelChanged)) {
      // A seat of the new level's type, taken before commit (netted with the one given back).
      SeatChanges.take(ctx, requireLevel(d.get("accessLevelID")), d.id());
    }
    if (wasActive && !active) {
      stampDeactivation(ctx, d);
    } else if (!wasActive && active) {
      // Reactivation (§7.3): without accessLevelID the user gets back the level they held.
      d.set("actualDeactivationDate", null);
      d.set("deactivatedByID", null);
      DeactivationSchedule.clear(d);
    } else if (d.changes("scheduleDeactivationDate")) {
      if (!active) {
        throw ApiException.rule(
            "USER " + d.id() + " is already inactive; only active users can be scheduled.");
      }
      DeactivationSchedule.apply(ctx, d);
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (!d.isCreate() && d.changes("isActive") && Boolean.FALSE.equals(d.get("isActive"))) {
      // Same transaction as the deactivation: the very next request with them fails (§7.2).
      credentials.revokeAll(ctx.dsl(), ctx.scope().customerId(), d.id());
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    if (Boolean.TRUE.equals(row.get("isActive"))) {
      // Deleted or left as a tombstone, the user no longer holds a seat.
      if (level(ctx, row.get("accessLevelID")).admin()) {
        SystemAdministrators.requireAnotherActive(ctx, row.get("ID").toString(), "delete");
      }
      SeatChanges.giveBack(ctx, row.get("accessLevelID"), row.get("ID").toString());
    }
    deletion.prepare(ctx, row, force);
    credentials.revokeAll(ctx.dsl(), ctx.scope().customerId(), row.get("ID").toString());
  }

  @Override
  public Optional<Map<String, Object>> tombstone(
      WriteContext ctx, Map<String, Object> row, boolean force) {
    return deletion.tombstone(ctx, row);
  }

  private static void stampDeactivation(WriteContext ctx, Draft d) {
    d.set("actualDeactivationDate", ctx.now());
    Object by = ctx.actorId().orElse(null);
    if (by == null && ctx.source() == Source.SCHEDULE) {
      by = d.previous("scheduleDeactivationByID");
    }
    // The acting user, or who scheduled it (kept as a tombstone if deleted since): both exist.
    d.setKnownReference("deactivatedByID", by == null ? null : by.toString());
    DeactivationSchedule.clear(d);
  }

  private static AccessLevels.Level level(WriteContext ctx, Object id) {
    return AccessLevels.get(ctx.dsl(), ctx.scope().customerId(), requireLevel(id).toString());
  }

  private static Object requireLevel(Object id) {
    if (id == null) {
      throw ApiException.badRequest("USER.accessLevelID is required.");
    }
    return id;
  }
}
