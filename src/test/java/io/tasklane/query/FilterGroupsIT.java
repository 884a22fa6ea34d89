package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.RawHttp;
import io.tasklane.testing.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** {@code OR:n}, {@code AND:n}, {@code FIELD:}, {@code EXISTS:} and {@code filters=} (§4.2). */
@BothEngines
class FilterGroupsIT {
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

  private void check(Predicate<Person> expected, String... params) {
    assertThat(w.search(admin, params)).as(List.of(params).toString()).isEqualTo(w.where(expected));
  }

  @Test
  void orGroupsAreAlternativesToTheBaseGroup() {
    String c = w.companyId;
    // The base group is not copied into OR groups, so each group carries the world's scope.
    check(
        p ->
            "Engineer".equals(p.title())
                || "amsterdam".equals(p.city())
                || (Objects.equals(p.fte(), 1.0) && "berlin".equals(p.city())),
        "title",
        "Engineer",
        "OR:1:city",
        "amsterdam",
        "OR:1:companyID",
        c,
        "OR:2:fte",
        "1",
        "OR:2:city",
        "berlin",
        "OR:2:companyID",
        c);
    check(
        // the base group here is title=Analyst (and the world's scope)
        p ->
            "Analyst".equals(p.title())
                || p.title() != null && p.title().toLowerCase().contains("lead")
                || p.fte() == null,
        "title",
        "Analyst",
        "OR:a:title_Mod",
        "cicontains",
        "OR:a:title",
        "lead",
        "OR:a:companyID",
        c,
        "OR:b:fte_Mod",
        "isnull",
        "OR:b:companyID",
        c);
  }

  @Test
  void andGroupsRepeatAField() {
    check(
        p ->
            p.title() != null
                && p.title().toLowerCase().contains("e")
                && !p.title().toLowerCase().contains("lead"),
        "title_Mod",
        "cicontains",
        "title",
        "e",
        "AND:1:title_Mod",
        "cinotcontains",
        "AND:1:title",
        "lead");
    check(
        p -> p.fte() != null && p.fte() > 0.2 && p.fte() < 0.9,
        "fte_Mod",
        "gt",
        "fte",
        "0.2",
        "AND:x:fte_Mod",
        "lt",
        "AND:x:fte",
        "0.9");
  }

  @Test
  void fieldComparesTwoFields() {
    check(
        p -> p.workTime() != null && p.fte() != null && p.workTime() > p.fte(),
        "workTime",
        "FIELD:fte",
        "workTime_Mod",
        "gt");
    check(
        p -> p.workTime() != null && p.fte() != null && p.workTime().equals(p.fte()),
        "workTime",
        "FIELD:fte");
    // through a reference: people in the same city as their manager
    check(
        p ->
            p.managerId() != null
                && p.city() != null
                && p.city().equals(byId.get(p.managerId()).city()),
        "city",
        "FIELD:manager:city");
    // every person was last updated at the clock's time, after each entry date but p11's and p12's
    check(
        p -> p.entryDate().isBefore(java.time.Instant.parse("2026-05-13T15:42:10.250Z")),
        "lastUpdateDate",
        "FIELD:entryDate",
        "lastUpdateDate_Mod",
        "gt");
  }

  @Test
  void existsBlocksAreCorrelatedSubqueries() {
    check(
        p -> !p.teamIds().isEmpty(), "EXISTS:A:$$OBJCODE", "TEAMMB", "EXISTS:A:userID", "FIELD:ID");
    check(
        p -> p.teamIds().isEmpty(),
        "EXISTS:A:$$OBJCODE",
        "teammb",
        "EXISTS:A:userID",
        "FIELD:ID",
        "EXISTS:A:$$EXISTSMOD",
        "NOTEXISTS");
    String t3 = w.teams.get("T3");
    check(
        p -> p.teamIds().contains(t3),
        "EXISTS:A:$$OBJCODE",
        "TEAMMB",
        "EXISTS:A:userID",
        "FIELD:ID",
        "EXISTS:A:team:name",
        w.tag + " team T3");
    // people who manage someone: EXISTS over the same type
    check(
        p -> w.people.stream().anyMatch(r -> p.id().equals(r.managerId())),
        "EXISTS:1:$$OBJCODE",
        "USER",
        "EXISTS:1:managerID",
        "FIELD:ID");
    // chained with AND:B: on a team with T3 and holding role R2
    String r2 = w.roles.get("R2");
    check(
        p -> p.teamIds().contains(t3) && p.roleIds().contains(r2),
        "EXISTS:A:$$OBJCODE",
        "TEAMMB",
        "EXISTS:A:userID",
        "FIELD:ID",
        "EXISTS:A:teamID",
        t3,
        "AND:B:EXISTS:A:$$OBJCODE",
        "USRROL",
        "AND:B:EXISTS:A:userID",
        "FIELD:ID",
        "AND:B:EXISTS:A:roleID",
        r2);
  }

  @Test
  void filtersJsonIsTheSamePairs() {
    check(p -> "Team Lead".equals(p.title()), "filters", "{\"title\":\"Team Lead\"}");
    check(p -> p.fte() != null && p.fte() >= 0.75, "filters", "{fte_Mod:'gte',fte:0.75}");
    check(
        p -> "berlin".equals(p.city()) || "cairo".equals(p.city()),
        "filters",
        "{\"city\":[\"berlin\",\"cairo\"]}");
    // a credential name as a filter: only possible inside filters (reference §3.4)
    Person p03 = w.person("p03");
    String username = w.tag + ".p03@example.com";
    check(p -> p == p03, "filters", "{\"username\":\"" + username + "\"}");
    // as a plain parameter username is a credential: the session wins and it filters nothing
    check(p -> true, "username", username);
  }

  @Test
  void rawRequestLinesAsCurlSendsThem() {
    String target =
        "/attask/api/v15.0/USER/search?companyID="
            + w.companyId
            + "&filters={\"title\":\"Team%20Lead\"}&EXISTS:A:$$OBJCODE=TEAMMB&EXISTS:A:userID=FIELD:ID"
            + "&$$LIMIT=2000";
    Response r =
        RawHttp.send(
            QueryServer.get(engine).port(), "GET", target, "sessionID: " + sessionOf(admin));
    assertThat(w.labels(r.ok().data()))
        .isEqualTo(w.where(p -> "Team Lead".equals(p.title()) && !p.teamIds().isEmpty()));
  }

  private String sessionOf(Api api) {
    return QueryServer.get(engine).login("admin", io.tasklane.testing.TestServer.ADMIN_PASSWORD);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
