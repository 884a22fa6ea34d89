package io.tasklane.access;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.testing.WorkFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Shares and access rules (reference §5.6), enforced on reads and writes. */
@BothEngines
class AccessIT {
  @Parameter Engine engine;

  private TestServer server;
  private Person ana;
  private Person ben;
  private String project;
  private String task;

  @BeforeEach
  void anasProject() {
    server = TestServer.shared(engine);
    ana = WorkFixtures.person(server, "Standard");
    ben = WorkFixtures.person(server, "Standard");
    project = WorkFixtures.project(ana.api(), Fixtures.unique("Private"));
    task = task(ana.api(), project, "Plan");
    WorkFixtures.create(
        ana.api(), "NOTE", json("noteObjCode", "TASK", "objID", task, "noteText", "internal"));
  }

  @Test
  void unsharedWorkIsInvisibleAndUntouchable() {
    assertThat(ana.api().get("/PROJ/" + project).ok().data().path("ID").asText())
        .isEqualTo(project);
    ben.api().get("/PROJ/" + project).fails(404);
    assertThat(ben.api().get("/PROJ/search", "ID", project).ok().data()).isEmpty();
    assertThat(ben.api().get("/TASK/search", "projectID", project).ok().data()).isEmpty();
    assertThat(ben.api().get("/NOTE/search", "taskID", task).ok().data()).isEmpty();
    assertThat(ben.api().get("/PROJ/count", "ID", project).ok().data().path("count").asInt())
        .isZero();
    ben.api().putJson("/PROJ/" + project, json("name", "Mine now")).fails(403);
    ben.api().postJson("/TASK", json("name", "x", "projectID", project)).fails(403);
    ben.api().put("/PROJ/" + project + "/share", "accessorID", ben.id()).fails(403);
    ben.api().delete("/TASK/" + task).fails(403);
    assertThat(server.admin().get("/PROJ/" + project).ok().data().path("name").asText())
        .startsWith("Private");
  }

  @Test
  void aShareGrantsItsLevelOnTheProjectAndItsTasks() {
    JsonNode shared =
        ana.api()
            .put(
                "/PROJ/" + project + "/share",
                "accessorID",
                ben.id(),
                "accessorObjCode",
                "USER",
                "coreAction",
                "VIEW",
                "fields",
                "accessRules:*")
            .ok()
            .data()
            .path("result");
    assertThat(shared.path("accessRules")).hasSize(1);
    assertThat(shared.path("accessRules").get(0).path("coreAction").asText()).isEqualTo("VIEW");
    assertThat(ben.api().get("/PROJ/" + project).ok().data().path("ID").asText())
        .isEqualTo(project);
    assertThat(ben.api().get("/TASK/search", "projectID", project).ok().data()).hasSize(1);
    assertThat(ben.api().get("/NOTE/search", "taskID", task).ok().data()).hasSize(1);
    ben.api().putJson("/TASK/" + task, json("name", "Edited")).fails(403);

    ana.api()
        .put("/PROJ/" + project + "/share", "accessorID", ben.id(), "coreAction", "CONTRIBUTE")
        .ok();
    assertThat(get(ana.api(), "PROJ", project, "accessRules").path("accessRules")).hasSize(1);
    ben.api().putJson("/TASK/" + task, json("name", "Edited")).ok();
    ben.api().postJson("/TASK", json("name", "Bens", "projectID", project)).ok();
    ben.api().delete("/PROJ/" + project, "force", "true").fails(403);

    ana.api().putJson("/PROJ/" + project, "{\"accessRules\":[]}").ok();
    ben.api().get("/PROJ/" + project).fails(404);
    ana.api()
        .put("/PROJ/" + project + "/share", "accessorID", ben.id(), "coreAction", "OWN")
        .fails(400);
  }

  @Test
  void sharesWithATeamReachItsMembersAndAssigneesSeeTheirWork() {
    Person cat = WorkFixtures.person(server, "Standard");
    String team =
        WorkFixtures.createId(server.admin(), "TEAMOB", json("name", Fixtures.unique("Team")));
    server.admin().postJson("/TEAMMB", json("teamID", team, "userID", cat.id())).ok();
    ana.api().put("/PROJ/" + project + "/share", "accessorID", team).ok();
    assertThat(
            get(ana.api(), "PROJ", project, "accessRules:accessorObjCode")
                .path("accessRules")
                .get(0)
                .path("accessorObjCode")
                .asText())
        .isEqualTo("TEAMOB");
    assertThat(cat.api().get("/PROJ/" + project).ok().data().path("ID").asText())
        .isEqualTo(project);

    ana.api().putJson("/TASK/" + task, json("assignedToID", ben.id())).ok();
    assertThat(ben.api().get("/TASK/" + task).ok().data().path("ID").asText()).isEqualTo(task);
    assertThat(ben.api().get("/PROJ/" + project).ok().data().path("ID").asText())
        .isEqualTo(project);
    ben.api().putJson("/TASK/" + task, json("percentComplete", 50)).ok();
    ben.api().putJson("/PROJ/" + project, json("name", "No")).fails(403);
    assertThat(ben.api().get("/work/myWork").ok().data())
        .extracting(w -> w.path("ID").asText())
        .contains(task);
    String hour = WorkFixtures.createId(ben.api(), "HOUR", json("taskID", task, "hours", 1));
    assertThat(ana.api().get("/HOUR/" + hour).ok().data().path("ID").asText()).isEqualTo(hour);
  }

  @Test
  void refusesSharesOfNothingWithNobody() {
    ana.api().put("/PROJ/" + project + "/share").fails(400);
    ana.api().put("/PROJ/" + project + "/share", "accessorID", "0".repeat(32)).fails(404);
    ana.api()
        .postJson("/ACSRUL", json("securityObjID", "0".repeat(32), "accessorID", ben.id()))
        .fails(404);
    ana.api().put("/HOUR/" + "0".repeat(32) + "/share", "accessorID", ben.id()).fails(400);
    assertThat(get(ana.api(), "PROJ", project, "accessRules").path("accessRules")).isEmpty();
  }
}
