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
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The one assignment guard (DESIGN.md invariant 3) on every write path of the work model: a user
 * deactivated with {@code PUT /USER/<id> {"isActive":false}} cannot be given new work or access;
 * what they already had stays.
 */
@BothEngines
class AssignmentGuardIT {
  @Parameter Engine engine;

  private TestServer server;
  private String gone;
  private String active;
  private String project;
  private String task;

  private Api admin() {
    return server.admin();
  }

  @BeforeEach
  void deactivatedUserWithHistory() {
    server = TestServer.shared(engine);
    gone = WorkFixtures.person(server, "Standard").id();
    active = WorkFixtures.person(server, "Standard").id();
    project = project(admin());
    task = task(admin(), project, "Existing work", "assignedToID", gone);
    admin().putJson("/USER/" + gone, json("isActive", false)).ok();
  }

  private void refused(Response r) {
    r.fails(422);
    assertThat(r.errorClass()).isEqualTo("com.attask.common.InactiveUserException");
    assertThat(r.errorMessage()).contains(gone);
  }

  @Test
  void directAssignmentsAreRefused() {
    String other = task(admin(), project, "Other");
    refused(admin().postJson("/ASSGN", json("taskID", other, "assignedToID", gone)));
    String mine =
        WorkFixtures.createId(admin(), "ASSGN", json("taskID", other, "assignedToID", active));
    refused(admin().putJson("/ASSGN/" + mine, json("assignedToID", gone)));
    refused(admin().putJson("/ASSGN/" + mine, json("assignedTo", WorkFixtures.node("ID", gone))));
    assertThat(admin().get("/ASSGN/search", "taskID", other, "fields", "assignedToID").ok().data())
        .extracting(a -> a.path("assignedToID").asText())
        .containsExactly(active);
  }

  @Test
  void assignmentCollectionsAndAssignedToAreRefused() {
    String other = task(admin(), project, "Other");
    refused(
        admin()
            .putJson("/TASK/" + other, "{\"assignments\":[{\"assignedToID\":\"" + gone + "\"}]}"));
    refused(admin().putJson("/TASK/" + other, json("assignedToID", gone)));
    refused(
        admin().postJson("/TASK", json("name", "new", "projectID", project, "assignedToID", gone)));
    String issue = WorkFixtures.issue(admin(), project, "Issue");
    refused(admin().putJson("/OPTASK/" + issue, json("assignedToID", gone)));
    refused(
        admin()
            .putJson(
                "/OPTASK/" + issue, "{\"assignments\":[{\"assignedToID\":\"" + gone + "\"}]}"));
    refused(admin().put("/TASK/" + other + "/assignMultiple", "userIDs", active + "," + gone));
    assertThat(admin().get("/ASSGN/search", "taskID", other).ok().data()).isEmpty();
    assertThat(admin().get("/ASSGN/search", "opTaskID", issue).ok().data()).isEmpty();
  }

  @Test
  void bulkBatchAndCopyAreRefused() {
    String tag = Fixtures.unique("guarded");
    String bulk =
        "["
            + json("name", tag + "-a", "projectID", project)
            + ","
            + json("name", tag + "-b", "projectID", project, "assignedToID", gone)
            + "]";
    refused(admin().postJson("/TASK", bulk, "atomic", "true"));
    refused(admin().postJson("/TASK", bulk));
    refused(
        admin()
            .form(
                "POST",
                "/batch",
                "atomic",
                "true",
                "uri",
                "TASK?method=POST&name=" + tag + "-c&projectID=" + project,
                "uri",
                "ASSGN?method=POST&taskID=" + task + "&assignedToID=" + gone));
    JsonNode perItem =
        admin()
            .form(
                "POST",
                "/batch",
                "uri",
                "/TASK/" + task + "?method=PUT&fields=assignedToID",
                "uri",
                "/ASSGN?method=POST&opTaskID="
                    + WorkFixtures.issue(admin(), project, "I")
                    + "&assignedToID="
                    + gone)
            .ok()
            .data();
    assertThat(perItem.get(1).path("error").path("class").asText())
        .isEqualTo("com.attask.common.InactiveUserException");
    assertThat(
            admin()
                .get("/TASK/count", "name", tag, "name_Mod", "contains")
                .ok()
                .data()
                .path("count")
                .asInt())
        .isZero();
    refused(admin().postJson("/PROJ", json("name", "copy"), "copySourceID", project));
    admin()
        .postJson(
            "/PROJ",
            json("name", "copy"),
            "copySourceID",
            project,
            "options",
            "[\"clearAssignments\"]")
        .ok();
    String withGone = WorkFixtures.issue(admin(), project, "Old issue");
    admin().putJson("/USER/" + gone, json("isActive", true)).ok();
    admin().putJson("/OPTASK/" + withGone, json("assignedToID", gone)).ok();
    admin().putJson("/USER/" + gone, json("isActive", false)).ok();
    refused(admin().put("/OPTASK/" + withGone + "/copyIssue", "options", "0"));
    admin().put("/OPTASK/" + withGone + "/copyIssue", "options", "2").ok();
  }

  @Test
  void sharesTagsOwnersAndTemplatesAreRefused() {
    refused(
        admin().put("/PROJ/" + project + "/share", "accessorID", gone, "accessorObjCode", "USER"));
    refused(
        admin()
            .putJson("/PROJ/" + project, "{\"accessRules\":[{\"accessorID\":\"" + gone + "\"}]}"));
    refused(admin().postJson("/ACSRUL", json("securityObjID", task, "accessorID", gone)));
    refused(
        admin()
            .postJson(
                "/NOTE",
                "{\"noteObjCode\":\"TASK\",\"objID\":\""
                    + task
                    + "\",\"noteText\":\"hi\",\"tags\":[{\"objID\":\""
                    + gone
                    + "\"}]}"));
    refused(admin().postJson("/PROJ", json("name", "theirs", "ownerID", gone)));
    refused(admin().putJson("/PROJ/" + project, json("ownerID", gone)));
    refused(admin().postJson("/TMPL", json("name", "t", "ownerID", gone)));
    String issue = WorkFixtures.issue(admin(), project, "Owned");
    refused(admin().postJson("/OPTASK", json("name", "i", "projectID", project, "ownerID", gone)));
    refused(admin().putJson("/OPTASK/" + issue, json("ownerID", gone)));
    refused(admin().postJson("/TEAMOB", json("name", Fixtures.unique("team"), "ownerID", gone)));
    String team = WorkFixtures.createId(admin(), "TEAMOB", json("name", Fixtures.unique("team")));
    refused(admin().putJson("/TEAMOB/" + team, json("ownerID", gone)));
    assertThat(get(admin(), "OPTASK", issue, "ownerID").path("ownerID").asText())
        .isNotEqualTo(gone);
    assertThat(get(admin(), "TEAMOB", team, "ownerID").path("ownerID").asText()).isNotEqualTo(gone);
    assertThat(admin().get("/OPTASK/search", "projectID", project, "ownerID", gone).ok().data())
        .isEmpty();
    String tmpl = WorkFixtures.createId(admin(), "TMPL", json("name", Fixtures.unique("tmpl")));
    refused(admin().postJson("/TTSK", json("templateID", tmpl, "name", "x", "assignedToID", gone)));
    assertThat(admin().get("/NOTE/search", "objID", task).ok().data()).isEmpty();
    assertThat(get(admin(), "PROJ", project, "accessRules").path("accessRules")).isEmpty();
  }

  @Test
  void aTemplateNamingAUserWhoLeftCannotHandThemNewWork() {
    String tmpl = WorkFixtures.createId(admin(), "TMPL", json("name", Fixtures.unique("tmpl")));
    admin().putJson("/USER/" + gone, json("isActive", true)).ok();
    WorkFixtures.create(
        admin(), "TTSK", json("templateID", tmpl, "name", "x", "assignedToID", gone));
    admin().putJson("/USER/" + gone, json("isActive", false)).ok();
    String tag = Fixtures.unique("from template");
    refused(admin().postJson("/PROJ", json("name", tag, "templateID", tmpl)));
    assertThat(admin().get("/PROJ/search", "name", tag).ok().data()).isEmpty();
  }

  @Test
  void existingWorkStaysWithTheDeactivatedUser() {
    JsonNode t = get(admin(), "TASK", task, "assignedToID,assignments:assignedToID");
    assertThat(t.path("assignedToID").asText()).isEqualTo(gone);
    admin().putJson("/TASK/" + task, json("name", "Renamed", "percentComplete", 30)).ok();
    admin().put("/TASK/" + task + "/assignMultiple", "userIDs", active).ok();
    JsonNode after = get(admin(), "TASK", task, "assignedToID,assignments:assignedToID");
    assertThat(after.path("assignedToID").asText()).isEqualTo(gone);
    assertThat(after.path("assignments"))
        .extracting(a -> a.path("assignedToID").asText())
        .containsExactlyInAnyOrder(gone, active);
    assertThat(admin().get("/WRKITM/search", "objID", task, "assignedToID", gone).ok().data())
        .hasSize(1);
    admin()
        .putJson("/TASK/" + task, "{\"assignments\":[{\"assignedToID\":\"" + gone + "\"}]}")
        .ok();
    assertThat(get(admin(), "TASK", task, "assignments").path("assignments")).hasSize(1);
  }
}
