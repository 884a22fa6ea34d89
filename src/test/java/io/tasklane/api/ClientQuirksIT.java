package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.RawHttp;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
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
}
