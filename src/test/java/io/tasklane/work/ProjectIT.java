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
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** PROJ through the generic API: create, read, edit, delete, statuses, roll-ups and journal. */
@BothEngines
class ProjectIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void createsAPlanningProjectOwnedByItsCreator() {
    String name = Fixtures.unique("Launch");
    JsonNode p =
        WorkFixtures.create(
            admin(),
            "PROJ",
            json("name", name, "description", "Q3 launch", "priority", 3),
            "fields",
            "owner,priority,description,percentComplete");
    assertThat(p.path("objCode").asText()).isEqualTo("PROJ");
    assertThat(p.path("ID").asText()).matches("[0-9a-f]{32}");
    assertThat(p.path("status").asText()).isEqualTo("PLN");
    assertThat(p.path("priority").asInt()).isEqualTo(3);
    assertThat(p.path("percentComplete").asDouble()).isZero();
    assertThat(p.path("owner").path("name").asText()).isEqualTo("System Administrator");
  }

  @Test
  void readsEditsAndDeletesAProject() {
    String id = project(admin());
    JsonNode edited =
        admin()
            .putJson(
                "/PROJ/" + id,
                json("status", "cur", "name", "Renamed"),
                "fields",
                "actualStartDate")
            .ok()
            .data();
    assertThat(edited.path("status").asText()).isEqualTo("CUR");
    assertThat(edited.path("name").asText()).isEqualTo("Renamed");
    assertThat(edited.path("actualStartDate").asText()).isNotEmpty().isNotEqualTo("null");
    assertThat(admin().get("/project/search", "name", "Renamed", "ID", id).ok().data()).hasSize(1);
    admin().delete("/PROJ/" + id).ok();
    admin().get("/PROJ/" + id).fails(404);
  }

  @Test
  void refusesUnknownStatusesAndFieldsWithoutChangingAnything() {
    String id = project(admin(), "Untouched");
    assertThat(admin().putJson("/PROJ/" + id, json("status", "XYZ")).fails(400).errorMessage())
        .contains("XYZ")
        .contains("CUR");
    assertThat(admin().putJson("/PROJ/" + id, json("bogus", 1)).fails(400).errorMessage())
        .contains("bogus");
    assertThat(
            admin().putJson("/PROJ/" + id, json("percentComplete", 50)).fails(400).errorMessage())
        .contains("read-only");
    assertThat(admin().postJson("/PROJ", json("description", "no name")).fails(400).errorMessage())
        .contains("name");
    JsonNode p = get(admin(), "PROJ", id, "status,percentComplete");
    assertThat(p.path("status").asText()).isEqualTo("PLN");
    assertThat(p.path("name").asText()).isEqualTo("Untouched");
  }

  @Test
  void rollsUpPercentCompleteAndWorkFromTopLevelTasks() {
    String id = project(admin());
    String a = task(admin(), id, "A", "work", 30);
    task(admin(), id, "B", "work", 10);
    admin().putJson("/TASK/" + a, json("percentComplete", 50)).ok();
    JsonNode p = get(admin(), "PROJ", id, "percentComplete,work");
    // weighted by planned work: (50*30 + 0*10) / 40
    assertThat(p.path("percentComplete").asDouble()).isEqualTo(37.5);
    assertThat(p.path("work").asDouble()).isEqualTo(40.0);
  }

  @Test
  void deletingAProjectWithTasksNeedsForceWhichRemovesThemAll() {
    String id = project(admin());
    String parent = task(admin(), id, "Parent");
    String child = task(admin(), id, "Child", "parentID", parent);
    String issue = WorkFixtures.issue(admin(), id, "Bug");
    admin().putJson("/TASK/" + child, json("assignedToID", adminId())).ok();
    String message = admin().delete("/PROJ/" + id).fails(409).errorMessage();
    assertThat(message).contains("tasks").contains("force=true");
    assertThat(get(admin(), "TASK", child, "ID").path("ID").asText()).isEqualTo(child);

    admin().delete("/PROJ/" + id, "force", "true").ok();
    admin().get("/PROJ/" + id).fails(404);
    admin().get("/TASK/" + parent).fails(404);
    admin().get("/TASK/" + child).fails(404);
    admin().get("/OPTASK/" + issue).fails(404);
    assertThat(admin().get("/ASSGN/search", "projectID", id).ok().data()).isEmpty();
    assertThat(admin().get("/WRKITM/search", "objID", child).ok().data()).isEmpty();
  }

  @Test
  void journalsStatusAndOwnerChanges() {
    String id = project(admin());
    admin().putJson("/PROJ/" + id, json("status", "CUR")).ok();
    JsonNode entries =
        admin()
            .get(
                "/JRNLE/search",
                "objID",
                id,
                "fieldName",
                "status",
                "fields",
                "oldTextVal,newTextVal")
            .ok()
            .data();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("oldTextVal").asText()).isEqualTo("PLN");
    assertThat(entries.get(0).path("newTextVal").asText()).isEqualTo("CUR");
  }

  private String adminId() {
    return admin()
        .get("/USER/search", "filters", "{\"username\":\"admin\"}")
        .ok()
        .data()
        .get(0)
        .path("ID")
        .asText();
  }
}
