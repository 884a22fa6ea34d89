package io.tasklane.hours;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.project;
import static io.tasklane.testing.WorkFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** HOUR and HOURT: logging, filing, actualWork, approval and hour types. */
@BothEngines
class HourIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void logsHoursOnATaskFiledUnderItsProjectAndSumsThem() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    JsonNode h =
        WorkFixtures.create(
            admin(),
            "HOUR",
            json("taskID", t, "hours", 2.5, "entryDate", "2026-03-02", "description", "review"),
            "fields",
            "projectID,hourType,entryDate,status");
    assertThat(h.path("projectID").asText()).isEqualTo(p);
    assertThat(h.path("hourType").path("name").asText()).isEqualTo("Project Time");
    assertThat(h.path("status").asText()).isEqualTo("SUB");
    assertThat(h.path("entryDate").asText()).startsWith("2026-03-0");
    WorkFixtures.create(admin(), "HOUR", json("projectID", p, "hours", 1));
    assertThat(get(admin(), "TASK", t, "actualWork").path("actualWork").asDouble()).isEqualTo(2.5);
    assertThat(get(admin(), "PROJ", p, "actualWork").path("actualWork").asDouble()).isEqualTo(3.5);

    String id = h.path("ID").asText();
    admin().putJson("/HOUR/" + id, json("hours", 4)).ok();
    assertThat(get(admin(), "PROJ", p, "actualWork").path("actualWork").asDouble()).isEqualTo(5.0);
    admin().delete("/HOUR/" + id).ok();
    assertThat(get(admin(), "TASK", t, "actualWork").path("actualWork").asDouble()).isZero();
    assertThat(admin().delete("/TASK/" + t).status()).isEqualTo(200);
  }

  @Test
  void refusesImpossibleHours() {
    String p = project(admin());
    admin().postJson("/HOUR", json("projectID", p, "hours", 0)).fails(400);
    assertThat(
            admin().postJson("/HOUR", json("projectID", p, "hours", 25)).fails(400).errorMessage())
        .contains("24");
    admin().postJson("/HOUR", json("projectID", p)).fails(400);
    assertThat(admin().postJson("/HOUR", json("hours", 1)).fails(400).errorMessage())
        .contains("hourTypeID");
    String t = task(admin(), p, "T");
    String i = WorkFixtures.issue(admin(), p, "I");
    admin().postJson("/HOUR", json("taskID", t, "opTaskID", i, "hours", 1)).fails(400);
    assertThat(admin().get("/HOUR/search", "projectID", p).ok().data()).isEmpty();
  }

  @Test
  void generalTimeUsesAGeneralHourType() {
    String vacation =
        admin().get("/HOURT/search", "name", "Vacation").ok().data().get(0).path("ID").asText();
    JsonNode h =
        WorkFixtures.create(
            admin(), "HOUR", json("hourTypeID", vacation, "hours", 8), "fields", "projectID");
    assertThat(h.path("projectID").isNull()).isTrue();
    String p = project(admin());
    assertThat(
            admin()
                .postJson("/HOUR", json("projectID", p, "hours", 1, "hourTypeID", vacation))
                .fails(400)
                .errorMessage())
        .contains("general time");
  }

  @Test
  void onlyAdministratorsApproveAndApprovedHoursAreFrozen() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    String p = project(ana.api());
    String mine = WorkFixtures.createId(ana.api(), "HOUR", json("projectID", p, "hours", 2));
    String other = WorkFixtures.person(server, "Standard").id();
    assertThat(
            ana.api()
                .postJson("/HOUR", json("projectID", p, "hours", 2, "ownerID", other))
                .fails(403)
                .errorMessage())
        .contains("yourself");
    ana.api().putJson("/HOUR/" + mine, json("status", "APP")).fails(403);
    admin().putJson("/HOUR/" + mine, json("status", "APP")).ok();
    assertThat(ana.api().putJson("/HOUR/" + mine, json("hours", 3)).fails(422).errorMessage())
        .contains("Approved");
    ana.api().delete("/HOUR/" + mine).fails(422);
    assertThat(get(admin(), "HOUR", mine, "hours").path("hours").asDouble()).isEqualTo(2.0);
  }

  @Test
  void hourTypesAreBuiltInOrAddedByAdministrators() {
    TestServer server = TestServer.shared(engine);
    assertThat(admin().get("/HOURT/search", "isBuiltIn", "true").ok().data().size())
        .isGreaterThanOrEqualTo(7);
    String projectTime =
        admin().get("/HOURT/search", "name", "Project Time").ok().data().get(0).path("ID").asText();
    admin().delete("/HOURT/" + projectTime).fails(422);
    admin().putJson("/HOURT/" + projectTime, json("name", "Other")).fails(422);
    String name = Fixtures.unique("Travel");
    String travel = WorkFixtures.createId(admin(), "HOURT", json("name", name, "scope", "PROJECT"));
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    ana.api().postJson("/HOURT", json("name", Fixtures.unique("x"))).fails(403);
    admin().postJson("/HOURT", json("name", name)).fails(409);
    admin().putJson("/HOURT/" + travel, json("isActive", false)).ok();
    String p = project(admin());
    assertThat(
            admin()
                .postJson("/HOUR", json("projectID", p, "hours", 1, "hourTypeID", travel))
                .fails(422)
                .errorMessage())
        .contains("not active");
    admin().delete("/HOURT/" + travel).ok();
  }
}
