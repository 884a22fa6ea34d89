package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.users.Leavers.count;
import static io.tasklane.users.Leavers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.users.Leavers.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The one assignment guard on every work path (issue 5 point 4; reference §7.2 "cannot be
 * assigned"): after deactivation the leaver is refused with one error class and message on ASSGN
 * create and edit, the {@code assignments} collections of tasks and issues, {@code assignedToID},
 * bulk create and edit, batches (atomic or not) and copies; nothing changes, and the assignments
 * they held before stay as they were.
 */
@BothEngines
class AssignmentGuardIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void refusesAssignmentsCreatedOrEditedDirectly() {
    Scene s = Leavers.scene(admin());
    String fresh = WorkFixtures.task(admin(), s.project(), "Fresh");
    refused(
        admin().postJson("/ASSGN", json("taskID", fresh, "assignedToID", s.leaver())), s.leaver());
    String freshIssue = WorkFixtures.issue(admin(), s.project(), "Fresh");
    refused(
        admin().postJson("/ASSGN", json("opTaskID", freshIssue, "assignedToID", s.leaver())),
        s.leaver());
    String anas =
        WorkFixtures.createId(admin(), "ASSGN", json("taskID", fresh, "assignedToID", s.ana()));
    refused(admin().putJson("/ASSGN/" + anas, json("assignedToID", s.leaver())), s.leaver());

    assertThat(count(admin(), "ASSGN", "taskID", fresh)).isEqualTo(1);
    assertThat(count(admin(), "ASSGN", "opTaskID", freshIssue)).isZero();
    assertThat(
            WorkFixtures.get(admin(), "ASSGN", anas, "assignedToID").path("assignedToID").asText())
        .isEqualTo(s.ana());
    assertUntouched(s);
  }

  @Test
  void refusesTheLeaverInAReplacedAssignmentsCollectionButKeepsTheirExistingOne() {
    Scene s = Leavers.scene(admin());
    String other = WorkFixtures.task(admin(), s.project(), "Other", "assignedToID", s.ana());
    String both =
        "{\"assignments\":[{\"assignedToID\":\""
            + s.ana()
            + "\"},{\"assignedToID\":\""
            + s.leaver()
            + "\"}]}";
    refused(admin().putJson("/TASK/" + other, both), s.leaver());
    String otherIssue = WorkFixtures.issue(admin(), s.project(), "Other", "assignedToID", s.ana());
    refused(admin().putJson("/OPTASK/" + otherIssue, both), s.leaver());
    refused(
        admin()
            .postJson(
                "/TASK",
                "{\"name\":\"New\",\"projectID\":\""
                    + s.project()
                    + "\",\"assignments\":[{\"assignedToID\":\""
                    + s.leaver()
                    + "\"}]}"),
        s.leaver());
    assertThat(count(admin(), "ASSGN", "taskID", other)).isEqualTo(1);
    assertThat(count(admin(), "ASSGN", "opTaskID", otherIssue)).isEqualTo(1);
    assertThat(count(admin(), "TASK", "projectID", s.project(), "name", "New")).isZero();

    // Sending the collection back with the leaver's existing assignment keeps it: no new work.
    admin().putJson("/TASK/" + s.task(), both).ok();
    assertThat(count(admin(), "ASSGN", "taskID", s.task())).isEqualTo(2);
    assertUntouched(s);
  }

  @Test
  void refusesTheLeaverAsAssignedToOfTasksAndIssues() {
    Scene s = Leavers.scene(admin());
    String t = WorkFixtures.task(admin(), s.project(), "T", "assignedToID", s.ana());
    String i = WorkFixtures.issue(admin(), s.project(), "I");
    refused(admin().putJson("/TASK/" + t, json("assignedToID", s.leaver())), s.leaver());
    refused(admin().putJson("/OPTASK/" + i, json("assignedToID", s.leaver())), s.leaver());
    refused(
        admin()
            .postJson(
                "/TASK", json("name", "N", "projectID", s.project(), "assignedToID", s.leaver())),
        s.leaver());
    refused(
        admin()
            .postJson(
                "/OPTASK", json("name", "N", "projectID", s.project(), "assignedToID", s.leaver())),
        s.leaver());
    assertThat(WorkFixtures.get(admin(), "TASK", t, "assignedToID").path("assignedToID").asText())
        .isEqualTo(s.ana());
    assertThat(WorkFixtures.get(admin(), "OPTASK", i, "assignedToID").path("assignedToID").isNull())
        .isTrue();
    assertThat(count(admin(), "ASSGN", "assignedToID", s.leaver())).isEqualTo(2);
    assertUntouched(s);
  }

  @Test
  void refusesBulkCreatesAndEditsAsAWhole() {
    Scene s = Leavers.scene(admin());
    String a = WorkFixtures.task(admin(), s.project(), "A");
    String b = WorkFixtures.task(admin(), s.project(), "B");
    String bulkCreate =
        "[{\"taskID\":\""
            + a
            + "\",\"assignedToID\":\""
            + s.ana()
            + "\"},{\"taskID\":\""
            + b
            + "\",\"assignedToID\":\""
            + s.leaver()
            + "\"}]";
    refused(admin().postJson("/ASSGN", bulkCreate), s.leaver());
    String bulkEdit =
        "[{\"ID\":\""
            + a
            + "\",\"assignedToID\":\""
            + s.ana()
            + "\"},{\"ID\":\""
            + b
            + "\",\"assignedToID\":\""
            + s.leaver()
            + "\"}]";
    refused(admin().putJson("/TASK", bulkEdit), s.leaver());
    assertThat(count(admin(), "ASSGN", "taskID", a)).isZero();
    assertThat(count(admin(), "ASSGN", "taskID", b)).isZero();
    assertUntouched(s);
  }

  @Test
  void refusesInBatchesAtomicOrNot() {
    Scene s = Leavers.scene(admin());
    String a = WorkFixtures.task(admin(), s.project(), "A");
    String good = "/ASSGN?method=POST&updates=" + json("taskID", a, "assignedToID", s.ana());
    String bad = "/TASK/" + a + "?method=PUT&updates=" + json("assignedToID", s.leaver());
    refused(admin().form("POST", "/batch", "uri", good, "uri", bad, "atomic", "true"), s.leaver());
    assertThat(count(admin(), "ASSGN", "taskID", a)).isZero();

    JsonNode replies =
        admin().form("POST", "/batch", "uri", good, "uri", bad, "atomic", "false").ok().data();
    assertThat(replies.get(0).path("data").path("assignedToID").asText()).isEqualTo(s.ana());
    Leavers.refusedInBatch(replies.get(1), s.leaver());
    assertThat(WorkFixtures.get(admin(), "TASK", a, "assignedToID").path("assignedToID").asText())
        .isEqualTo(s.ana());
    assertUntouched(s);
  }

  @Test
  void refusesCopiesThatWouldAssignTheLeaverUnlessAssignmentsAreCleared() {
    Scene s = Leavers.scene(admin());
    refused(admin().postJson("/TASK", json("name", "Copy"), "copySourceID", s.task()), s.leaver());
    // The copied project would be owned by the leaver too; naming another owner is not enough.
    refused(
        admin().postJson("/PROJ", json("name", "Copy"), "copySourceID", s.project()), s.leaver());
    refused(
        admin()
            .postJson(
                "/PROJ", json("name", "Copy", "ownerID", s.ana()), "copySourceID", s.project()),
        s.leaver());
    assertThat(count(admin(), "PROJ", "name", "Copy", "ownerID", s.ana())).isZero();

    JsonNode copy =
        admin()
            .postJson(
                "/PROJ",
                json("name", "Copy", "ownerID", s.ana()),
                "copySourceID",
                s.project(),
                "options",
                "[\"clearAssignments\"]",
                "fields",
                "tasks:assignedToID")
            .ok()
            .data();
    assertThat(copy.path("tasks")).hasSize(1);
    assertThat(copy.path("tasks").get(0).path("assignedToID").isNull()).isTrue();
    assertUntouched(s);
  }

  /** What the leaver held before deactivation is as it was. */
  private void assertUntouched(Scene s) {
    JsonNode ta = WorkFixtures.get(admin(), "ASSGN", s.taskAssignment(), "assignedToID,status");
    assertThat(ta.path("assignedToID").asText()).isEqualTo(s.leaver());
    assertThat(ta.path("status").asText()).isEqualTo("NEW");
    assertThat(
            WorkFixtures.get(admin(), "ASSGN", s.issueAssignment(), "assignedToID")
                .path("assignedToID")
                .asText())
        .isEqualTo(s.leaver());
    assertThat(
            WorkFixtures.get(admin(), "TASK", s.task(), "assignedToID")
                .path("assignedToID")
                .asText())
        .isEqualTo(s.leaver());
    assertThat(
            WorkFixtures.get(admin(), "OPTASK", s.issue(), "assignedToID")
                .path("assignedToID")
                .asText())
        .isEqualTo(s.leaver());
    assertThat(WorkFixtures.get(admin(), "PROJ", s.project(), "ownerID").path("ownerID").asText())
        .isEqualTo(s.leaver());
    assertThat(count(admin(), "WRKITM", "assignedToID", s.leaver())).isEqualTo(2);
  }
}
