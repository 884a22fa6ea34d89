package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.RawHttp;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Requests shaped exactly as Workfront's JavaScript client {@code workfront-api} 6.2.0 sends them
 * (reference §12, §12.2), for each server behaviour that the compatibility suite in {@code
 * compat/workfront-js} found missing. The suite proves the client end to end; these pin the server
 * side without Node.
 */
@BothEngines
class ClientQuirksIT {
  private static final String INTERNAL = "/attask/api-internal";

  @Parameter Engine engine;

  /** {@code get('USER', '$$USER')} goes out as {@code GET …/USER?id=$$USER}, percent-encoded. */
  @Test
  void userWildcardAsIdParameterIsTheCaller() {
    TestServer server = TestServer.shared(engine);
    String session = server.login("admin", TestServer.ADMIN_PASSWORD);
    String adminId = adminId(server);

    Response byParam =
        RawHttp.send(
                server.port(),
                "GET",
                INTERNAL + "/USER?id=%24%24USER&fields=username",
                "sessionID: " + session)
            .ok();
    assertThat(byParam.data().isObject()).isTrue();
    assertThat(byParam.data().path("ID").asText()).isEqualTo(adminId);
    assertThat(byParam.data().path("username").asText()).isEqualTo("admin");

    Response bySegment =
        RawHttp.send(server.port(), "GET", INTERNAL + "/USER/$$USER", "sessionID: " + session).ok();
    assertThat(bySegment.data().path("ID").asText()).isEqualTo(adminId);
  }

  /**
   * {@code batch(b => [b.create(…), b.edit(…), b.editMultiple(…)], true)}: the client's URI mode
   * stamps {@code method=GET} on each write; they must still be the writes, all in one transaction.
   */
  @Test
  void atomicBatchRunsGetStampedWritesAsWrites() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String created = Fixtures.unique("batch-created");
    String first = group(admin, Fixtures.unique("batch-edit"));
    String second = group(admin, Fixtures.unique("batch-bulk"));

    Response reply =
        admin
            .form(
                "POST",
                "/batch",
                "atomic",
                "true",
                "uri",
                "GROUP?updates=" + enc("{\"name\":\"" + created + "\"}") + "&method=GET",
                "uri",
                "GROUP/"
                    + first
                    + "?updates="
                    + enc("{\"description\":\"edited\"}")
                    + "&method=GET",
                "uri",
                "GROUP?updates="
                    + enc("[{\"ID\":\"" + second + "\",\"description\":\"bulk\"}]")
                    + "&method=GET",
                "concurrent",
                "false")
            .ok();

    assertThat(reply.data().path("success").asBoolean()).isTrue();
    assertThat(admin.get("/GROUP/search", "name", created).ok().data()).hasSize(1);
    assertThat(description(admin, first)).isEqualTo("edited");
    assertThat(description(admin, second)).isEqualTo("bulk");
  }

  /** Non-atomic: one reply per URI in order; a GET-stamped read stays a read, a copy copies. */
  @Test
  void batchAnswersGetStampedWritesAndReadsInOrder() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String name = Fixtures.unique("batch-mixed");
    String existing = group(admin, Fixtures.unique("batch-read"));

    Response reply =
        admin
            .form(
                "POST",
                "/batch",
                "atomic",
                "false",
                "uri",
                "GROUP?updates="
                    + enc("{\"name\":\"" + name + "\",\"description\":\"new\"}")
                    + "&fields=description&method=GET",
                "uri",
                "GROUP/" + existing + "?method=GET",
                "uri",
                "GROUP/search?name=" + enc(name) + "&method=GET",
                "uri",
                "GROUP?copySourceID="
                    + existing
                    + "&updates="
                    + enc("{\"name\":\"" + name + "-copy\"}")
                    + "&options="
                    + enc("[]")
                    + "&method=GET",
                "concurrent",
                "false")
            .ok();

    JsonNode results = reply.data();
    assertThat(results).hasSize(4);
    assertThat(results.get(0).path("data").path("name").asText()).isEqualTo(name);
    assertThat(results.get(0).path("data").path("description").asText()).isEqualTo("new");
    assertThat(results.get(1).path("data").path("ID").asText()).isEqualTo(existing);
    assertThat(results.get(2).path("data")).hasSize(1);
    assertThat(results.get(2).path("data").get(0).path("ID").asText())
        .isEqualTo(results.get(0).path("data").path("ID").asText());
    JsonNode copy = results.get(3).path("data");
    assertThat(copy.path("name").asText()).isEqualTo(name + "-copy");
    assertThat(copy.path("ID").asText()).isNotEqualTo(existing);
  }

  private static String adminId(TestServer server) {
    return server
        .admin()
        .get("/USER/search", "username", "admin")
        .ok()
        .data()
        .get(0)
        .path("ID")
        .asText();
  }

  private static String group(Api admin, String name) {
    return admin.postJson("/GROUP", "{\"name\":\"" + name + "\"}").ok().data().path("ID").asText();
  }

  private static String description(Api admin, String id) {
    return admin
        .get("/GROUP/" + id, "fields", "description")
        .ok()
        .data()
        .path("description")
        .asText();
  }

  /** The client percent-encodes each parameter of a sub-URI (encodeURIComponent). */
  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
