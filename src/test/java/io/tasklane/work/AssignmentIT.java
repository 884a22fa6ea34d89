package io.tasklane.work;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.project;
import static io.tasklane.testing.WorkFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** ASSGN created and edited directly, and the work items that follow them. */
@BothEngines
class AssignmentIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void createsEditsAndDeletesAnAssignmentWithItsWorkItem() {
    TestServer server = TestServer.shared(engine);
    String p = project(admin());
    String t = task(admin(), p, "T");
    String ana = WorkFixtures.person(server, "Standard").id();
    String ben = WorkFixtures.person(server, "Standard").id();
    JsonNode a =
        WorkFixtures.create(
            admin(),
            "ASSGN",
            json("taskID", t, "assignedToID", ana, "assignmentPercent", 50),
            "fields",
            "projectID,assignedBy,isPrimary,status");
    String id = a.path("ID").asText();
    assertThat(a.path("projectID").asText()).isEqualTo(p);
    assertThat(a.path("assignmentPercent").asDouble()).isEqualTo(50.0);
    assertThat(a.path("status").asText()).isEqualTo("NEW");
    assertThat(a.path("isPrimary").asBoolean()).isTrue();
    assertThat(a.path("assignedBy").path("name").asText()).isEqualTo("System Administrator");
    assertThat(admin().get("/WRKITM/search", "objID", t, "assignedToID", ana).ok().data())
        .hasSize(1);
    assertThat(get(admin(), "TASK", t, "assignedToID").path("assignedToID").asText())
        .isEqualTo(ana);

    admin().putJson("/ASSGN/" + id, json("assignedToID", ben, "status", "INP")).ok();
    assertThat(admin().get("/WRKITM/search", "objID", t, "assignedToID", ana).ok().data())
        .isEmpty();
    assertThat(admin().get("/WRKITM/search", "objID", t, "assignedToID", ben).ok().data())
        .hasSize(1);
    assertThat(get(admin(), "TASK", t, "assignedToID").path("assignedToID").asText())
        .isEqualTo(ben);

    admin().delete("/ASSGN/" + id).ok();
    assertThat(admin().get("/WRKITM/search", "objID", t).ok().data()).isEmpty();
    assertThat(get(admin(), "TASK", t, "assignedToID").path("assignedToID").isNull()).isTrue();
  }

  @Test
  void refusesMalformedAssignments() {
    TestServer server = TestServer.shared(engine);
    String p = project(admin());
    String t = task(admin(), p, "T");
    String i = WorkFixtures.issue(admin(), p, "I");
    String ana = WorkFixtures.person(server, "Standard").id();
    assertThat(admin().postJson("/ASSGN", json("assignedToID", ana)).fails(400).errorMessage())
        .contains("exactly one");
    admin().postJson("/ASSGN", json("taskID", t, "opTaskID", i, "assignedToID", ana)).fails(400);
    assertThat(admin().postJson("/ASSGN", json("taskID", t)).fails(400).errorMessage())
        .contains("roleID");
    admin().postJson("/ASSGN", json("taskID", t, "assignedToID", "f".repeat(32))).fails(404);
    admin()
        .postJson("/ASSGN", json("taskID", t, "assignedToID", ana, "assignmentPercent", 150))
        .fails(400);
    admin().postJson("/ASSGN", json("taskID", t, "assignedToID", ana)).ok();
    assertThat(
            admin()
                .postJson("/ASSGN", json("taskID", t, "assignedToID", ana))
                .fails(409)
                .errorMessage())
        .contains("already assigned");
    String a = admin().get("/ASSGN/search", "taskID", t).ok().data().get(0).path("ID").asText();
    admin().putJson("/ASSGN/" + a, json("taskID", project(admin()))).fails(400);
    assertThat(admin().get("/ASSGN/search", "taskID", t).ok().data()).hasSize(1);
  }

  @Test
  void assignsAJobRoleAndIssuesToo() {
    TestServer server = TestServer.shared(engine);
    String p = project(admin());
    String i = WorkFixtures.issue(admin(), p, "I");
    String role =
        WorkFixtures.createId(
            admin(), "ROLE", json("name", io.tasklane.testing.Fixtures.unique("Role")));
    WorkFixtures.create(admin(), "ASSGN", json("opTaskID", i, "roleID", role));
    String ana = WorkFixtures.person(server, "Standard").id();
    admin().putJson("/OPTASK/" + i, json("assignedToID", ana)).ok();
    JsonNode issue =
        get(admin(), "OPTASK", i, "assignments:roleID,assignments:assignedToID,assignedToID");
    assertThat(issue.path("assignments")).hasSize(2);
    assertThat(issue.path("assignedToID").asText()).isEqualTo(ana);
    assertThat(
            admin()
                .get("/WORK/search", "ID", i, "fields", "objObjCode,workItems:assignedToID")
                .ok()
                .data()
                .get(0)
                .path("objObjCode")
                .asText())
        .isEqualTo("OPTASK");
  }
}
