package io.tasklane.query;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasklane.testing.Api;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A small organisation created through the API, read-only for the tests that share it: four groups
 * (G1, G2 under G0; G3 under G1), three teams, two roles, one company and twelve people with varied
 * titles, cities, numbers, booleans, managers (a chain five deep), memberships and entry dates.
 * Every query of the suite is confined to it by {@code companyID}; the expected answers come from
 * {@link #people}, never from the server.
 */
final class World {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] TITLES = {
    "Team Lead",
    "lead engineer",
    "Engineer",
    "50% Owner",
    "under_score",
    "",
    null,
    "ENGINEER",
    "Team Lead",
    null,
    "engineering manager",
    "Analyst"
  };
  static final String[] CITIES = {
    "berlin",
    "amsterdam",
    "cairo",
    null,
    "berlin",
    "denver",
    "amsterdam",
    "cairo",
    "berlin",
    null,
    "denver",
    "amsterdam"
  };
  static final Double[] FTE = {1.0, 0.5, 0.8, null, 1.0, 0.25, 0.5, 0.75, 1.0, 0.1, null, 0.6};
  static final Double[] WORK_TIME = {1.0, 0.4, 0.9, 0.2, null, 0.25, 0.6, 0.5, 1.0, 0.3, 0.7, null};
  static final String[] BILLING = {
    "100.5", "80", null, "120.25", "80", "60", null, "95", "150", "70.5", "80", null
  };
  static final Boolean[] LOG_DAYS = {
    true, false, null, true, true, false, null, false, true, null, false, true
  };

  /** Index of each person's manager (0-based), -1 for none: p6 → p5 → p4 → p2 → p1. */
  static final int[] MANAGER = {-1, 0, 0, 1, 3, 4, 0, 6, -1, -1, -1, -1};

  static final String[] ENTRY = {
    "2026-05-13T00:00:00Z", "2026-05-13T15:00:00Z", "2026-05-12T23:59:59Z", "2026-05-10T00:00:00Z",
    "2026-05-09T12:00:00Z", "2026-05-03T00:00:00Z", "2026-05-02T23:00:00Z", "2026-04-30T10:00:00Z",
    "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", "2026-05-13T16:00:00Z", "2026-06-01T00:00:00Z"
  };

  final String tag;
  final String companyId;
  final Map<String, String> groups = new LinkedHashMap<>(); // label -> ID
  final Map<String, String> groupNames = new LinkedHashMap<>(); // ID -> name
  final Map<String, String> groupParent = new LinkedHashMap<>(); // ID -> parent ID
  final Map<String, String> teams = new LinkedHashMap<>();
  final Map<String, String> teamNames = new LinkedHashMap<>();
  final Map<String, String> roles = new LinkedHashMap<>();
  final Map<String, String> roleNames = new LinkedHashMap<>();
  final List<Person> people = new ArrayList<>();

  static final String MEMBER_PASSWORD = "member-password-1";

  /**
   * A Standard user outside the world's company (so searches confined to it never find them) with
   * the world's name of p03, title Analyst, home group G1 and group G2, home team T1 and team T3,
   * role R1 and job role R2, managed by p01: the caller of the {@code $$USER} tests. No city.
   */
  String memberId;

  String memberCompanyId;
  List<String> memberTeamIds;

  private World(String tag, String companyId) {
    this.tag = tag;
    this.companyId = companyId;
  }

  static World create(TestServer server) {
    Api admin = server.admin();
    String tag = Fixtures.unique("w").replace("-", "");
    World w = new World(tag, id(admin.postJson("/CMPY", json(Map.of("name", tag + " company")))));
    w.group(admin, "G0", null);
    w.group(admin, "G1", w.groups.get("G0"));
    w.group(admin, "G2", w.groups.get("G0"));
    w.group(admin, "G3", w.groups.get("G1"));
    for (String t : List.of("T1", "T2", "T3")) {
      String teamId = id(admin.postJson("/TEAMOB", json(Map.of("name", tag + " team " + t))));
      w.teams.put(t, teamId);
      w.teamNames.put(teamId, tag + " team " + t);
    }
    for (String r : List.of("R1", "R2")) {
      String roleId = id(admin.postJson("/ROLE", json(Map.of("name", tag + " role " + r))));
      w.roles.put(r, roleId);
      w.roleNames.put(roleId, tag + " role " + r);
    }
    String[] home = {"G1", "G1", "G1", "G1", "G2", "G2", "G2", "G2", "G3", "G3", "G3", "G3"};
    String[] homeTeam = {"T1", "T1", "T2", null, null, null, null, null, null, null, null, null};
    String[] role = {"R1", "R2", null, null, "R1", null, null, null, null, null, null, null};
    List<List<String>> teamsOf =
        List.of(
            List.of("T1", "T2"),
            List.of("T1"),
            List.of("T2", "T3"),
            List.of(),
            List.of("T3"),
            List.of("T1", "T3"),
            List.of(),
            List.of(),
            List.of("T2"),
            List.of(),
            List.of(),
            List.of());
    List<List<String>> groupsOf =
        List.of(
            List.of("G2"),
            List.of("G2", "G3"),
            List.of(),
            List.of("G3"),
            List.of(),
            List.of(),
            List.of("G1"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    List<List<String>> rolesOf =
        List.of(
            List.of("R1", "R2"),
            List.of("R2"),
            List.of(),
            List.of(),
            List.of("R1"),
            List.of(),
            List.of(),
            List.of("R2"),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    for (int i = 0; i < 12; i++) {
      String label = String.format("p%02d", i + 1);
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("firstName", "qa");
      u.put("lastName", tag + " " + label);
      u.put("username", tag + "." + label + "@example.com");
      u.put("accessLevelID", level(admin, i == 9 ? "Light" : "Contributor"));
      u.put("companyID", w.companyId);
      u.put("homeGroupID", w.groups.get(home[i]));
      put(u, "title", TITLES[i]);
      put(u, "city", CITIES[i]);
      put(u, "fte", FTE[i]);
      put(u, "workTime", WORK_TIME[i]);
      put(u, "billingPerHour", BILLING[i] == null ? null : new BigDecimal(BILLING[i]));
      put(u, "logTimeInDays", LOG_DAYS[i]);
      put(u, "homeTeamID", homeTeam[i] == null ? null : w.teams.get(homeTeam[i]));
      put(u, "roleID", role[i] == null ? null : w.roles.get(role[i]));
      String managerId = MANAGER[i] < 0 ? null : w.people.get(MANAGER[i]).id();
      put(u, "managerID", managerId);
      String userId = id(admin.postJson("/USER", json(u)));
      for (String t : teamsOf.get(i)) {
        admin.postJson("/TEAMMB", json(Map.of("teamID", w.teams.get(t), "userID", userId))).ok();
      }
      for (String g : groupsOf.get(i)) {
        admin.postJson("/USRGPS", json(Map.of("groupID", w.groups.get(g), "userID", userId))).ok();
      }
      for (String r : rolesOf.get(i)) {
        admin.postJson("/USRROL", json(Map.of("roleID", w.roles.get(r), "userID", userId))).ok();
      }
      Instant entry = Instant.parse(ENTRY[i]);
      setEntryDate(server, userId, entry);
      w.people.add(
          new Person(
              label,
              userId,
              "qa " + tag + " " + label,
              TITLES[i],
              CITIES[i],
              FTE[i],
              WORK_TIME[i],
              BILLING[i] == null ? null : new BigDecimal(BILLING[i]),
              LOG_DAYS[i],
              managerId,
              w.groups.get(home[i]),
              homeTeam[i] == null ? null : w.teams.get(homeTeam[i]),
              role[i] == null ? null : w.roles.get(role[i]),
              entry,
              i != 9,
              teamsOf.get(i).stream().map(w.teams::get).toList(),
              groupsOf.get(i).stream().map(w.groups::get).toList(),
              rolesOf.get(i).stream().map(w.roles::get).toList()));
    }
    // p10 leaves: non-administrators no longer find them (DESIGN.md invariant 4)
    admin.putJson("/USER/" + w.people.get(9).id(), "{\"isActive\":false}").ok();
    w.member(admin);
    return w;
  }

  private void member(Api admin) {
    memberCompanyId = id(admin.postJson("/CMPY", json(Map.of("name", tag + " other"))));
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("firstName", "qa");
    u.put("lastName", tag + " p03");
    u.put("username", tag + ".member@example.com");
    u.put("password", MEMBER_PASSWORD);
    u.put("title", "Analyst");
    u.put("accessLevelID", level(admin, "Standard"));
    u.put("companyID", memberCompanyId);
    u.put("homeGroupID", groups.get("G1"));
    u.put("homeTeamID", teams.get("T1"));
    u.put("roleID", roles.get("R1"));
    u.put("managerID", person("p01").id());
    memberId = id(admin.postJson("/USER", json(u)));
    admin.postJson("/USRGPS", json(Map.of("groupID", groups.get("G2"), "userID", memberId))).ok();
    memberTeamIds = List.of(teams.get("T1"), teams.get("T3"));
    for (String t : memberTeamIds) {
      admin.postJson("/TEAMMB", json(Map.of("teamID", t, "userID", memberId))).ok();
    }
    admin.postJson("/USRROL", json(Map.of("roleID", roles.get("R2"), "userID", memberId))).ok();
  }

  private void group(Api admin, String label, String parent) {
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("name", tag + " group " + label);
    put(g, "parentID", parent);
    String groupId = id(admin.postJson("/GROUP", json(g)));
    groups.put(label, groupId);
    groupNames.put(groupId, tag + " group " + label);
    if (parent != null) {
      groupParent.put(groupId, parent);
    }
  }

  /** The test sets entry dates by SQL: the API rightly refuses to write them. */
  private static void setEntryDate(TestServer server, String id, Instant when) {
    server
        .app()
        .parts()
        .database()
        .read(
            dsl ->
                dsl.update(table(name("users")))
                    .set(
                        field(name("entry_date"), OffsetDateTime.class),
                        when.atOffset(ZoneOffset.UTC))
                    .where(field(name("id"), String.class).eq(id))
                    .execute());
  }

  Person person(String label) {
    return people.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
  }

  /** Labels of the people matching {@code p}, sorted. */
  Set<String> where(Predicate<Person> p) {
    Set<String> out = new TreeSet<>();
    people.stream().filter(p).forEach(x -> out.add(x.label()));
    return out;
  }

  /** Labels of the people a {@code USER/search} with these parameters finds within the world. */
  Set<String> search(Api api, String... params) {
    JsonNode data = api.get("/USER/search", scoped(params)).ok().data();
    return labels(data);
  }

  Set<String> labels(JsonNode data) {
    Set<String> out = new TreeSet<>();
    for (JsonNode o : data) {
      String id = o.path("ID").asText();
      out.add(
          people.stream()
              .filter(p -> p.id().equals(id))
              .map(Person::label)
              .findFirst()
              .orElse("outsider " + id));
    }
    return out;
  }

  /** The parameters plus the world's scope and room for every result. */
  String[] scoped(String... params) {
    List<String> all = new ArrayList<>(Arrays.asList(params));
    all.addAll(List.of("companyID", companyId, "$$LIMIT", "2000"));
    return all.toArray(String[]::new);
  }

  static String level(Api admin, String name) {
    return admin.get("/ACSLVL/search", "name", name).ok().data().get(0).path("ID").asText();
  }

  static String id(io.tasklane.testing.Response r) {
    return r.ok().data().path("ID").asText();
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(Map<String, Object> m, String k, Object v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
