package io.tasklane.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Reads by a credential the server has seen before fold the credential check into their first
 * statement (Authenticator#remembered): one statement fewer, and still no read succeeds once the
 * credential is revoked or the user has changed — on the very next request.
 */
@BothEngines
class GuardedReadIT {
  private static final String PASSWORD = "guarded-pass-1";

  @Parameter Engine engine;

  private String levelId(Api admin, String name) {
    return admin.get("/ACSLVL/search", "name", name).ok().data().get(0).path("ID").asText();
  }

  private String user(Api admin, String username, String level) {
    return admin
        .postJson(
            "/USER",
            "{\"firstName\":\"Guarded\",\"lastName\":\"Reader\",\"username\":\""
                + username
                + "\",\"emailAddr\":\""
                + username
                + "@example.test\",\"password\":\""
                + PASSWORD
                + "\",\"accessLevelID\":\""
                + levelId(admin, level)
                + "\",\"isActive\":true}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  /** The address user() gives; username is a credential parameter, never a filter (§3.4). */
  private static String email(String username) {
    return username + "@example.test";
  }

  private String apiKey(TestServer server, String username) {
    return server
        .api()
        .put("/user", "action", "generateApiKey", "username", username, "password", PASSWORD)
        .ok()
        .data()
        .path("result")
        .asText();
  }

  @Test
  void aSecondReadByTheSameCredentialRunsOneStatementLess() {
    TestServer server = TestServer.shared(engine);
    String username = Fixtures.unique("guard-count");
    String id = user(server.admin(), username, "Light");
    for (Api api :
        new Api[] {
          server.api().withApiKey(apiKey(server, username)),
          server.api().withSession(server.login(username, PASSWORD))
        }) {
      int first = api.get("/USER/" + id).ok().statements();
      int second = api.get("/USER/" + id).ok().statements();
      assertThat(second).isEqualTo(first - 1).isEqualTo(1);
    }
    for (Api api :
        new Api[] {
          server.api().withApiKey(apiKey(server, username)),
          server.api().withSession(server.login(username, PASSWORD))
        }) {
      int first = api.get("/USER/search", "emailAddr", email(username)).ok().statements();
      Response second = api.get("/USER/search", "emailAddr", email(username)).ok();
      assertThat(second.data().size()).isEqualTo(1);
      assertThat(second.statements()).isEqualTo(first - 1);
      assertThat(
              api.get("/USER/count", "emailAddr", email(username))
                  .ok()
                  .data()
                  .path("count")
                  .asInt())
          .isEqualTo(1);
    }
  }

  @Test
  void aRememberedCredentialOfADeactivatedUserFailsEveryReadAtOnce() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String username = Fixtures.unique("guard-leaver");
    String id = user(admin, username, "Light");
    Api byKey = server.api().withApiKey(apiKey(server, username));
    Api bySession = server.api().withSession(server.login(username, PASSWORD));
    for (Api api : new Api[] {byKey, bySession}) {
      api.get("/USER/" + id).ok();
      api.get("/USER/search", "emailAddr", email(username)).ok();
      api.get("/USER/count", "emailAddr", email(username)).ok();
    }

    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();

    for (Api api : new Api[] {byKey, bySession}) {
      api.get("/USER/" + id).fails(401);
      api.get("/USER/search", "emailAddr", email(username)).fails(401);
      api.get("/USER/search", "emailAddr", "nobody@example.test").fails(401);
      api.get("/USER/count", "emailAddr", email(username)).fails(401);
      api.get("/USER/" + "0".repeat(32)).fails(401);
      api.get("/USER/search", "noSuchField", "x").fails(401);
    }
  }

  @Test
  void aLoggedOutSessionFailsItsNextRead() {
    TestServer server = TestServer.shared(engine);
    String username = Fixtures.unique("guard-logout");
    String id = user(server.admin(), username, "Light");
    String session = server.login(username, PASSWORD);
    Api api = server.api().withSession(session);
    api.get("/USER/" + id).ok();
    api.get("/USER/" + id).ok();

    server.api().form("POST", "/logout", "sessionID", session).ok();

    api.get("/USER/" + id).fails(401);
  }

  @Test
  void aNewAccessLevelTakesEffectOnTheNextRead() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String username = Fixtures.unique("guard-promoted");
    String id = user(admin, username, "Light");
    Api api = server.api().withApiKey(apiKey(server, username));
    // billingPerHour is for System Administrators' eyes only
    api.get("/USER/" + id).ok();
    api.get("/USER/" + id, "fields", "billingPerHour").fails(403);

    admin
        .putJson(
            "/USER/" + id, "{\"accessLevelID\":\"" + levelId(admin, "System Administrator") + "\"}")
        .ok();
    assertThat(api.get("/USER/" + id, "fields", "billingPerHour").ok().data().has("billingPerHour"))
        .isTrue();
    api.get("/USER/" + id, "fields", "billingPerHour").ok();

    admin.putJson("/USER/" + id, "{\"accessLevelID\":\"" + levelId(admin, "Light") + "\"}").ok();
    api.get("/USER/" + id, "fields", "billingPerHour").fails(403);
  }
}
