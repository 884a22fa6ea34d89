package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.RawHttp;
import io.tasklane.testing.TestServer;
import io.tasklane.users.BuiltInAccessLevels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wildcards of reference §4.4 through the API: date arithmetic against the suite's stopped clock
 * (Wednesday 2026-05-13 15:42:10.250 UTC) with the answers worked out by hand from the world's
 * entry dates, and every {@code $$USER} value of a member with groups, teams and roles.
 */
@BothEngines
class WildcardsIT {
  private static final Map<Engine, Member> MEMBERS = new java.util.EnumMap<>(Engine.class);

  @Parameter Engine engine;

  private World w;

  /** A Standard user outside the world's company, related to the world's groups, teams, roles. */
  record Member(String id, String companyId, Api api) {}

  @BeforeEach
  void world() {
    w = QueryServer.world(engine);
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of(List.of("entryDate", "$$TODAY", "entryDate_Mod", "gte"), "p01 p02 p11 p12"),
        Arguments.of(List.of("entryDate", "$$NOW", "entryDate_Mod", "gt"), "p11 p12"),
        Arguments.of(List.of("entryDate", "$$NOW-1h", "entryDate_Mod", "gte"), "p02 p11 p12"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAY-1d",
                "entryDate_Range",
                "$$TODAY",
                "entryDate_Mod",
                "between"),
            "p01 p03"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAYb-1w",
                "entryDate_Range",
                "$$TODAYe-1w",
                "entryDate_Mod",
                "between"),
            "p05 p06"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAYbw",
                "entryDate_Range",
                "$$TODAYew",
                "entryDate_Mod",
                "between"),
            "p01 p02 p03 p04 p11"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAYbm",
                "entryDate_Range",
                "$$TODAYem",
                "entryDate_Mod",
                "between"),
            "p01 p02 p03 p04 p05 p06 p07 p11"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAYb-1q",
                "entryDate_Range",
                "$$TODAYe-1q",
                "entryDate_Mod",
                "between"),
            "p09"),
        Arguments.of(
            List.of("entryDate", "$$TODAYbq", "entryDate_Mod", "gte"),
            "p01 p02 p03 p04 p05 p06 p07 p08 p11 p12"),
        Arguments.of(List.of("entryDate", "$$TODAYby", "entryDate_Mod", "lt"), "p10"),
        Arguments.of(List.of("entryDate", "$$TODAYbm+1m"), "p12"),
        Arguments.of(
            List.of(
                "entryDate",
                "$$TODAY-3d",
                "entryDate_Mod",
                "lt",
                "AND:1:entryDate",
                "$$TODAYb-1w",
                "AND:1:entryDate_Mod",
                "gte"),
            "p05 p06"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void evaluatesDateWildcardsInUtc(List<String> params, String expected) {
    Api admin = QueryServer.get(engine).admin();
    assertThat(String.join(" ", w.search(admin, params.toArray(String[]::new))))
        .isEqualTo(expected);
  }

  @Test
  void readsAnUnencodedPlusAsPlus() {
    TestServer server = QueryServer.get(engine);
    String session = server.login("admin", TestServer.ADMIN_PASSWORD);
    JsonNode data =
        RawHttp.send(
                server.port(),
                "GET",
                "/attask/api/v15.0/USER/search?entryDate=$$TODAY-1d&entryDate_Range=$$TODAY+0d"
                    + "&entryDate_Mod=between&companyID="
                    + w.companyId,
                "sessionID: " + session)
            .ok()
            .data();
    assertThat(String.join(" ", w.labels(data))).isEqualTo("p01 p03");
  }

  @Test
  void expandsTheCallersValues() {
    Member m = member();
    Predicate<Person> active = Person::active;
    String g1 = w.groups.get("G1");
    String g2 = w.groups.get("G2");
    String t1 = w.teams.get("T1");
    String t3 = w.teams.get("T3");
    String r1 = w.roles.get("R1");
    String r2 = w.roles.get("R2");
    Map<List<String>, Predicate<Person>> cases = new LinkedHashMap<>();
    cases.put(List.of("homeGroupID", "$$USER.homeGroupID"), p -> p.homeGroupId().equals(g1));
    cases.put(
        List.of("homeGroupID", "$$USER.otherGroupIDs"),
        p -> p.homeGroupId().equals(g1) || p.homeGroupId().equals(g2));
    cases.put(
        List.of("homeGroupID", "$$USER.otherGroupIDs", "homeGroupID_Mod", "notin"),
        p -> !p.homeGroupId().equals(g1) && !p.homeGroupId().equals(g2));
    cases.put(List.of("homeTeamID", "$$USER.homeTeamID"), p -> t1.equals(p.homeTeamId()));
    cases.put(
        List.of("homeTeamID", "$$USER.teamIDs", "homeTeamID_Mod", "in"),
        p -> t1.equals(p.homeTeamId()) || t3.equals(p.homeTeamId()));
    cases.put(List.of("teams:ID", "$$USER.otherTeamIDs"), p -> p.teamIds().contains(t3));
    cases.put(List.of("roleID", "$$USER.roleID"), p -> r1.equals(p.roleId()));
    cases.put(
        List.of("roleID", "$$USER.roleIDs"), p -> r1.equals(p.roleId()) || r2.equals(p.roleId()));
    cases.put(
        List.of("roles:ID", "$$USER.roleIDs"),
        p -> p.roleIds().contains(r1) || p.roleIds().contains(r2));
    cases.put(
        List.of("managerID", "$$USER.managerID"), p -> w.person("p01").id().equals(p.managerId()));
    cases.put(List.of("name", "$$USER.name"), p -> p.label().equals("p03"));
    cases.put(List.of("lastName", "$$USER.lastName"), p -> p.label().equals("p03"));
    cases.put(List.of("firstName", "$$USER.firstName"), p -> true);
    cases.put(List.of("title", "$$USER.title"), p -> "Analyst".equals(p.title()));
    cases.put(List.of("customerID", "$$USER.customerID"), p -> true);
    cases.put(
        List.of("accessLevelID", "$$USER.accessLevelID", "accessLevelID_Mod", "ne"), p -> true);
    cases.put(List.of("ID", "$$USER.categoryID"), p -> false);
    cases.forEach(
        (params, expected) ->
            assertThat(w.search(m.api(), params.toArray(String[]::new)))
                .as(params.toString())
                .isEqualTo(w.where(active.and(expected))));

    // $$USER is the caller; $$USER.companyID their company
    assertThat(ids(m.api().get("/USER/search", "ID", "$$USER").ok().data()))
        .containsExactly(m.id());
    assertThat(ids(m.api().get("/USER/search", "companyID", "$$USER.companyID").ok().data()))
        .containsExactly(m.id());
    // accessLevelRank: the levels at or below the member's own (Standard, 80)
    Set<String> levels = new TreeSet<>();
    m.api()
        .get("/ACSLVL/search", "rank", "$$USER.accessLevelRank", "rank_Mod", "lte")
        .ok()
        .data()
        .forEach(l -> levels.add(l.path("name").asText()));
    Set<String> expected = new TreeSet<>();
    BuiltInAccessLevels.ALL.stream()
        .filter(l -> l.rank() <= 80)
        .forEach(l -> expected.add(l.name()));
    assertThat(levels).isEqualTo(expected);
    // a field the member may not read is no wildcard for them
    assertThat(
            m.api().get("/USER/search", "fte", "$$USER.billingPerHour").fails(400).errorMessage())
        .contains("$$USER.billingPerHour");
  }

  private static List<String> ids(JsonNode data) {
    List<String> out = new java.util.ArrayList<>();
    data.forEach(o -> out.add(o.path("ID").asText()));
    return out;
  }

  private Member member() {
    synchronized (MEMBERS) {
      return MEMBERS.computeIfAbsent(engine, e -> createMember());
    }
  }

  private Member createMember() {
    TestServer server = QueryServer.get(engine);
    String session = server.login(w.tag + ".member@example.com", World.MEMBER_PASSWORD);
    return new Member(w.memberId, w.memberCompanyId, server.api().withSession(session));
  }
}
