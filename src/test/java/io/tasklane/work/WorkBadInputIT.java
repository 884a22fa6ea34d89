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

/** Bad input on work objects: a Workfront-shaped error naming the problem, and nothing changed. */
@BothEngines
class WorkBadInputIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void requiredFieldsCannotBeCleared() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    assertThat(admin().putJson("/TASK/" + t, "{\"projectID\":null}").fails(400).errorMessage())
        .contains("projectID");
    assertThat(admin().putJson("/PROJ/" + p, "{\"name\":\"\"}").fails(400).errorMessage())
        .contains("name");
    String i = WorkFixtures.issue(admin(), p, "I");
    assertThat(admin().putJson("/OPTASK/" + i, "{\"opTaskType\":null}").fails(400).errorMessage())
        .contains("opTaskType");
    String a =
        WorkFixtures.createId(
            admin(),
            "ASSGN",
            json(
                "taskID",
                t,
                "roleID",
                WorkFixtures.createId(admin(), "ROLE", json("name", Fixtures.unique("r")))));
    assertThat(admin().putJson("/ASSGN/" + a, "{\"status\":null}").fails(400).errorMessage())
        .contains("status");
    String type = WorkFixtures.createId(admin(), "HOURT", json("name", Fixtures.unique("ht")));
    assertThat(admin().putJson("/HOURT/" + type, "{\"scope\":null}").fails(400).errorMessage())
        .contains("scope");
    assertThat(
            admin()
                .postJson("/CSTEM", json("label", "x", "value", "XYZ"))
                .fails(400)
                .errorMessage())
        .contains("enumClass");
    assertThat(admin().postJson("/PARAM", json("name", "a,b")).fails(400).errorMessage())
        .contains("commas");
    JsonNode task = get(admin(), "TASK", t, "projectID");
    assertThat(task.path("projectID").asText()).isEqualTo(p);
  }

  @Test
  void malformedRequestsNameTheirProblem() {
    String p = project(admin());
    assertThat(
            admin()
                .postJson("/TASK", json("name", "x", "projectID", p, "colour", "red"))
                .fails(400)
                .errorMessage())
        .contains("colour");
    assertThat(
            admin()
                .postJson("/TASK", json("name", "x", "projectID", p, "percentComplete", "lots"))
                .fails(400)
                .errorMessage())
        .contains("percentComplete");
    assertThat(
            admin()
                .postJson("/TASK", json("name", "x", "projectID", "not-an-id"))
                .fails(400)
                .errorMessage())
        .contains("not-an-id");
    admin().postJson("/TASK", json("name", "x", "projectID", "a".repeat(32))).fails(404);
    admin().get("/TASK/" + "a".repeat(32)).fails(404);
    admin().delete("/PROJ/" + "a".repeat(32)).fails(404);
    assertThat(admin().putJson("/TASK", "[{\"name\":\"no id\"}]").fails(400).errorMessage())
        .contains("ID");
    assertThat(
            admin()
                .postJson("/PROJ", json("name", "x"), "copySourceID", "bad")
                .fails(400)
                .errorMessage())
        .contains("bad");
    assertThat(admin().get("/PROJ/" + p, "fields", "tasks:nosuch").fails(400).errorMessage())
        .contains("nosuch");
    assertThat(admin().get("/TASK/search", "nosuch", "1").fails(400).errorMessage())
        .contains("nosuch");
    assertThat(
            admin()
                .get("/TASK/search", "percentComplete", "x", "percentComplete_Mod", "gt")
                .fails(400)
                .errorMessage())
        .contains("percentComplete");
    admin().putJson("/PROJ/" + p, "{\"tasks\":[]}").fails(400);
    admin()
        .putJson("/TASK/" + task(admin(), p, "T"), "{\"assignments\":{\"assignedToID\":\"x\"}}")
        .fails(400);
    assertThat(get(admin(), "PROJ", p, "tasks").path("tasks")).hasSize(1);
  }
}
