package io.tasklane.users;

import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organisation's people: a company, groups, job roles, teams and 60 users across every
 * licence type, eight of them already deactivated. Deterministic names, so documentation and tests
 * can refer to them.
 */
public final class OrgDemo {
  /** Every demo user can log in with this password (documented in the README). */
  public static final String PASSWORD = "tasklane-demo";

  private static final String[] FIRST = {
    "Ana", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Isla", "Jonas", "Keiko",
    "Liam", "Maya", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tara"
  };
  private static final String[] LAST = {
    "Almeida", "Brooks", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova",
    "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel", "Quintero", "Rossi",
    "Silva", "Tanaka"
  };

  /** How many demo users get each access level: 60 in all. */
  private static final Map<String, Integer> MIX = new LinkedHashMap<>();

  static {
    MIX.put("Standard", 18);
    MIX.put("Light", 12);
    MIX.put("Contributor", 12);
    MIX.put("External User", 6);
    MIX.put("Planner", 4);
    MIX.put("Worker", 4);
    MIX.put("Reviewer", 2);
    MIX.put("Requestor", 2);
  }

  /** What the demo created, for other features' demo data. */
  public record Organisation(
      String companyId,
      List<String> groupIds,
      List<String> roleIds,
      List<String> teamIds,
      List<String> activeUserIds,
      List<String> inactiveUserIds,
      List<String> externalUserIds) {}

  private final Writes writes;
  private final Registry registry;

  public OrgDemo(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  public Organisation load(WriteContext ctx) {
    OrgDefaults defaults = new OrgDefaults();
    String company =
        writes.create(
            ctx,
            registry.get("CMPY"),
            Map.of(
                "name",
                "Northwind Traders",
                "description",
                "The demo organisation's company.",
                "isPrimary",
                true));
    List<String> groups = new ArrayList<>();
    for (String g : List.of("Engineering", "Marketing", "Sales", "Operations")) {
      groups.add(writes.create(ctx, registry.get("GROUP"), Map.of("name", g)));
    }
    groups.add(
        writes.create(
            ctx,
            registry.get("GROUP"),
            Map.of("name", "Platform Engineering", "parentID", groups.get(0))));
    List<String> roles = new ArrayList<>();
    for (String r :
        List.of("Developer", "Designer", "Project Manager", "QA Engineer", "Account Manager")) {
      roles.add(writes.create(ctx, registry.get("ROLE"), Map.of("name", r)));
    }
    List<String> teams = new ArrayList<>();
    for (String t : List.of("Platform Team", "Web Team", "Launch Team")) {
      teams.add(writes.create(ctx, registry.get("TEAMOB"), Map.of("name", t)));
    }
    String passwordHash = io.tasklane.auth.Passwords.hash(PASSWORD);
    List<String> active = new ArrayList<>();
    List<String> inactive = new ArrayList<>();
    List<String> external = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Integer> level : MIX.entrySet()) {
      String levelId = defaults.accessLevelId(ctx, level.getKey());
      for (int i = 0; i < level.getValue(); i++, n++) {
        String first = FIRST[n % FIRST.length];
        String last = LAST[(n * 7 + n / FIRST.length) % LAST.length];
        String username =
            (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@northwind.example";
        boolean deactivated = n % 8 == 5;
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("firstName", first);
        u.put("lastName", last);
        u.put("username", username);
        u.put("emailAddr", username);
        u.put("title", level.getKey().equals("External User") ? "Client contact" : title(n));
        u.put("accessLevelID", levelId);
        u.put("homeGroupID", groups.get(n % groups.size()));
        u.put("roleID", roles.get(n % roles.size()));
        u.put("companyID", company);
        u.put("isActive", !deactivated);
        // One shared Argon2 hash: hashing 60 passwords would slow the first start by seconds.
        u.put("password", passwordHash);
        if (deactivated) {
          u.put("actualDeactivationDate", ctx.now().minus(Duration.ofDays(30L + n)));
        }
        String id = writes.create(ctx, registry.get("USER"), u);
        (deactivated ? inactive : active).add(id);
        if (level.getKey().equals("External User")) {
          external.add(id);
        } else if (!deactivated) {
          writes.create(
              ctx,
              registry.get("TEAMMB"),
              Map.of("teamID", teams.get(n % teams.size()), "userID", id));
        }
      }
    }
    return new Organisation(company, groups, roles, teams, active, inactive, external);
  }

  private static String title(int n) {
    String[] titles = {"Engineer", "Designer", "Project Manager", "Analyst", "Consultant"};
    return titles[n % titles.length];
  }
}
