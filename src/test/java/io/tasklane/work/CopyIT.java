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
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Copies (reference §5.2): projects with their tasks, tasks, and issues with copyIssue. */
@BothEngines
class CopyIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void aCopiedProjectHasFreshIdsAndItsOwnTasks() {
    TestServer server = TestServer.shared(engine);
    String ana = WorkFixtures.person(server, "Standard").id();
    String source = project(admin(), "Original");
    String parent = task(admin(), source, "Parent", "work", 8);
    String child =
        task(admin(), source, "Child", "parentID", parent, "work", 8, "assignedToID", ana);
    task(admin(), source, "Solo", "percentComplete", 100);
    String fields =
        "tasks:parentID,tasks:assignedToID,tasks:taskNumber,tasks:status,tasks:projectID";
    JsonNode copy =
        admin()
            .postJson(
                "/PROJ", json("name", "Copy of Original"), "copySourceID", source, "fields", fields)
            .ok()
            .data();
    String copyId = copy.path("ID").asText();
    assertThat(copyId).isNotEqualTo(source);
    assertThat(copy.path("name").asText()).isEqualTo("Copy of Original");
    JsonNode tasks = copy.path("tasks");
    assertThat(tasks).hasSize(3);
    Set<String> originals = Set.of(parent, child);
    Set<String> copies = new HashSet<>();
    for (JsonNode t : tasks) {
      assertThat(originals).doesNotContain(t.path("ID").asText());
      assertThat(t.path("projectID").asText()).isEqualTo(copyId);
      copies.add(t.path("ID").asText());
    }
    JsonNode copiedChild = tasks.get(1);
    assertThat(copiedChild.path("name").asText()).isEqualTo("Child");
    assertThat(copiedChild.path("parentID").asText()).isEqualTo(tasks.get(0).path("ID").asText());
    assertThat(copiedChild.path("assignedToID").asText()).isEqualTo(ana);
    assertThat(tasks).extracting(t -> t.path("taskNumber").asInt()).containsExactly(1, 2, 3);
    assertThat(tasks.get(2).path("status").asText()).isEqualTo("CPL");
    // the original is untouched and the copy is independent
    admin().delete("/PROJ/" + copyId, "force", "true").ok();
    assertThat(get(admin(), "PROJ", source, "tasks").path("tasks")).hasSize(3);
    assertThat(admin().get("/ASSGN/search", "taskID", child).ok().data()).hasSize(1);
  }

  @Test
  void copyOptionsClearAssignmentsAndProgress() {
    TestServer server = TestServer.shared(engine);
    String ana = WorkFixtures.person(server, "Standard").id();
    String source = project(admin());
    task(admin(), source, "Done", "percentComplete", 100, "assignedToID", ana);
    JsonNode copy =
        admin()
            .form(
                "POST", "/PROJ",
                "copySourceID", source,
                "updates", json("name", "Fresh start"),
                "options", "[\"clearAssignments\",\"clearProgress\",\"clearApprovers\"]",
                "fields", "tasks:status,tasks:percentComplete,tasks:assignedToID,tasks:assignments")
            .ok()
            .data();
    JsonNode t = copy.path("tasks").get(0);
    assertThat(t.path("status").asText()).isEqualTo("NEW");
    assertThat(t.path("percentComplete").asDouble()).isZero();
    assertThat(t.path("assignedToID").isNull()).isTrue();
    assertThat(t.path("assignments")).isEmpty();
    assertThat(copy.path("percentComplete").asDouble()).isZero();
    assertThat(
            admin()
                .postJson(
                    "/PROJ",
                    json("name", "x"),
                    "copySourceID",
                    source,
                    "options",
                    "[\"clearEverything\"]")
                .fails(400)
                .errorMessage())
        .contains("clearEverything");
    admin().postJson("/PROJ", json("name", "x"), "copySourceID", "0".repeat(32)).fails(404);
    admin().postJson("/HOUR", json("hours", 1), "copySourceID", source).fails(405);
  }

  @Test
  void copyIssueHonoursItsBitFlags() {
    TestServer server = TestServer.shared(engine);
    String ana = WorkFixtures.person(server, "Standard").id();
    String p = project(admin());
    String target = project(admin());
    String issue = WorkFixtures.issue(admin(), p, "Crash", "assignedToID", ana, "status", "INP");
    WorkFixtures.create(
        admin(), "NOTE", json("noteObjCode", "OPTASK", "objID", issue, "noteText", "seen it"));
    JsonNode full =
        admin()
            .put(
                "/OPTASK/" + issue + "/copyIssue",
                "options",
                "0",
                "name",
                "Crash again",
                "fields",
                "assignedToID,status,projectID")
            .ok()
            .data()
            .path("result");
    String fullId = full.path("ID").asText();
    assertThat(fullId).isNotEqualTo(issue);
    assertThat(full.path("name").asText()).isEqualTo("Crash again");
    assertThat(full.path("assignedToID").asText()).isEqualTo(ana);
    assertThat(full.path("status").asText()).isEqualTo("INP");
    assertThat(admin().get("/NOTE/search", "objID", fullId).ok().data()).hasSize(1);

    JsonNode bare =
        admin()
            .put(
                "/OPTASK/" + issue + "/copyIssue",
                "options",
                String.valueOf(2 + 4 + 65536),
                "projectID",
                target,
                "fields",
                "assignedToID,status,projectID,assignments")
            .ok()
            .data()
            .path("result");
    assertThat(bare.path("projectID").asText()).isEqualTo(target);
    assertThat(bare.path("assignedToID").isNull()).isTrue();
    assertThat(bare.path("assignments")).isEmpty();
    assertThat(bare.path("status").asText()).isEqualTo("NEW");
    assertThat(admin().get("/NOTE/search", "objID", bare.path("ID").asText()).ok().data())
        .isEmpty();
    admin().put("/OPTASK/" + issue + "/copyIssue", "options", "1").fails(400);
    admin().put("/OPTASK/" + issue + "/copyIssue", "options", "many").fails(400);
  }
}
