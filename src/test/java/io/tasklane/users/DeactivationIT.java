package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Deactivation and reactivation (issue 5 points 2, 3 and 11; reference §7.2, §7.3): credentials die
 * on the very next request, the stamp says when and by whom, repeating is harmless, every write
 * path works, and each change is journaled with its source and reason and announced in the outbox.
 */
@BothEngines
class DeactivationIT {
  @Parameter Engine engine;

  @Test
  void aSessionAndAnApiKeyThatWorkedFailOnTheNextRequest() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String id = People.user(admin, "leaver", "Light");
    String username = People.username(admin, id);
    String session = server.login(username, People.PASSWORD);
    Api bySession = server.api().withSession(session);
    String key = People.apiKey(server, username, People.PASSWORD);
    Api byKey = server.api().withApiKey(key);
    bySession.get("/USER/" + id).ok();
    byKey.get("/USER/" + id).ok();

    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();

    assertThat(bySession.get("/USER/" + id).fails(401).errorClass())
        .isEqualTo("com.attask.common.AuthenticationException");
    byKey.get("/USER/" + id).fails(401);
    assertThat(
            server
                .api()
                .form("POST", "/login", "username", username, "password", People.PASSWORD)
                .fails(401)
                .errorMessage())
        .contains("inactive");
    assertThat(
            server
                .api()
                .put(
                    "/user",
                    "action",
                    "getApiKey",
                    "username",
                    username,
                    "password",
                    People.PASSWORD)
                .fails(401)
                .errorMessage())
        .contains("inactive");
  }

  @Test
  void stampsWhenAndWhoClearsTheScheduleAndRepeatingIsHarmless() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String adminId = People.adminId(admin);
    String id = People.user(admin, "stamp", "Light");
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2099-01-01\"}").ok();

    JsonNode after =
        admin
            .put(
                "/USER/" + id,
                "updates",
                "{\"isActive\":false}",
                "reason",
                "left the company",
                "fields",
                "isActive,actualDeactivationDate,deactivatedByID,scheduleDeactivationDate")
            .ok()
            .data();
    assertThat(after.path("isActive").asBoolean(true)).isFalse();
    assertThat(after.path("actualDeactivationDate").asText()).isNotBlank();
    assertThat(after.path("deactivatedByID").asText()).isEqualTo(adminId);
    assertThat(after.path("scheduleDeactivationDate").isNull()).isTrue();

    JsonNode entries = People.journal(admin, id, "isActive");
    assertThat(entries).hasSize(1);
    JsonNode entry = entries.get(0);
    assertThat(entry.path("oldTextVal").asText()).isEqualTo("true");
    assertThat(entry.path("newTextVal").asText()).isEqualTo("false");
    assertThat(entry.path("source").asText()).isEqualTo("API");
    assertThat(entry.path("reason").asText()).isEqualTo("left the company");
    assertThat(entry.path("enteredByID").asText()).isEqualTo(adminId);
    int events = People.outbox(server, id).size();

    JsonNode again =
        admin
            .put(
                "/USER/" + id,
                "updates",
                "{\"isActive\":\"false\"}",
                "fields",
                "actualDeactivationDate")
            .ok()
            .data();
    assertThat(again.path("actualDeactivationDate").asText())
        .isEqualTo(after.path("actualDeactivationDate").asText());
    assertThat(People.journal(admin, id, "isActive")).hasSize(1);
    assertThat(People.outbox(server, id)).hasSize(events);
  }

  @Test
  void announcesTheChangeInTheOutboxInTheSameTransaction() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String id = People.user(admin, "event", "Contributor");
    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();
    List<Map<String, Object>> rows = People.outbox(server, id);
    Map<String, Object> last = rows.get(rows.size() - 1);
    assertThat(last.get("obj_code")).isEqualTo("USER");
    assertThat(last.get("event_type")).isEqualTo("UPDATE");
    assertThat(last.get("payload").toString())
        .contains("\"isActive\":false")
        .contains("\"oldState\"");
  }

  @Test
  void deactivatesByBulkEditAndBatch() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String a = People.user(admin, "bulk", "Light");
    String b = People.user(admin, "bulk", "Light");
    JsonNode bulk =
        admin
            .putJson(
                "/USER",
                "[{\"ID\":\""
                    + a
                    + "\",\"isActive\":false},{\"ID\":\""
                    + b
                    + "\",\"isActive\":\"false\"}]",
                "fields",
                "isActive")
            .ok()
            .data();
    assertThat(bulk).hasSize(2);
    assertThat(bulk.get(0).path("isActive").asBoolean(true)).isFalse();
    assertThat(bulk.get(1).path("isActive").asBoolean(true)).isFalse();

    String c = People.user(admin, "batch", "Light");
    admin
        .form(
            "POST",
            "/batch",
            "uri",
            "/USER/" + c + "?method=PUT&updates={\"isActive\":false}",
            "atomic",
            "true")
        .ok();
    assertThat(
            admin.get("/USER/" + c, "fields", "isActive").ok().data().path("isActive").asBoolean())
        .isFalse();
  }

  @Test
  void reactivationKeepsOldCredentialsDeadAndClearsTheStamp() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String id = People.user(admin, "back", "Light");
    String username = People.username(admin, id);
    String oldSession = server.login(username, People.PASSWORD);
    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();

    JsonNode back =
        admin
            .putJson(
                "/USER/" + id,
                "{\"isActive\":true}",
                "fields",
                "isActive,actualDeactivationDate,deactivatedByID,accessLevelID")
            .ok()
            .data();
    assertThat(back.path("isActive").asBoolean()).isTrue();
    assertThat(back.path("actualDeactivationDate").isNull()).isTrue();
    assertThat(back.path("deactivatedByID").isNull()).isTrue();
    // Without accessLevelID the user gets back the level they held (the "offered" level, §7.3).
    assertThat(back.path("accessLevelID").asText()).isEqualTo(People.levelId(admin, "Light"));

    server.api().withSession(oldSession).get("/USER/" + id).fails(401);
    String fresh = server.login(username, People.PASSWORD);
    server.api().withSession(fresh).get("/USER/" + id).ok();
  }

  @Test
  void reactivatesWithAnotherAccessLevel() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String id = People.user(admin, "relevel", "Light");
    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();
    String contributor = People.levelId(admin, "Contributor");
    JsonNode back =
        admin
            .putJson(
                "/USER/" + id,
                "{\"isActive\":true,\"accessLevelID\":\"" + contributor + "\"}",
                "fields",
                "accessLevel:licenseType")
            .ok()
            .data();
    assertThat(back.path("accessLevel").path("licenseType").asText()).isEqualTo("CONTRIBUTOR");
  }

  @Test
  void refusesReactivationWhileAnotherActiveUserHasTheUsername() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String name = Fixtures.unique("twin");
    String first = People.user(admin, name, "Light", true);
    admin.putJson("/USER/" + first, "{\"isActive\":false}").ok();
    People.user(admin, name, "Light", true);

    Response refused = admin.putJson("/USER/" + first, "{\"isActive\":true}").fails(409);
    assertThat(refused.errorMessage()).contains("active user already has this");
    assertThat(
            admin
                .get("/USER/" + first, "fields", "isActive")
                .ok()
                .data()
                .path("isActive")
                .asBoolean())
        .isFalse();
  }

  @Test
  void refusesAnIsActiveThatIsNotABoolean() {
    Api admin = TestServer.shared(engine).admin();
    String id = People.user(admin, "badbool", "Light");
    assertThat(admin.putJson("/USER/" + id, "{\"isActive\":\"maybe\"}").fails(400).errorMessage())
        .contains("isActive");
  }
}
