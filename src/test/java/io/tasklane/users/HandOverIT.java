package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Hand-over (issue 5 point 8; reference §7.6) through {@code PUT /USER/<ID>/handOver}: the dry run
 * reports every tie with counts and IDs and changes nothing; the real call moves the open ties to
 * an active successor and deactivates in one transaction; an inactive successor is refused by the
 * one guard.
 */
@BothEngines
class HandOverIT {
  @Parameter Engine engine;

  private record Leaver(String id, String team, String reportA, String reportB) {}

  private static Leaver leaver(Api admin) {
    String id = People.user(admin, "handover", "Standard");
    String team =
        admin
            .postJson(
                "/TEAMOB",
                "{\"name\":\"" + Fixtures.unique("team") + "\",\"ownerID\":\"" + id + "\"}")
            .ok()
            .data()
            .path("ID")
            .asText();
    String a = People.user(admin, "reportA", "Light");
    String b = People.user(admin, "reportB", "Light");
    admin
        .putJson(
            "/USER",
            "[{\"ID\":\""
                + a
                + "\",\"managerID\":\""
                + id
                + "\"},{\"ID\":\""
                + b
                + "\",\"managerID\":\""
                + id
                + "\"}]")
        .ok();
    return new Leaver(id, team, a, b);
  }

  @Test
  void aDryRunReportsEveryTieAndChangesNothing() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Leaver l = leaver(admin);
    server.login(People.username(admin, l.id()), People.PASSWORD);

    JsonNode report =
        admin.put("/USER/" + l.id() + "/handOver", "dryRun", "true").ok().data().path("result");

    assertThat(report.path("dryRun").asBoolean()).isTrue();
    assertThat(tie(report, "TEAMOB", "ownerID").path("IDs").get(0).asText()).isEqualTo(l.team());
    JsonNode reports = tie(report, "USER", "managerID");
    assertThat(reports.path("count").asInt()).isEqualTo(2);
    assertThat(reports.path("IDs").toString()).contains(l.reportA()).contains(l.reportB());
    assertThat(report.path("endsWithAccount").path("sessions").asInt()).isEqualTo(1);
    assertThat(ScheduledDeactivationIT.active(admin, l.id())).isTrue();
  }

  @Test
  void handsOpenWorkToTheSuccessorAndDeactivatesInOneCall() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Leaver l = leaver(admin);
    String successor = People.user(admin, "successor", "Standard");

    JsonNode report =
        admin
            .put("/USER/" + l.id() + "/handOver", "toUserID", successor, "reason", "left")
            .ok()
            .data()
            .path("result");

    assertThat(report.path("isActive").asBoolean(true)).isFalse();
    assertThat(
            admin
                .get("/TEAMOB/" + l.team(), "fields", "ownerID")
                .ok()
                .data()
                .path("ownerID")
                .asText())
        .isEqualTo(successor);
    assertThat(
            admin
                .get("/USER/" + l.reportA(), "fields", "managerID")
                .ok()
                .data()
                .path("managerID")
                .asText())
        .isEqualTo(successor);
    assertThat(ScheduledDeactivationIT.active(admin, l.id())).isFalse();
    assertThat(People.journal(admin, l.id(), "isActive").get(0).path("reason").asText())
        .isEqualTo("left");
  }

  @Test
  void refusesAnInactiveSuccessorAndChangesNothing() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Leaver l = leaver(admin);
    String gone = People.user(admin, "gone", "Standard");
    admin.putJson("/USER/" + gone, "{\"isActive\":false}").ok();

    assertThat(admin.put("/USER/" + l.id() + "/handOver", "toUserID", gone).fails(422).errorClass())
        .isEqualTo("com.attask.common.InactiveUserException");
    admin.put("/USER/" + l.id() + "/handOver").fails(400);
    admin.put("/USER/" + l.id() + "/handOver", "toUserID", l.id()).fails(400);
    assertThat(ScheduledDeactivationIT.active(admin, l.id())).isTrue();
    assertThat(
            admin
                .get("/TEAMOB/" + l.team(), "fields", "ownerID")
                .ok()
                .data()
                .path("ownerID")
                .asText())
        .isEqualTo(l.id());
  }

  @Test
  void schedulesTheDeactivationInsteadWhenGivenADate() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Leaver l = leaver(admin);
    String successor = People.user(admin, "heir", "Standard");
    JsonNode report =
        admin
            .put(
                "/USER/" + l.id() + "/handOver",
                "toUserID",
                successor,
                "deactivateOn",
                "2099-03-01")
            .ok()
            .data()
            .path("result");
    assertThat(report.path("isActive").asBoolean()).isTrue();
    assertThat(
            admin
                .get("/USER/" + l.id(), "fields", "scheduleDeactivationDate")
                .ok()
                .data()
                .path("scheduleDeactivationDate")
                .asText())
        .startsWith("2099-03-01");
  }

  private static JsonNode tie(JsonNode report, String code, String field) {
    for (JsonNode t : report.path("handOver")) {
      if (t.path("objCode").asText().equals(code) && t.path("field").asText().equals(field)) {
        return t;
      }
    }
    throw new AssertionError("no tie " + code + "." + field + " in " + report);
  }
}
