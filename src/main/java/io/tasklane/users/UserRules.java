package io.tasklane.users;

import io.tasklane.auth.Passwords;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.query.Params;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * USER rules: the derived {@code name}, the username/email pairing (reference §5.4), password
 * hashing and policy, defaults for a new user, who may edit whom ({@link UserAdministration}), that
 * non-administrators do not find deactivated people (§7.2) and that nobody finds deleted ones
 * (§7.5). Lifecycle rules (licences, revocation, schedules) live in {@link LifecycleRules}.
 */
public final class UserRules implements ObjectRules {
  private static final Params ACTIVE_ONLY = Params.builder().add("isActive", "true").build();
  private static final Params NOT_DELETED =
      Params.builder().add("deletedDate_Mod", "isnull").build();

  static final int MIN_PASSWORD = 8;

  /** What people may change on their own profile. */
  private static final Set<String> SELF_EDITABLE =
      Set.of(
          "firstName",
          "lastName",
          "password",
          "title",
          "phoneNumber",
          "mobilePhoneNumber",
          "phoneExtension",
          "myInfo",
          "address",
          "city",
          "state",
          "postalCode",
          "country",
          "timeZone",
          "locale",
          "name");

  private final OrgDefaults defaults;

  public UserRules(OrgDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (d.get("username") == null && d.get("emailAddr") != null) {
      d.set("username", d.get("emailAddr"));
    }
    if (d.get("emailAddr") == null
        && d.string("username").filter(u -> u.contains("@")).isPresent()) {
      d.set("emailAddr", d.get("username"));
    }
    if (d.get("username") == null) {
      throw ApiException.badRequest("USER needs a username or an emailAddr.");
    }
    if (d.get("isActive") == null) {
      d.set("isActive", Boolean.TRUE);
    }
    if (d.get("accessLevelID") == null) {
      d.set("accessLevelID", defaults.accessLevelId(ctx, "Standard"));
    }
    if (d.get("homeGroupID") == null) {
      d.set("homeGroupID", defaults.homeGroupId(ctx));
    }
    if (!ctx.privileged()) {
      AccessLevels.Level level =
          AccessLevels.get(ctx.dsl(), ctx.scope().customerId(), d.get("accessLevelID").toString());
      UserAdministration.require(
          ctx, Optional.empty(), d.string("homeGroupID"), level, level, "create");
    }
    setName(d);
    hashPassword(ctx, d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (d.get("deletedDate") != null) {
      throw ApiException.notFound("USER " + d.id() + " was not found.");
    }
    boolean self = ctx.actorId().map(id -> id.equals(d.id())).orElse(false);
    boolean profileOnly = SELF_EDITABLE.containsAll(d.changes().keySet());
    if (!ctx.privileged() && !(self && profileOnly)) {
      requireAdministers(
          ctx, d.id(), d.existing(), d.string("accessLevelID").orElseThrow(), "change");
    }
    if (d.changes("emailAddr") && !d.changes("username")) {
      // Changing the email also changes the username when both were equal (§5.4).
      Object oldEmail = d.previous("emailAddr");
      if (oldEmail != null
          && oldEmail.toString().equalsIgnoreCase(String.valueOf(d.previous("username")))) {
        d.set("username", d.get("emailAddr"));
      }
    }
    if (d.changes("firstName") || d.changes("lastName")) {
      setName(d);
    }
    hashPassword(ctx, d);
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    if (row.get("deletedDate") != null) {
      throw ApiException.notFound("USER " + row.get("ID") + " was not found.");
    }
    if (ctx.actorId().map(id -> id.equals(row.get("ID"))).orElse(false)) {
      throw ApiException.rule("You cannot delete yourself.");
    }
    if (!ctx.privileged()) {
      requireAdministers(
          ctx, row.get("ID").toString(), row, row.get("accessLevelID").toString(), "delete");
    }
  }

  static void requireAdministers(
      WriteContext ctx, String id, Map<String, Object> existing, String newLevelId, String verb) {
    String customer = ctx.scope().customerId();
    AccessLevels.Level before =
        AccessLevels.get(ctx.dsl(), customer, existing.get("accessLevelID").toString());
    AccessLevels.Level after =
        newLevelId.equals(before.id()) ? before : AccessLevels.get(ctx.dsl(), customer, newLevelId);
    UserAdministration.require(
        ctx,
        Optional.of(id),
        Optional.ofNullable(existing.get("homeGroupID")).map(Object::toString),
        before,
        after,
        verb);
  }

  /** Only people who administer users find deactivated ones (reference §7.2). */
  @Override
  public Params searchFilter(Principal principal) {
    return UserAdministration.seesEveryone(principal) ? Params.empty() : ACTIVE_ONLY;
  }

  /** A deleted user's tombstone is gone for every reader; references to it still resolve. */
  @Override
  public Params readFilter(Principal principal) {
    return NOT_DELETED;
  }

  private static void setName(Draft d) {
    String first = Objects.toString(d.get("firstName"), "").trim();
    String last = Objects.toString(d.get("lastName"), "").trim();
    d.set("name", (first + " " + last).trim());
  }

  private static void hashPassword(WriteContext ctx, Draft d) {
    if (!d.changes("password") || d.get("password") == null) {
      return;
    }
    String plain = d.get("password").toString();
    if (ctx.actor().isEmpty() && plain.startsWith("$argon2")) {
      return; // the system passes ready hashes (demo data)
    }
    if (plain.length() < MIN_PASSWORD) {
      throw ApiException.rule("Passwords need at least " + MIN_PASSWORD + " characters.");
    }
    d.set("password", Passwords.hash(plain));
  }
}
