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

/** Named queries of reference §4.7: work/myWork and the CSTEM group statuses. */
@BothEngines
class NamedQueryIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void myWorkListsTheCallersOpenTasksAndIssues() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    String ben = WorkFixtures.person(server, "Standard").id();
    String p = project(admin());
    String open = task(admin(), p, "Open task", "assignedToID", ana.id(), "priority", 4);
    String issue = WorkFixtures.issue(admin(), p, "Open issue", "assignedToID", ana.id());
    task(admin(), p, "Done task", "assignedToID", ana.id(), "status", "CPL");
    task(admin(), p, "Ben's task", "assignedToID", ben);
    String markedDone = task(admin(), p, "Marked done", "assignedToID", ana.id());
    String item =
        admin().get("/WRKITM/search", "objID", markedDone).ok().data().get(0).path("ID").asText();
    ana.api().putJson("/WRKITM/" + item, json("isMarkedAsDone", true)).ok();

    JsonNode mine = ana.api().get("/work/myWork", "fields", "priority,project:name").ok().data();
    assertThat(mine).extracting(w -> w.path("ID").asText()).containsExactlyInAnyOrder(open, issue);
    JsonNode first = mine.get(0);
    assertThat(first.path("objCode").asText()).isEqualTo("WORK");
    assertThat(first.path("project").path("ID").asText()).isEqualTo(p);
    JsonNode urgent =
        ana.api().get("/WORK/myWork", "priority", "4", "objObjCode", "TASK").ok().data();
    assertThat(urgent).extracting(w -> w.path("ID").asText()).containsExactly(open);
    assertThat(ana.api().get("/work/myWork", "nosuchfield", "1").fails(400).errorMessage())
        .contains("nosuchfield");
    assertThat(admin().get("/work/myWork").ok().data())
        .extracting(w -> w.path("ID").asText())
        .doesNotContain(open);
  }

  @Test
  void groupStatusesAreTheBuiltInOnesPlusTheGroupsOwn() {
    String group = WorkFixtures.createId(admin(), "GROUP", json("name", Fixtures.unique("Ops")));
    String other = WorkFixtures.createId(admin(), "GROUP", json("name", Fixtures.unique("Other")));
    WorkFixtures.create(
        admin(),
        "CSTEM",
        json(
            "label",
            "Waiting",
            "value",
            "WTG",
            "enumClass",
            "STATUS_TASK",
            "equatesWith",
            "INP",
            "groupID",
            group));
    WorkFixtures.create(
        admin(),
        "CSTEM",
        json(
            "label",
            "Parked",
            "value",
            "PRK",
            "enumClass",
            "STATUS_TASK",
            "equatesWith",
            "NEW",
            "groupID",
            group,
            "isHidden",
            true));
    WorkFixtures.create(
        admin(),
        "CSTEM",
        json(
            "label",
            "Elsewhere",
            "value",
            "ELS",
            "enumClass",
            "STATUS_TASK",
            "equatesWith",
            "INP",
            "groupID",
            other));
    JsonNode statuses = admin().get("/CSTEM/taskGroupStatuses", "groupID", group).ok().data();
    assertThat(statuses)
        .extracting(s -> s.path("value").asText())
        .containsExactly("NEW", "INP", "CPL", "WTG");
    JsonNode hidden =
        admin()
            .get("/CSTEM/taskGroupStatuses", "groupID", group, "includeHidden", "true")
            .ok()
            .data();
    assertThat(hidden).extracting(s -> s.path("value").asText()).contains("PRK");
    JsonNode projects = admin().get("/CSTEM/projectGroupStatuses").ok().data();
    assertThat(projects)
        .extracting(s -> s.path("value").asText())
        .containsExactly("CUR", "PLN", "CPL", "DED", "ONH", "IDA", "REQ");
    assertThat(
            admin()
                .get("/CSTEM/opTaskGroupStatuses", "fields", "equatesWith")
                .ok()
                .data()
                .get(0)
                .has("equatesWith"))
        .isTrue();
    assertThat(admin().get("/CSTEM/noSuchStatuses").fails(404).errorMessage())
        .contains("taskGroupStatuses");
  }
}
