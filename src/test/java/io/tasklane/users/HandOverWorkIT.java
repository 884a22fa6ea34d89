package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Hand-over against the work model (issue 5 point 8; reference §7.6): the dry run lists open
 * assignments, owned open projects and issues, templates and template tasks — finished work
 * (complete tasks, dead projects, a custom status equating with CPL) is left out and keeps its
 * people — and names the §7.6 items not modelled. The hand-over moves exactly those; the named
 * query {@code ASSGN/assignedToInactiveUsers} lists the same assignments once the user is inactive.
 */
@BothEngines
class HandOverWorkIT {
  @Parameter Engine engine;

  /** A leaver's open and finished work; {@code shared} is a task the successor is on too. */
  private record Work(
      String leaver,
      String successor,
      String openProject,
      String deadProject,
      String openTask,
      String sharedTask,
      String doneTask,
      String customDoneTask,
      String deadProjectTask,
      String openIssue,
      String ownedIssue,
      String template,
      String templateTask) {}

  private static Work work(Api admin) {
    String leaver = People.user(admin, "leaver", "Standard");
    String successor = People.user(admin, "heir", "Standard");
    String open = WorkFixtures.createId(admin, "PROJ", json("name", "Open", "ownerID", leaver));
    String dead = WorkFixtures.createId(admin, "PROJ", json("name", "Dead", "ownerID", leaver));
    String openTask = WorkFixtures.task(admin, open, "Open", "assignedToID", leaver);
    String shared = WorkFixtures.task(admin, open, "Shared", "assignedToID", leaver);
    admin.postJson("/ASSGN", json("taskID", shared, "assignedToID", successor)).ok();
    String done = WorkFixtures.task(admin, open, "Done", "assignedToID", leaver);
    admin.putJson("/TASK/" + done, json("status", "CPL")).ok();
    String custom = WorkFixtures.task(admin, open, "Custom done", "assignedToID", leaver);
    String code = signedOff(admin);
    admin.putJson("/TASK/" + custom, json("status", code)).ok();
    String deadTask = WorkFixtures.task(admin, dead, "Dead", "assignedToID", leaver);
    admin.putJson("/PROJ/" + dead, json("status", "DED")).ok();
    String openIssue = WorkFixtures.issue(admin, open, "Open", "assignedToID", leaver);
    String owned = WorkFixtures.issue(admin, open, "Owned", "ownerID", leaver);
    String tmpl =
        WorkFixtures.createId(
            admin, "TMPL", json("name", Fixtures.unique("tmpl"), "ownerID", leaver));
    String ttsk =
        WorkFixtures.createId(
            admin, "TTSK", json("templateID", tmpl, "name", "Step", "assignedToID", leaver));
    return new Work(
        leaver, successor, open, dead, openTask, shared, done, custom, deadTask, openIssue, owned,
        tmpl, ttsk);
  }

  @Test
  void theDryRunListsOpenWorkOnlyAndNamesWhatIsNotModelled() {
    Api admin = TestServer.shared(engine).admin();
    Work w = work(admin);
    JsonNode report =
        admin.put("/USER/" + w.leaver() + "/handOver", "dryRun", "true").ok().data().path("result");

    assertThat(ids(report, "ASSGN", "assignedToID"))
        .containsExactlyInAnyOrder(
            assignment(admin, "taskID", w.openTask(), w.leaver()),
            assignment(admin, "taskID", w.sharedTask(), w.leaver()),
            assignment(admin, "opTaskID", w.openIssue(), w.leaver()));
    assertThat(ids(report, "PROJ", "ownerID")).containsExactly(w.openProject());
    assertThat(ids(report, "OPTASK", "ownerID")).containsExactly(w.ownedIssue());
    assertThat(ids(report, "TMPL", "ownerID")).containsExactly(w.template());
    assertThat(ids(report, "TTSK", "assignedToID")).containsExactly(w.templateTask());
    assertThat(ids(report, "TASK", "assignedToID")).isEmpty(); // moved with the assignments
    assertThat(report.path("notModelled").toString())
        .contains("§7.6 3", "§7.6 5", "§7.6 6", "§7.6 7", "§7.6 8", "§7.6 9", "§7.6 10")
        .contains("checked out");
    assertThat(report.path("endsWithAccount").has("shares")).isTrue();
  }

  @Test
  void handsOverOpenWorkAndLeavesFinishedWorkWithItsPeople() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Work w = work(admin);
    String moved = assignment(admin, "taskID", w.openTask(), w.leaver());

    admin.put("/USER/" + w.leaver() + "/handOver", "toUserID", w.successor()).ok();

    String heir = w.successor();
    assertThat(field(admin, "ASSGN", moved, "assignedToID")).isEqualTo(heir);
    assertThat(field(admin, "TASK", w.openTask(), "assignedToID")).isEqualTo(heir);
    assertThat(field(admin, "OPTASK", w.openIssue(), "assignedToID")).isEqualTo(heir);
    // The successor was on the shared task already: one assignment, and they are primary.
    JsonNode shared =
        admin.get("/ASSGN/search", "taskID", w.sharedTask(), "fields", "isPrimary").ok().data();
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).path("assignedToID").asText()).isEqualTo(heir);
    assertThat(field(admin, "TASK", w.sharedTask(), "assignedToID")).isEqualTo(heir);
    assertThat(field(admin, "PROJ", w.openProject(), "ownerID")).isEqualTo(heir);
    assertThat(field(admin, "OPTASK", w.ownedIssue(), "ownerID")).isEqualTo(heir);
    assertThat(field(admin, "TMPL", w.template(), "ownerID")).isEqualTo(heir);
    assertThat(field(admin, "TTSK", w.templateTask(), "assignedToID")).isEqualTo(heir);
    // Finished work keeps its people.
    for (String t : List.of(w.doneTask(), w.customDoneTask(), w.deadProjectTask())) {
      assertThat(field(admin, "TASK", t, "assignedToID")).as("task %s", t).isEqualTo(w.leaver());
      assignment(admin, "taskID", t, w.leaver());
    }
    assertThat(field(admin, "PROJ", w.deadProject(), "ownerID")).isEqualTo(w.leaver());
    assertThat(ScheduledDeactivationIT.active(admin, w.leaver())).isFalse();
    // Through the pipeline: journaled and announced.
    JsonNode journal = People.journal(admin, moved, "assignedToID");
    assertThat(journal.get(journal.size() - 1).path("newTextVal").asText()).isEqualTo(heir);
    assertThat(People.outbox(server, moved).get(People.outbox(server, moved).size() - 1))
        .containsEntry("event_type", "UPDATE");
  }

  @Test
  void theNamedQueryListsWhatTheHandOverWouldMoveOnceTheUserIsInactive() {
    Api admin = TestServer.shared(engine).admin();
    Work w = work(admin);
    WorkFixtures.deactivate(TestServer.shared(engine), w.leaver());
    JsonNode listed =
        admin
            .get(
                "/ASSGN/assignedToInactiveUsers",
                "assignedToID",
                w.leaver(),
                "fields",
                "assignedTo:isActive")
            .ok()
            .data();
    List<String> ids = new ArrayList<>();
    listed.forEach(a -> ids.add(a.path("ID").asText()));
    JsonNode report =
        admin.put("/USER/" + w.leaver() + "/handOver", "dryRun", "true").ok().data().path("result");
    assertThat(ids).containsExactlyInAnyOrderElementsOf(ids(report, "ASSGN", "assignedToID"));
    assertThat(ids).hasSize(3);
    listed.forEach(
        a -> assertThat(a.path("assignedTo").path("isActive").asBoolean(true)).isFalse());
    // The README's plain filter (built-in statuses only) finds the same, plus the task whose
    // custom status equates with CPL, which only the named query knows to be finished.
    JsonNode plain = admin.get("/ASSGN/search", plainFilter(w.leaver())).ok().data();
    List<String> plainIds = new ArrayList<>();
    plain.forEach(a -> plainIds.add(a.path("ID").asText()));
    assertThat(plainIds)
        .containsExactlyInAnyOrderElementsOf(
            concat(ids, assignment(admin, "taskID", w.customDoneTask(), w.leaver())));
    // Handing over after the fact empties it for the leaver.
    admin.put("/USER/" + w.leaver() + "/handOver", "toUserID", w.successor()).ok();
    assertThat(admin.get("/ASSGN/assignedToInactiveUsers", "assignedToID", w.leaver()).ok().data())
        .isEmpty();
    assertThat(admin.get("/ASSGN/search", "assignedToID", w.leaver()).ok().data()).hasSize(3);
  }

  /**
   * A custom task status equating with CPL, of a group of its own so that other tests' status lists
   * (built-ins plus their group's) do not see it.
   */
  private static String signedOff(Api admin) {
    String code = "SGN";
    String group = WorkFixtures.createId(admin, "GROUP", json("name", Fixtures.unique("signers")));
    admin
        .postJson(
            "/CSTEM",
            json(
                "value",
                code,
                "label",
                "Signed off",
                "enumClass",
                "STATUS_TASK",
                "equatesWith",
                "CPL",
                "groupID",
                group))
        .ok();
    return code;
  }

  /** The filter the README documents, for one user. */
  private static String[] plainFilter(String user) {
    List<String> p =
        new ArrayList<>(
            List.of(
                "assignedToID",
                user,
                "assignedTo:isActive",
                "false",
                "status",
                "CPL",
                "status_Mod",
                "notin"));
    String[][] parents = {
      {"TASK", "taskID", "CPL"}, {"OPTASK", "opTaskID", "CPL"}, {"PROJ", "projectID", "CPL,DED"}
    };
    for (int i = 0; i < parents.length; i++) {
      String g = "EXISTS:" + (i + 1) + ":";
      p.addAll(
          List.of(
              g + "$$OBJCODE",
              parents[i][0],
              g + "ID",
              "FIELD:" + parents[i][1],
              g + "status",
              parents[i][2],
              g + "status_Mod",
              "in",
              g + "$$EXISTSMOD",
              "NOTEXISTS"));
    }
    return p.toArray(String[]::new);
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }

  static String assignment(Api admin, String parentField, String parentId, String user) {
    return Leavers.assignment(admin, parentField, parentId, user);
  }

  private static String field(Api admin, String code, String id, String field) {
    return WorkFixtures.get(admin, code, id, field).path(field).asText();
  }

  private static List<String> ids(JsonNode report, String code, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : report.path("handOver")) {
      if (t.path("objCode").asText().equals(code) && t.path("field").asText().equals(field)) {
        assertThat(t.path("count").asInt()).isEqualTo(t.path("IDs").size());
        t.path("IDs").forEach(id -> out.add(id.asText()));
      }
    }
    return out;
  }
}
