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

/** Moving tasks and issues between projects (reference §5.6) and other work actions. */
@BothEngines
class MoveIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void movingATaskTakesItsSubtasksIssuesAssignmentsAndHours() {
    TestServer server = TestServer.shared(engine);
    String ana = WorkFixtures.person(server, "Standard").id();
    String from = project(admin());
    String to = project(admin());
    task(admin(), to, "Already there");
    String parent = task(admin(), from, "Parent", "assignedToID", ana);
    String child = task(admin(), from, "Child", "parentID", parent, "percentComplete", 50);
    String issue = WorkFixtures.createId(admin(), "OPTASK", json("name", "Bug", "taskID", parent));
    WorkFixtures.create(admin(), "HOUR", json("taskID", child, "hours", 2));
    JsonNode moved =
        admin()
            .put("/TASK/" + parent + "/move", "projectID", to, "fields", "taskNumber")
            .ok()
            .data()
            .path("result");
    assertThat(moved.path("projectID").asText()).isEqualTo(to);
    assertThat(moved.path("taskNumber").asInt()).isEqualTo(2);
    JsonNode c = get(admin(), "TASK", child, "projectID,parentID,taskNumber");
    assertThat(c.path("projectID").asText()).isEqualTo(to);
    assertThat(c.path("parentID").asText()).isEqualTo(parent);
    assertThat(get(admin(), "OPTASK", issue, "projectID").path("projectID").asText()).isEqualTo(to);
    assertThat(
            admin()
                .get("/ASSGN/search", "taskID", parent, "fields", "projectID")
                .ok()
                .data()
                .get(0)
                .path("projectID")
                .asText())
        .isEqualTo(to);
    assertThat(
            admin()
                .get("/HOUR/search", "taskID", child, "fields", "projectID")
                .ok()
                .data()
                .get(0)
                .path("projectID")
                .asText())
        .isEqualTo(to);
    assertThat(get(admin(), "PROJ", from, "percentComplete,actualWork,tasks").path("tasks"))
        .isEmpty();
    assertThat(get(admin(), "PROJ", to, "actualWork").path("actualWork").asDouble()).isEqualTo(2.0);
    assertThat(get(admin(), "PROJ", from, "actualWork").path("actualWork").asDouble()).isZero();
  }

  @Test
  void aSubtaskMovedAloneBecomesTopLevel() {
    String from = project(admin());
    String to = project(admin());
    String parent = task(admin(), from, "Parent");
    String child = task(admin(), from, "Child", "parentID", parent);
    admin().put("/TASK/" + child, "action", "move", "projectID", to).ok();
    assertThat(get(admin(), "TASK", child, "parentID").path("parentID").isNull()).isTrue();
    assertThat(get(admin(), "TASK", parent, "children").path("children")).isEmpty();
  }

  @Test
  void refusesMovesToNowhere() {
    String from = project(admin());
    String t = task(admin(), from, "T");
    admin().put("/TASK/" + t + "/move").fails(400);
    admin().put("/TASK/" + t + "/move", "projectID", "0".repeat(32)).fails(404);
    admin().put("/TASK/" + t + "/move", "projectID", "nope").fails(400);
    assertThat(get(admin(), "TASK", t, "projectID").path("projectID").asText()).isEqualTo(from);
    assertThat(admin().put("/TASK/" + t + "/teleport").fails(400).errorMessage())
        .contains("teleport")
        .contains("move");
  }

  @Test
  void movesAnIssueToAnotherProjectOrUnderATask() {
    String from = project(admin());
    String to = project(admin());
    String target = task(admin(), to, "Target");
    String issue = WorkFixtures.issue(admin(), from, "I");
    admin().put("/OPTASK/" + issue + "/move", "projectID", to).ok();
    assertThat(get(admin(), "OPTASK", issue, "projectID").path("projectID").asText()).isEqualTo(to);
    admin().put("/OPTASK/" + issue + "/move", "taskID", target).ok();
    assertThat(get(admin(), "OPTASK", issue, "taskID").path("taskID").asText()).isEqualTo(target);
  }

  @Test
  void calculateTimelineDerivesDatesAndProgressFromTasks() {
    String p = project(admin());
    String parent = task(admin(), p, "Parent");
    task(
        admin(),
        p,
        "A",
        "parentID",
        parent,
        "plannedStartDate",
        "2026-06-01T08:00:00Z",
        "plannedCompletionDate",
        "2026-06-03T17:00:00Z",
        "status",
        "CPL");
    task(
        admin(),
        p,
        "B",
        "parentID",
        parent,
        "plannedStartDate",
        "2026-06-02T08:00:00Z",
        "plannedCompletionDate",
        "2026-06-10T17:00:00Z");
    JsonNode project =
        admin()
            .put("/PROJ/" + p + "/calculateTimeline", "fields", "percentComplete")
            .ok()
            .data()
            .path("result");
    assertThat(project.path("plannedStartDate").asText()).startsWith("2026-06-01T");
    assertThat(project.path("plannedCompletionDate").asText()).startsWith("2026-06-10T");
    assertThat(project.path("percentComplete").asDouble()).isEqualTo(50.0);
    JsonNode parentTask = get(admin(), "TASK", parent, "plannedStartDate,plannedCompletionDate");
    assertThat(parentTask.path("plannedStartDate").asText()).startsWith("2026-06-01T");
    assertThat(parentTask.path("plannedCompletionDate").asText()).startsWith("2026-06-10T");
  }

  @Test
  void assignMultipleAddsUsersAndRolesAndMarkViewedStampsTheWorkItem() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    String ben = WorkFixtures.person(server, "Standard").id();
    String role =
        WorkFixtures.createId(
            admin(), "ROLE", json("name", io.tasklane.testing.Fixtures.unique("QA")));
    String p = project(admin());
    String t = task(admin(), p, "T", "assignedToID", ana.id());
    JsonNode result =
        admin()
            .put(
                "/TASK/" + t + "/assignMultiple",
                "userIDs",
                "[\"" + ana.id() + "\",\"" + ben + "\"]",
                "roleIDs",
                role,
                "fields",
                "assignments:assignedToID,assignments:roleID")
            .ok()
            .data()
            .path("result");
    assertThat(result.path("assignments")).hasSize(3);
    admin().put("/TASK/" + t + "/assignMultiple").fails(400);
    String item =
        admin()
            .get("/WRKITM/search", "objID", t, "assignedToID", ana.id())
            .ok()
            .data()
            .get(0)
            .path("ID")
            .asText();
    JsonNode viewed =
        ana.api()
            .put("/WRKITM/" + item + "/markViewed", "fields", "lastViewedDate")
            .ok()
            .data()
            .path("result");
    assertThat(viewed.path("lastViewedDate").isNull()).isFalse();
    WorkFixtures.person(server, "Standard").api().put("/WRKITM/" + item + "/markViewed").fails(403);
  }
}
