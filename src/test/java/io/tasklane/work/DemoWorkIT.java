package io.tasklane.work;

import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** {@code --demo}: the sample organisation's work, spread over its users, the departed ones too. */
@BothEngines
class DemoWorkIT {
  @Parameter Engine engine;

  private static int count(Api api, String code, String... filters) {
    return api.get("/" + code + "/count", filters).ok().data().path("count").asInt();
  }

  @Test
  void theDemoHasWorkHistoryAndDocumentsAcrossItsUsers() {
    try (TestServer server =
        TestServer.start(
            engine, c -> TestServer.withDemo(c, true, Optional.of(TestServer.ADMIN_PASSWORD)))) {
      Api admin = server.admin();
      assertThat(count(admin, "PROJ")).isEqualTo(WorkDemo.PROJECTS.length);
      JsonNode statuses = admin.get("/PROJ/report", "status_GroupBy", "true").ok().data();
      assertThat(
              statuses.has("CUR")
                  && statuses.has("PLN")
                  && statuses.has("CPL")
                  && statuses.has("ONH"))
          .isTrue();
      assertThat(count(admin, "TASK")).isGreaterThanOrEqualTo(40);
      assertThat(count(admin, "OPTASK")).isEqualTo(2 * WorkDemo.PROJECTS.length);
      assertThat(count(admin, "ASSGN")).isGreaterThanOrEqualTo(40);
      assertThat(count(admin, "HOUR")).isGreaterThan(30);
      assertThat(count(admin, "NOTE")).isEqualTo(3 * WorkDemo.PROJECTS.length);
      assertThat(count(admin, "NTAG")).isEqualTo(WorkDemo.PROJECTS.length);
      assertThat(count(admin, "TMPL")).isEqualTo(1);

      // the deactivated users' history is there
      assertThat(count(admin, "ASSGN", "assignedTo:isActive", "false")).isGreaterThan(0);
      assertThat(count(admin, "HOUR", "owner:isActive", "false")).isGreaterThan(0);
      assertThat(count(admin, "PROJ", "owner:isActive", "false")).isEqualTo(1);
      assertThat(
              count(
                  admin,
                  "USER",
                  "isActive",
                  "false",
                  "EXISTS:a:$$OBJCODE",
                  "ASSGN",
                  "EXISTS:a:assignedToID",
                  "FIELD:ID"))
          .isGreaterThan(0);

      // documents download, custom data filters, and the erp project is complete
      JsonNode doc = admin.get("/DOCU/search", "name", "ERP migration brief").ok().data().get(0);
      String text =
          new String(
              admin.bytes("/download?ID=" + doc.path("ID").asText()).body(),
              StandardCharsets.UTF_8);
      assertThat(text).contains("Operations");
      assertThat(count(admin, "PROJ", "DE:" + WorkDemo.COST_CENTER, "R&D")).isEqualTo(2);
      JsonNode erp =
          admin
              .get("/PROJ/search", "name", "ERP migration", "fields", "percentComplete")
              .ok()
              .data()
              .get(0);
      assertThat(erp.path("percentComplete").asDouble()).isEqualTo(100.0);

      // a demo user finds their work, and those who left still get no new work
      JsonNode someone =
          admin
              .get(
                  "/USER/search",
                  "isActive",
                  "true",
                  "EXISTS:a:$$OBJCODE",
                  "ASSGN",
                  "EXISTS:a:assignedToID",
                  "FIELD:ID",
                  "accessLevel:name",
                  "Standard",
                  "fields",
                  "username")
              .ok()
              .data()
              .get(0);
      Api user =
          server
              .api()
              .withSession(server.login(someone.path("username").asText(), "tasklane-demo"));
      assertThat(user.get("/work/myWork").ok().data().size()).isGreaterThan(0);
      String departed =
          admin
              .get(
                  "/USER/search",
                  "isActive",
                  "false",
                  "EXISTS:a:$$OBJCODE",
                  "ASSGN",
                  "EXISTS:a:assignedToID",
                  "FIELD:ID")
              .ok()
              .data()
              .get(0)
              .path("ID")
              .asText();
      String task =
          admin
              .get("/TASK/search", "status", "NEW", "children:ID_Mod", "isnull")
              .ok()
              .data()
              .get(0)
              .path("ID")
              .asText();
      admin.putJson("/TASK/" + task, json("assignedToID", departed)).fails(422);

      server.restart();
      assertThat(count(server.admin(), "PROJ")).isEqualTo(WorkDemo.PROJECTS.length);
    }
  }
}
