package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import io.tasklane.users.Bootstrap;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Two customers on one server: each sees only its own objects, by search, by ID, in references and
 * in writes, because every statement is scoped to the caller's customer in the store.
 */
@BothEngines
class CustomerIsolationIT {
  private static final String OTHER_PASSWORD = "other-admin-password";

  @Parameter Engine engine;

  @Test
  void customersNeverSeeOrTouchEachOthersObjects() {
    try (TestServer s = TestServer.start(engine, c -> c)) {
      String otherId =
          s.app()
              .parts()
              .bootstrap()
              .provision(
                  new Bootstrap.CustomerSpec(
                      "Acme", Optional.of("acme"), ZoneOffset.UTC, "admin", OTHER_PASSWORD));
      Api mine = s.admin();
      Api acme = s.api().withHeader("Host", "acme.tasklane.test");
      String acmeSession =
          acme.form("POST", "/login", "username", "admin", "password", OTHER_PASSWORD)
              .ok()
              .data()
              .path("sessionID")
              .asText();
      acme = acme.withSession(acmeSession);
      String acmeUser =
          acme.get("/USER/$$USER", "fields", "customerID").ok().data().path("customerID").asText();
      assertThat(acmeUser).isEqualTo(otherId);
      assertThat(
              mine.get("/USER/$$USER", "fields", "customerID")
                  .ok()
                  .data()
                  .path("customerID")
                  .asText())
          .isNotEqualTo(otherId);

      String secret = acme.post("/GROUP", "name", "Acme secret").ok().data().path("ID").asText();
      assertThat(mine.get("/GROUP/search", "name", "Acme secret").ok().data()).isEmpty();
      assertThat(mine.get("/GROUP/count").ok().data().path("count").asInt())
          .isEqualTo(acme.get("/GROUP/count").ok().data().path("count").asInt() - 1);
      mine.get("/GROUP/" + secret).fails(404);
      mine.putJson("/GROUP/" + secret, "{\"name\":\"stolen\"}").fails(404);
      mine.delete("/GROUP/" + secret).fails(404);
      Response ref =
          mine.postJson("/GROUP", "{\"name\":\"child\",\"parentID\":\"" + secret + "\"}")
              .fails(404);
      assertThat(ref.errorMessage()).contains(secret);
      JsonNode still = acme.get("/GROUP/" + secret).ok().data();
      assertThat(still.path("name").asText()).isEqualTo("Acme secret");

      // the same username in two customers: the host name decides; the bare host is the default
      assertThat(s.login("admin", TestServer.ADMIN_PASSWORD)).isNotEmpty();
      s.api()
          .withHeader("Host", "acme.tasklane.test")
          .form("POST", "/login", "username", "admin", "password", TestServer.ADMIN_PASSWORD)
          .fails(401);
      s.api().form("POST", "/login", "username", "admin", "password", OTHER_PASSWORD).fails(401);
    }
  }
}
