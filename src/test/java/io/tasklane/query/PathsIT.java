package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Reference paths up to four levels (LEFT JOINs) and collection paths (correlated EXISTS) with
 * any-element semantics and the all-elements rule for negative modifiers (reference §4.2, §4.3).
 */
@BothEngines
class PathsIT {
  @Parameter Engine engine;

  private World w;
  private Api admin;
  private Map<String, Person> byId;

  @BeforeEach
  void world() {
    w = QueryServer.world(engine);
    admin = QueryServer.get(engine).admin();
    byId = w.people.stream().collect(Collectors.toMap(Person::id, p -> p));
  }

  private String name(String label) {
    return w.person(label).name();
  }

  private String group(String label) {
    return w.tag + " group " + label;
  }

  private String team(String label) {
    return w.tag + " team " + label;
  }

  /** The person {@code n} managers up, or null. */
  private Person up(Person p, int n) {
    Person at = p;
    for (int i = 0; i < n && at != null; i++) {
      at = at.managerId() == null ? null : byId.get(at.managerId());
    }
    return at;
  }

  private String parentGroup(String groupId) {
    return groupId == null ? null : w.groupParent.get(groupId);
  }

  private void check(Predicate<Person> expected, String... params) {
    assertThat(w.search(admin, params)).as(List.of(params).toString()).isEqualTo(w.where(expected));
  }

  @Test
  void followsReferencesUpToFourLevels() {
    Person p01 = w.person("p01");
    check(p -> p01.id().equals(p.managerId()), "manager:name", name("p01"));
    for (int depth = 2; depth <= 4; depth++) {
      String path = "manager:".repeat(depth) + "name";
      int d = depth;
      check(p -> up(p, d) != null && up(p, d).id().equals(p01.id()), path, name("p01"));
    }
    check(
        p -> w.groups.get("G0").equals(parentGroup(parentGroup(p.homeGroupId()))),
        "homeGroup:parent:parent:name",
        group("G0"));
    check(
        p -> up(p, 3) != null && w.groups.get("G1").equals(up(p, 3).homeGroupId()),
        "manager:manager:manager:homeGroup:name",
        group("G1"));
    check(p -> p.managerId() == null, "manager:name_Mod", "isnull");
    check(
        p ->
            up(p, 1) != null
                && up(p, 1).title() != null
                && up(p, 1).title().toLowerCase().contains("lead"),
        "manager:title_Mod",
        "cicontains",
        "manager:title",
        "LEAD");
    // ne keeps rows whose path has no value, as everywhere
    check(
        p -> up(p, 1) == null || !"berlin".equals(up(p, 1).city()),
        "manager:city_Mod",
        "ne",
        "manager:city",
        "berlin");
    admin
        .get("/USER/search", w.scoped("manager:manager:manager:manager:manager:name", "x"))
        .fails(400);
  }

  @Test
  void collectionsMatchWhenAnyElementMatches() {
    String t1 = w.teams.get("T1");
    String t3 = w.teams.get("T3");
    check(p -> p.teamIds().contains(t1), "teams:name", team("T1"));
    check(
        p -> p.teamIds().contains(t1) || p.teamIds().contains(t3),
        "teams:name_Mod",
        "in",
        "teams:name",
        team("T1") + "," + team("T3"));
    check(p -> !p.teamIds().isEmpty(), "teams:ID_Mod", "notnull");
    check(p -> p.groupIds().contains(w.groups.get("G2")), "userGroups:group:name", group("G2"));
    check(p -> p.roleIds().contains(w.roles.get("R2")), "roles:name", w.tag + " role R2");
    check(
        p ->
            byId.values().stream()
                .anyMatch(r -> p.id().equals(r.managerId()) && r.label().equals("p02")),
        "directReports:name",
        name("p02"));
    check(p -> p.label().equals("p01"), "directReports:directReports:name", name("p04"));
    Set<String> p05Teams = Set.copyOf(w.person("p05").teamIds());
    check(p -> p.teamIds().stream().anyMatch(p05Teams::contains), "teams:users:name", name("p05"));
    Set<String> g3Teams =
        w.people.stream()
            .filter(x -> x.homeGroupId().equals(w.groups.get("G3")))
            .flatMap(x -> x.teamIds().stream())
            .collect(Collectors.toSet());
    check(
        p -> p.teamIds().stream().anyMatch(g3Teams::contains),
        "teams:users:homeGroup:name",
        group("G3"));
  }

  @Test
  void negativeModifiersExcludeOnlyWhenAllElementsMatch() {
    String t1 = w.teams.get("T1");
    String t2 = w.teams.get("T2");
    Predicate<Person> allT1 =
        p -> !p.teamIds().isEmpty() && p.teamIds().stream().allMatch(t1::equals);
    check(allT1.negate(), "teams:name_Mod", "notcontains", "teams:name", "T1");
    check(allT1.negate(), "teams:name_Mod", "cinotcontains", "teams:name", "t1");
    check(allT1.negate(), "teams:name_Mod", "ne", "teams:name", team("T1"));
    check(allT1.negate(), "teams:name_Mod", "cine", "teams:name", team("T1").toUpperCase());
    check(
        p ->
            p.teamIds().isEmpty()
                || !p.teamIds().stream().allMatch(t -> t.equals(t1) || t.equals(t2)),
        "teams:name_Mod",
        "notin",
        "teams:name",
        team("T1") + "," + team("T2"));
    check(p -> p.teamIds().isEmpty(), "teams:name_Mod", "isnull");
  }

  @Test
  void pathsWorkFromEveryType() {
    Person p01 = w.person("p01");
    assertThat(names(w.groupNames, "GROUP", "users:name", p01.name()))
        .isEqualTo(labels(w.groups, g -> p01.groupIds().contains(g)));
    assertThat(names(w.groupNames, "GROUP", "subGroups:name", group("G3"))).containsExactly("G1");
    assertThat(names(w.groupNames, "GROUP", "subGroups:subGroups:name", group("G3")))
        .containsExactly("G0");
    Set<String> g2People =
        w.people.stream()
            .filter(p -> p.homeGroupId().equals(w.groups.get("G2")))
            .map(Person::id)
            .collect(Collectors.toSet());
    assertThat(names(w.teamNames, "TEAMOB", "users:homeGroup:name", group("G2")))
        .isEqualTo(labels(w.teams, t -> members(t).stream().anyMatch(g2People::contains)));
    assertThat(names(w.teamNames, "TEAMOB", "teamMembers:user:city", "berlin"))
        .isEqualTo(
            labels(w.teams, t -> members(t).stream().anyMatch(u -> "berlin".equals(city(u)))));
    List<String> cities = List.of("berlin", "cairo", "denver");
    assertThat(
            names(
                w.teamNames,
                "TEAMOB",
                "users:city_Mod",
                "notin",
                "users:city",
                String.join(",", cities)))
        .isEqualTo(
            labels(
                w.teams,
                t ->
                    !members(t).stream()
                        .allMatch(u -> city(u) != null && cities.contains(city(u)))));
    long rolesOfG0Children =
        w.people.stream()
            .filter(p -> w.groups.get("G0").equals(parentGroup(p.homeGroupId())))
            .mapToLong(p -> p.roleIds().size())
            .sum();
    JsonNode links =
        admin
            .get(
                "/USRROL/search",
                "user:homeGroup:parent:name",
                group("G0"),
                "user:companyID",
                w.companyId,
                "$$LIMIT",
                "2000")
            .ok()
            .data();
    assertThat(links.size()).isEqualTo(rolesOfG0Children);
  }

  /** IDs of a team's members: world people, and the $$USER tests' member (who has no city). */
  private List<String> members(String teamId) {
    List<String> out =
        new java.util.ArrayList<>(
            w.people.stream().filter(p -> p.teamIds().contains(teamId)).map(Person::id).toList());
    if (w.memberTeamIds.contains(teamId)) {
      out.add(w.memberId);
    }
    return out;
  }

  private String city(String userId) {
    Person p = byId.get(userId);
    return p == null ? null : p.city();
  }

  /** Labels (from {@code ids}: label → ID) of the objects whose ID passes {@code test}. */
  private static Set<String> labels(Map<String, String> ids, Predicate<String> test) {
    return ids.entrySet().stream()
        .filter(e -> test.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Labels of the world's objects of {@code code} found by a search (confined by name). */
  private Set<String> names(Map<String, String> namesById, String code, String... params) {
    List<String> all = new java.util.ArrayList<>(List.of(params));
    all.addAll(List.of("name_Mod", "contains", "name", w.tag, "$$LIMIT", "2000"));
    JsonNode data = admin.get("/" + code + "/search", all.toArray(String[]::new)).ok().data();
    Function<String, String> label = name -> name.substring(name.lastIndexOf(' ') + 1);
    Set<String> out = new TreeSet<>();
    for (JsonNode o : data) {
      out.add(label.apply(Objects.requireNonNull(namesById.get(o.path("ID").asText()))));
    }
    return out;
  }
}
