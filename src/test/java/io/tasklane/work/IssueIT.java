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

/** OPTASK: issues of projects and tasks, their statuses, owner and assignments. */
@BothEngines
class IssueIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void createsReadsEditsAndDeletesAnIssue() {
    String p = project(admin());
    JsonNode issue =
        WorkFixtures.create(
            admin(),
            "issue",
            json("name", "Login fails", "projectID", p, "severity", 4, "opTaskType", "bug"),
            "fields",
            "owner,severity,priority,opTaskType");
    String id = issue.path("ID").asText();
    assertThat(issue.path("objCode").asText()).isEqualTo("OPTASK");
    assertThat(issue.path("status").asText()).isEqualTo("NEW");
    assertThat(issue.path("opTaskType").asText()).isEqualTo("BUG");
    assertThat(issue.path("priority").asInt()).isEqualTo(2);
    assertThat(issue.path("owner").path("name").asText()).isEqualTo("System Administrator");
    JsonNode done =
        admin()
            .putJson("/OPTASK/" + id, json("status", "CPL"), "fields", "percentComplete")
            .ok()
            .data();
    assertThat(done.path("percentComplete").asDouble()).isEqualTo(100.0);
    assertThat(get(admin(), "PROJ", p, "issues").path("issues")).hasSize(1);
    admin().delete("/OPTASK/" + id).ok();
    admin().get("/OPTASK/" + id).fails(404);
  }

  @Test
  void anIssueOfATaskIsInTheTasksProject() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    JsonNode issue =
        WorkFixtures.create(
            admin(), "OPTASK", json("name", "Broken", "taskID", t), "fields", "taskID");
    assertThat(issue.path("projectID").asText()).isEqualTo(p);
    String other = project(admin());
    assertThat(
            admin()
                .postJson("/OPTASK", json("name", "x", "taskID", t, "projectID", other))
                .fails(400)
                .errorMessage())
        .contains("is in project");
    assertThat(admin().postJson("/OPTASK", json("name", "orphan")).fails(400).errorMessage())
        .contains("projectID");
  }

  @Test
  void refusesOutOfRangeSeverityAndPriority() {
    String p = project(admin());
    admin().postJson("/OPTASK", json("name", "x", "projectID", p, "severity", 9)).fails(400);
    admin().postJson("/OPTASK", json("name", "x", "projectID", p, "priority", -1)).fails(400);
    admin().postJson("/OPTASK", json("name", "x", "projectID", p, "opTaskType", "NOPE")).fails(400);
    assertThat(admin().get("/OPTASK/search", "projectID", p).ok().data()).isEmpty();
  }

  @Test
  void deletingATaskWithIssuesNeedsForce() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    String i = WorkFixtures.createId(admin(), "OPTASK", json("name", "Bug", "taskID", t));
    assertThat(admin().delete("/TASK/" + t).fails(409).errorMessage()).contains("issues");
    admin().delete("/TASK/" + t, "force", "true").ok();
    admin().get("/OPTASK/" + i).fails(404);
  }
}
