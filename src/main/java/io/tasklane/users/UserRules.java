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
import java.util.Set;

/**
 * USER rules: the derived {@code name}, the username/email pairing (reference §5.4), password
 * hashing and policy, defaults for a new user, who may edit whom, and that non-administrators do
 * not find deactivated people (§7.2). Lifecycle rules (licences, revocation) live in their own
 * class.
 */
public final class UserRules implements ObjectRules {
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
          "locale");

  private final OrgDefaults defaults;

  public UserRules(OrgDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (!ctx.privileged()) {
      throw ApiException.forbidden("Only administrators may create users.");
    }
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
    setName(d);
    hashPassword(ctx, d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    boolean self = ctx.actorId().map(id -> id.equals(d.id())).orElse(false);
    if (!ctx.privileged()) {
      if (!self) {
        throw ApiException.forbidden("Only administrators may change other users.");
      }
      for (String f : d.changes().keySet()) {
        if (!SELF_EDITABLE.contains(f)) {
          throw ApiException.forbidden(
              "Only administrators may change " + f + "; you may edit your own profile fields.");
        }
      }
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
    if (!ctx.privileged()) {
      throw ApiException.forbidden("Only administrators may delete users.");
    }
    if (ctx.actorId().map(id -> id.equals(row.get("ID"))).orElse(false)) {
      throw ApiException.rule("You cannot delete yourself.");
    }
  }

  @Override
  public Params searchFilter(Principal principal) {
    if (principal.administrator()) {
      return Params.empty();
    }
    return Params.builder().add("isActive", "true").build();
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
