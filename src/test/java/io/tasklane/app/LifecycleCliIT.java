package io.tasklane.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * {@code tasklane licenses [set TYPE=N …]} (issue 5 point 1, DESIGN.md contract) and {@code
 * tasklane users offboard} (point 8) against a running server's database: changes are visible
 * through the API at once, journaled with source CLI, and refused when a rule says no.
 */
@BothEngines
class LifecycleCliIT {
  @Parameter Engine engine;

  private record Run(int exit, String out, String err) {}

  private static Run cli(TestServer server, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    ServerConfig c = server.config();
    all.addAll(List.of("--data", c.dataDir().toString()));
    c.dbUrl().ifPresent(url -> all.addAll(List.of("--db-url", url, "--db-user", c.dbUser())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void setsSeatsShowsThemAndRefusesFewerThanInUse() {
    try (TestServer server = TestServer.start(engine, c -> c)) {
      Api admin = server.admin();
      Run set = cli(server, "licenses", "set", "standard=42", "light=7", "--reason", "renewal");
      assertThat(set.exit()).as(set.err()).isZero();
      assertThat(set.out())
          .containsPattern("standard\\s+42\\s+1\\s+41")
          .containsPattern("light\\s+7\\s+0\\s+7");

      JsonNode usage = admin.get("/CUST/licenseUsage").ok().data();
      assertThat(usage.get(0).path("licenseType").asText()).isEqualTo("STANDARD");
      assertThat(usage.get(0).path("owned").asInt()).isEqualTo(42);
      String customer = admin.get("/CUST/search").ok().data().get(0).path("ID").asText();
      assertThat(
              admin
                  .get("/JRNLE/search", "objID", customer, "source", "CLI", "reason", "renewal")
                  .ok()
                  .data())
          .isNotEmpty();

      Run shown = cli(server, "licenses");
      assertThat(shown.exit()).isZero();
      assertThat(shown.out()).containsPattern("light\\s+7\\s+0\\s+7");

      Run below = cli(server, "licenses", "set", "standard=0");
      assertThat(below.exit()).isEqualTo(1);
      assertThat(below.err()).contains("STANDARD").contains("1 are in use");
      Run bad = cli(server, "licenses", "set", "external=3");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).contains("external=3");
      assertThat(admin.get("/CUST/licenseUsage").ok().data().get(0).path("owned").asInt())
          .isEqualTo(42);
    }
  }

  @Test
  void offboardsFromTheCommandLine() {
    try (TestServer server = TestServer.start(engine, c -> c)) {
      Api admin = server.admin();
      String leaver = io.tasklane.testing.Fixtures.unique("cli-leaver");
      String heir = io.tasklane.testing.Fixtures.unique("cli-heir");
      String leaverId =
          io.tasklane.testing.Fixtures.user(admin, leaver, "Standard", "cli-pass-123");
      io.tasklane.testing.Fixtures.user(admin, heir, "Standard", "cli-pass-123");
      String team =
          admin
              .postJson("/TEAMOB", "{\"name\":\"cli team\",\"ownerID\":\"" + leaverId + "\"}")
              .ok()
              .data()
              .path("ID")
              .asText();

      String project =
          admin.postJson("/PROJ", "{\"name\":\"cli plan\"}").ok().data().path("ID").asText();
      String task =
          admin
              .postJson(
                  "/TASK",
                  "{\"name\":\"cli task\",\"projectID\":\""
                      + project
                      + "\",\"assignedToID\":\""
                      + leaverId
                      + "\"}")
              .ok()
              .data()
              .path("ID")
              .asText();

      Run dry = cli(server, "users", "offboard", leaver, "--to", heir, "--dry-run");
      assertThat(dry.exit()).as(dry.err()).isZero();
      assertThat(dry.out()).contains("TEAMOB.ownerID: 1 [" + team + "]");
      assertThat(dry.out()).contains("ASSGN.assignedToID: 1 [").contains("Not modelled");
      assertThat(
              admin
                  .get("/USER/" + leaverId, "fields", "isActive")
                  .ok()
                  .data()
                  .path("isActive")
                  .asBoolean())
          .isTrue();

      Run real = cli(server, "users", "offboard", leaver, "--to", heir, "--reason", "moved on");
      assertThat(real.exit()).as(real.err()).isZero();
      assertThat(real.out()).contains("is deactivated");
      assertThat(
              admin
                  .get("/TASK/" + task, "fields", "assignedTo:username")
                  .ok()
                  .data()
                  .path("assignedTo")
                  .path("username")
                  .asText())
          .isEqualTo(heir);
      assertThat(
              admin
                  .get("/USER/" + leaverId, "fields", "isActive")
                  .ok()
                  .data()
                  .path("isActive")
                  .asBoolean())
          .isFalse();
      JsonNode entry =
          admin
              .get(
                  "/JRNLE/search",
                  "objID",
                  leaverId,
                  "fieldName",
                  "isActive",
                  "fields",
                  "source,reason")
              .ok()
              .data()
              .get(0);
      assertThat(entry.path("source").asText()).isEqualTo("CLI");
      assertThat(entry.path("reason").asText()).isEqualTo("moved on");

      Run unknown = cli(server, "users", "offboard", "nobody-here", "--to", heir);
      assertThat(unknown.exit()).isEqualTo(1);
      assertThat(unknown.err()).contains("nobody-here");
    }
  }
}
