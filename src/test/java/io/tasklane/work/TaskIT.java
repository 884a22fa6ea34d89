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

/** TASK: numbering, hierarchy, progress, roll-ups and the primary assignee. */
@BothEngines
class TaskIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void numbersTasksWithinTheirProject() {
    String p1 = project(admin());
    String p2 = project(admin());
    String a = task(admin(), p1, "A");
    String b = task(admin(), p1, "B");
    String c = task(admin(), p2, "C");
    assertThat(get(admin(), "TASK", a, "taskNumber").path("taskNumber").asInt()).isEqualTo(1);
    assertThat(get(admin(), "TASK", b, "taskNumber").path("taskNumber").asInt()).isEqualTo(2);
    assertThat(get(admin(), "TASK", c, "taskNumber").path("taskNumber").asInt()).isEqualTo(1);
    admin().putJson("/TASK/" + a, json("taskNumber", 7)).fails(400);
  }

  @Test
  void concurrentCreatesInOneProjectGetDistinctNumbers() throws Exception {
    String p = project(admin());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      java.util.List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int n = i;
        futures.add(pool.submit(() -> task(admin(), p, "Parallel " + n)));
      }
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    JsonNode tasks =
        admin().get("/TASK/search", "projectID", p, "fields", "taskNumber").ok().data();
    assertThat(tasks)
        .extracting(t -> t.path("taskNumber").asInt())
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void nestsTasksWithinOneProjectWithoutCycles() {
    String p = project(admin());
    String parent = task(admin(), p, "Parent");
    String child = task(admin(), p, "Child", "parentID", parent);
    String grandchild = task(admin(), p, "Grandchild", "parentID", child);
    JsonNode tree = get(admin(), "TASK", parent, "children:children");
    assertThat(tree.path("children").get(0).path("ID").asText()).isEqualTo(child);
    assertThat(tree.path("children").get(0).path("children").get(0).path("ID").asText())
        .isEqualTo(grandchild);
    assertThat(
            admin()
                .putJson("/TASK/" + parent, json("parentID", grandchild))
                .fails(400)
                .errorMessage())
        .contains("subtask");
    admin().putJson("/TASK/" + parent, json("parentID", parent)).fails(400);
    String other = task(admin(), project(admin()), "Elsewhere");
    assertThat(admin().putJson("/TASK/" + child, json("parentID", other)).fails(400).errorMessage())
        .contains("another project");
    admin()
        .postJson("/TASK", json("name", "x", "projectID", p, "parentID", "0".repeat(32)))
        .fails(404);
  }

  @Test
  void keepsStatusAndPercentCompleteInStep() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    JsonNode half =
        admin()
            .putJson("/TASK/" + t, json("percentComplete", 40), "fields", "actualStartDate")
            .ok()
            .data();
    assertThat(half.path("status").asText()).isEqualTo("INP");
    assertThat(half.path("actualStartDate").isNull()).isFalse();
    JsonNode done =
        admin()
            .putJson("/TASK/" + t, json("status", "CPL"), "fields", "actualCompletionDate")
            .ok()
            .data();
    assertThat(done.path("percentComplete").asDouble()).isEqualTo(100.0);
    assertThat(done.path("actualCompletionDate").isNull()).isFalse();
    String fresh = task(admin(), p, "Fresh");
    assertThat(
            admin()
                .putJson("/TASK/" + fresh, json("status", "CPL", "percentComplete", 50))
                .fails(422)
                .errorMessage())
        .contains("disagree");
    admin().putJson("/TASK/" + t, json("percentComplete", 120)).fails(400);
    admin().putJson("/TASK/" + t, json("status", "DONE")).fails(400);
    assertThat(get(admin(), "TASK", t, "status").path("status").asText()).isEqualTo("CPL");
  }

  @Test
  void rollsUpParentsFromSubtasksAndRefusesHandEditsOfThem() {
    String p = project(admin());
    String parent = task(admin(), p, "Parent");
    String a = task(admin(), p, "A", "parentID", parent);
    String b = task(admin(), p, "B", "parentID", parent);
    admin().putJson("/TASK/" + a, json("status", "CPL")).ok();
    JsonNode rolled = get(admin(), "TASK", parent, "percentComplete");
    assertThat(rolled.path("percentComplete").asDouble()).isEqualTo(50.0);
    assertThat(rolled.path("status").asText()).isEqualTo("INP");
    admin().putJson("/TASK/" + b, json("status", "CPL")).ok();
    assertThat(get(admin(), "TASK", parent, "status").path("status").asText()).isEqualTo("CPL");
    assertThat(get(admin(), "PROJ", p, "percentComplete").path("percentComplete").asDouble())
        .isEqualTo(100.0);
    assertThat(
            admin()
                .putJson("/TASK/" + parent, json("percentComplete", 10))
                .fails(422)
                .errorMessage())
        .contains("subtasks");
    admin().delete("/TASK/" + b).ok();
    assertThat(get(admin(), "TASK", parent, "percentComplete").path("percentComplete").asDouble())
        .isEqualTo(100.0);
  }

  @Test
  void deletingATaskWithSubtasksNeedsForce() {
    String p = project(admin());
    String parent = task(admin(), p, "Parent");
    String child = task(admin(), p, "Child", "parentID", parent);
    assertThat(admin().delete("/TASK/" + parent).fails(409).errorMessage()).contains("children");
    admin().delete("/TASK/" + parent, "force", "true").ok();
    admin().get("/TASK/" + child).fails(404);
  }

  @Test
  void assignedToIdMakesThePrimaryAssignment() {
    TestServer server = TestServer.shared(engine);
    String p = project(admin());
    String t = task(admin(), p, "T");
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    WorkFixtures.Person ben = WorkFixtures.person(server, "Standard");
    admin().putJson("/TASK/" + t, json("assignedToID", ana.id())).ok();
    admin().postJson("/ASSGN", json("taskID", t, "assignedToID", ben.id())).ok();
    JsonNode task =
        get(admin(), "TASK", t, "assignedToID,assignments:assignedToID,assignments:isPrimary");
    assertThat(task.path("assignedToID").asText()).isEqualTo(ana.id());
    assertThat(task.path("assignments")).hasSize(2);
    admin().putJson("/TASK/" + t, json("assignedToID", ben.id())).ok();
    task = get(admin(), "TASK", t, "assignedToID,assignments:assignedToID,assignments:isPrimary");
    assertThat(task.path("assignedToID").asText()).isEqualTo(ben.id());
    for (JsonNode a : task.path("assignments")) {
      assertThat(a.path("isPrimary").asBoolean())
          .isEqualTo(a.path("assignedToID").asText().equals(ben.id()));
    }
  }

  @Test
  void replacingAssignmentsReplacesThemAndKeepsTheOnesNamedAgain() {
    TestServer server = TestServer.shared(engine);
    String p = project(admin());
    String t = task(admin(), p, "T");
    String ana = WorkFixtures.person(server, "Standard").id();
    String ben = WorkFixtures.person(server, "Standard").id();
    String cat = WorkFixtures.person(server, "Standard").id();
    admin()
        .putJson(
            "/TASK/" + t,
            "{\"assignments\":[{\"assignedToID\":\""
                + ana
                + "\"},{\"assignedToID\":\""
                + ben
                + "\"}]}")
        .ok();
    String anaAssignment =
        admin()
            .get("/ASSGN/search", "taskID", t, "assignedToID", ana)
            .ok()
            .data()
            .get(0)
            .path("ID")
            .asText();
    JsonNode after =
        admin()
            .putJson(
                "/TASK/" + t,
                "{\"assignments\":[{\"assignedToID\":\""
                    + ana
                    + "\"},{\"assignedTo\":{\"ID\":\""
                    + cat
                    + "\"}}]}",
                "fields",
                "assignments:assignedToID,assignedToID")
            .ok()
            .data();
    assertThat(after.path("assignments"))
        .extracting(a -> a.path("assignedToID").asText())
        .containsExactlyInAnyOrder(ana, cat);
    assertThat(admin().get("/ASSGN/" + anaAssignment).ok().data().path("ID").asText())
        .isEqualTo(anaAssignment);
    assertThat(after.path("assignedToID").asText()).isEqualTo(ana);
    assertThat(admin().get("/WRKITM/search", "objID", t, "assignedToID", ben).ok().data())
        .isEmpty();
    admin().putJson("/TASK/" + t, "{\"assignments\":[]}").ok();
    assertThat(get(admin(), "TASK", t, "assignedToID").path("assignedToID").isNull()).isTrue();
  }
}
