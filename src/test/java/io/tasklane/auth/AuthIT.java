package io.tasklane.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.store.Database;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Login, sessions, API keys and credential carriers (reference §3, §12). */
@BothEngines
class AuthIT {
  private static final String PASSWORD = "user-password-1";

  @Parameter Engine engine;

  private TestServer server() {
    return TestServer.shared(engine);
  }

  private String newUser() {
    String username = Fixtures.unique("auth") + "@example.com";
    Fixtures.user(server().admin(), username, "Standard", PASSWORD);
    return username;
  }

  /** By filters JSON: a plain username parameter is a credential, never a filter (§3.4). */
  private String userId(String username) {
    JsonNode found =
        server()
            .admin()
            .get("/USER/search", "filters", "{\"username\":\"" + username + "\"}")
            .ok()
            .data();
    assertThat(found).hasSize(1);
    return found.get(0).path("ID").asText();
  }

  @Test
  void aUsernameParameterIsACredentialNotAFilter() {
    String username = newUser();
    int all = server().admin().get("/USER/count").ok().data().path("count").asInt();
    int swallowed =
        server().admin().get("/USER/count", "username", username).ok().data().path("count").asInt();
    assertThat(swallowed).isEqualTo(all).isGreaterThan(1);
  }

  @Test
  void loginAnswersTheSessionAttributesAndSetsTheCookie() {
    String username = newUser();
    Response r =
        server().api().form("POST", "/login", "username", username, "password", PASSWORD).ok();
    JsonNode d = r.data();
    assertThat(d.path("sessionID").asText()).matches("[0-9a-f]{32}");
    assertThat(d.path("userID").asText()).matches("[0-9a-f]{32}");
    assertThat(d.path("versionInformation").path("currentAPIVersion").asText()).isEqualTo("22.0");
    assertThat(d.path("versionInformation").path("apiVersion").asText()).isEqualTo("15.0");
    assertThat(d.path("locale").asText()).isEqualTo("en_US");
    assertThat(d.path("timeZone").asText()).isNotEmpty();
    assertThat(d.path("currency").path("ID").asText()).isEqualTo("USD");
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("sessionID=" + d.path("sessionID").asText())
                    .contains("HttpOnly"));
  }

  @Test
  void aSessionWorksAsHeaderParameterAndBearerToken() {
    String username = newUser();
    String session = server().login(username, PASSWORD);
    Api anonymous = server().api();
    assertThat(
            anonymous
                .withSession(session)
                .get("/USER/$$USER", "fields", "username")
                .ok()
                .data()
                .path("username")
                .asText())
        .isEqualTo(username);
    anonymous.get("/USER/$$USER", "sessionID", session).ok();
    anonymous.withHeader("Authorization", "Bearer " + session).get("/USER/$$USER").ok();
    anonymous.withHeader("SESSIONID", session).get("/USER/$$USER").ok();
  }

  @Test
  void aSessionCookieReadsButCannotWrite() {
    String session = server().login("admin", TestServer.ADMIN_PASSWORD);
    Api cookie = server().api().withHeader("Cookie", "sessionID=" + session);
    cookie.get("/GROUP/search").ok();
    Response write = cookie.post("/GROUP", "name", Fixtures.unique("csrf")).fails(401);
    assertThat(write.errorMessage()).contains("cookie");
    cookie.get("/GROUP", "method", "POST", "name", Fixtures.unique("csrf")).fails(401);
  }

  @Test
  void logoutEndsTheSession() {
    String session = server().login(newUser(), PASSWORD);
    Response out = server().api().get("/logout", "sessionID", session).ok();
    assertThat(out.data().path("success").asBoolean()).isTrue();
    Response after = server().api().withSession(session).get("/USER/$$USER").fails(401);
    assertThat(after.errorClass()).isEqualTo("com.attask.common.AuthenticationException");
  }

  @Test
  void apiKeyActionsTakeUsernameAndPasswordInEveryForm() {
    String username = newUser();
    Api anon = server().api();
    assertThat(
            anon.put("/user", "action", "getApiKey", "username", username, "password", PASSWORD)
                .ok()
                .data()
                .path("result")
                .asText())
        .isEmpty();
    String key =
        anon.form(
                "POST",
                "/USER",
                "method",
                "PUT",
                "action",
                "generateApiKey",
                "username",
                username,
                "password",
                PASSWORD)
            .ok()
            .data()
            .path("result")
            .asText();
    assertThat(key).matches("[0-9a-f]{32}");
    assertThat(
            anon.get(
                    "/user",
                    "action",
                    "getApiKey",
                    "username",
                    username,
                    "password",
                    PASSWORD,
                    "method",
                    "PUT")
                .ok()
                .data()
                .path("result")
                .asText())
        .isEqualTo(key);
    // the client's alwaysUseGet quirk: GET with method=POST (reference §12.2)
    assertThat(
            anon.get(
                    "/USER",
                    "method",
                    "POST",
                    "action",
                    "getApiKey",
                    "username",
                    username,
                    "password",
                    PASSWORD)
                .ok()
                .data()
                .path("result")
                .asText())
        .isEqualTo(key);
    assertThat(
            anon.withApiKey(key)
                .get("/USER/$$USER", "fields", "username")
                .ok()
                .data()
                .path("username")
                .asText())
        .isEqualTo(username);
    anon.get("/USER/$$USER", "apiKey", key).ok();
    anon.withApiKey(key).put("/USER", "action", "clearApiKey").ok();
    anon.withApiKey(key).get("/USER/$$USER").fails(401);
    assertThat(
            anon.put("/user", "action", "getApiKey", "username", username, "password", PASSWORD)
                .ok()
                .data()
                .path("result")
                .asText())
        .isEmpty();
  }

  @Test
  void generatingANewKeyRetiresTheOldOne() {
    String username = newUser();
    Api anon = server().api();
    String first =
        anon.put("/user", "action", "generateApiKey", "username", username, "password", PASSWORD)
            .ok()
            .data()
            .path("result")
            .asText();
    String second =
        anon.put("/user", "action", "generateApiKey", "username", username, "password", PASSWORD)
            .ok()
            .data()
            .path("result")
            .asText();
    assertThat(second).isNotEqualTo(first);
    anon.withApiKey(first).get("/USER/$$USER").fails(401);
    anon.withApiKey(second).get("/USER/$$USER").ok();
  }

  @Test
  void nobodyReadsAnotherUsersKey() {
    String username = newUser();
    String userId = userId(username);
    server()
        .api()
        .put("/user", "action", "generateApiKey", "username", username, "password", PASSWORD)
        .ok();
    Api admin = server().admin();
    Response wrongPassword =
        admin
            .put("/user", "action", "getApiKey", "username", username, "password", "not-it")
            .fails(401);
    assertThat(wrongPassword.json().toString()).doesNotContain("result");
    admin.put("/USER/" + userId + "/getApiKey").fails(403);
  }

  @Test
  void credentialsAreStoredOnlyAsHashes() {
    String username = newUser();
    String session = server().login(username, PASSWORD);
    String key =
        server()
            .api()
            .put("/user", "action", "generateApiKey", "username", username, "password", PASSWORD)
            .ok()
            .data()
            .path("result")
            .asText();
    Database db = server().app().parts().database();
    List<String> sessionHashes =
        db.read(
            d ->
                d.select(DSL.field(DSL.name("token_hash"), String.class))
                    .from(DSL.table(DSL.name("sessions")))
                    .fetch(0, String.class));
    assertThat(sessionHashes).contains(Tokens.sha256(session)).doesNotContain(session);
    List<String> keyRows =
        db.read(
            d ->
                d.select(
                        DSL.field(DSL.name("key_hash"), String.class),
                        DSL.field(DSL.name("key_sealed"), String.class))
                    .from(DSL.table(DSL.name("api_keys")))
                    .fetch()
                    .map(r -> r.value1() + "|" + r.value2()));
    assertThat(String.join("\n", keyRows)).contains(Tokens.sha256(key)).doesNotContain(key);
    String hash =
        db.read(
            d ->
                d.select(DSL.field(DSL.name("password_hash"), String.class))
                    .from(DSL.table(DSL.name("users")))
                    .where(DSL.field(DSL.name("username"), String.class).eq(username))
                    .fetchOne(0, String.class));
    assertThat(hash).startsWith("$argon2id$").doesNotContain(PASSWORD);
  }

  @Test
  void writesNeedCredentialsAndBadCredentialsAreRefused() {
    server().api().post("/GROUP", "name", Fixtures.unique("anon")).fails(401);
    server().api().get("/GROUP/search").fails(401);
    server().api().withSession("0123456789abcdef0123456789abcdef").get("/GROUP/search").fails(401);
    server().api().withApiKey("nope").get("/GROUP/search").fails(401);
    server().api().get("/GROUP/search", "username", "admin", "password", "wrong").fails(401);
    assertThat(
            server()
                .api()
                .get("/GROUP/search", "username", "admin", "password", TestServer.ADMIN_PASSWORD)
                .ok()
                .data()
                .isArray())
        .isTrue();
  }

  @Test
  void loginIsRefusedForAnInactiveUserWithAMessageSayingSo() {
    String username = newUser();
    String id = userId(username);
    server().admin().putJson("/USER/" + id, "{\"isActive\":false}").ok();
    Response r =
        server()
            .api()
            .form("POST", "/login", "username", username, "password", PASSWORD)
            .fails(401);
    assertThat(r.errorMessage()).contains("inactive");
    Response wrong =
        server()
            .api()
            .form("POST", "/login", "username", username, "password", "wrong-password")
            .fails(401);
    assertThat(wrong.errorMessage()).doesNotContain("inactive");
  }
}
