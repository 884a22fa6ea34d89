package io.tasklane.work;

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

/** CSTEM: built-in statuses and custom ones equating with them (reference §10.6). */
@BothEngines
class StatusIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void everyCustomerHasTheBuiltInStatuses() {
    JsonNode project =
        admin()
            .get(
                "/CSTEM/search",
                "enumClass",
                "STATUS_PROJ",
                "groupID_Mod",
                "isnull",
                "$$LIMIT",
                "100")
            .ok()
            .data();
    assertThat(project)
        .extracting(s -> s.path("value").asText())
        .contains("CUR", "PLN", "CPL", "DED", "ONH", "IDA", "REQ");
    JsonNode task =
        admin()
            .get("/CSTEM/search", "enumClass", "STATUS_TASK", "groupID_Mod", "isnull")
            .ok()
            .data();
    assertThat(task).extracting(s -> s.path("value").asText()).contains("NEW", "INP", "CPL");
    String builtIn = task.get(0).path("ID").asText();
    admin().delete("/CSTEM/" + builtIn).fails(422);
  }

  @Test
  void aCustomStatusIsUsableAndActsAsTheStatusItEquatesWith() {
    String group = WorkFixtures.createId(admin(), "GROUP", json("name", Fixtures.unique("Team")));
    JsonNode review =
        WorkFixtures.create(
            admin(),
            "CSTEM",
            json(
                "label",
                "In Review",
                "value",
                "rvw",
                "enumClass",
                "STATUS_TASK",
                "equatesWith",
                "INP",
                "groupID",
                group));
    assertThat(review.path("value").asText()).isEqualTo("RVW");
    assertThat(review.path("name").asText()).isEqualTo("In Review");
    String p = project(admin());
    String t = task(admin(), p, "T");
    JsonNode edited =
        admin()
            .putJson("/TASK/" + t, json("status", "RVW"), "fields", "actualStartDate")
            .ok()
            .data();
    assertThat(edited.path("status").asText()).isEqualTo("RVW");
    assertThat(edited.path("percentComplete").asDouble()).isZero();
    assertThat(edited.path("actualStartDate").isNull()).isFalse();
    assertThat(admin().delete("/CSTEM/" + review.path("ID").asText()).fails(409).errorMessage())
        .contains("in use");
    admin()
        .postJson(
            "/CSTEM",
            json(
                "label",
                "dup",
                "value",
                "RVW",
                "enumClass",
                "STATUS_TASK",
                "equatesWith",
                "INP",
                "groupID",
                group))
        .fails(409);
  }

  @Test
  void refusesMalformedCustomStatuses() {
    TestServer server = TestServer.shared(engine);
    admin()
        .postJson(
            "/CSTEM",
            json(
                "label", "x", "value", "TOOLONG", "enumClass", "STATUS_TASK", "equatesWith", "INP"))
        .fails(400);
    admin()
        .postJson("/CSTEM", json("label", "x", "value", "ABC", "enumClass", "STATUS_TASK"))
        .fails(400);
    admin()
        .postJson(
            "/CSTEM",
            json("label", "x", "value", "ABC", "enumClass", "STATUS_TASK", "equatesWith", "CUR"))
        .fails(400);
    admin()
        .postJson(
            "/CSTEM",
            json("label", "x", "value", "ABC", "enumClass", "STATUS_NOPE", "equatesWith", "INP"))
        .fails(400);
    WorkFixtures.person(server, "Standard")
        .api()
        .postJson(
            "/CSTEM",
            json("label", "x", "value", "ABC", "enumClass", "STATUS_TASK", "equatesWith", "INP"))
        .fails(403);
    assertThat(admin().get("/CSTEM/search", "value", "ABC").ok().data()).isEmpty();
  }
}
