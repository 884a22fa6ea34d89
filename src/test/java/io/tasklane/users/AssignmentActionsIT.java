package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.users.Leavers.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.testing.WorkFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Workfront's Assignment actions of the hand-over (issue 5 point 8; reference §7.6): {@code
 * swapUsersOnTasks}, {@code swapUsersOnProjects} and {@code unassignUserFromTasks} as type-level
 * ASSGN actions, scoped by {@code taskIDs}/{@code projectIDs} and {@code includeIssues}, on open
 * work only, through the pipeline (guard, journal, outbox); bad arguments change nothing.
 */
@BothEngines
class AssignmentActionsIT {
  @Parameter Engine engine;

  /** Ana on two tasks and an issue of project p, one task and an issue of project q. */
  private record Desk(
      String ana,
      String ben,
      String p,
      String t1,
      String t2,
      String i1,
      String q,
      String t3,
      String i3) {}

  private static Desk desk(Api admin) {
    String ana = People.user(admin, "ana", "Standard");
    String ben = People.user(admin, "ben", "Standard");
    String p = WorkFixtures.project(admin);
    String q = WorkFixtures.project(admin);
    String t1 = WorkFixtures.task(admin, p, "T1", "assignedToID", ana);
    String t2 = WorkFixtures.task(admin, p, "T2", "assignedToID", ana);
    String i1 = WorkFixtures.issue(admin, p, "I1", "assignedToID", ana, "taskID", t1);
    String t3 = WorkFixtures.task(admin, q, "T3", "assignedToID", ana);
    String i3 = WorkFixtures.issue(admin, q, "I3", "assignedToID", ana);
    return new Desk(ana, ben, p, t1, t2, i1, q, t3, i3);
  }

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void swapsUsersOnTheNamedTasksAndTheirIssues() {
    TestServer server = TestServer.shared(engine);
    Desk d = desk(admin());
    String a1 = Leavers.assignment(admin(), "taskID", d.t1(), d.ana());
    JsonNode result =
        admin()
            .put(
                "/ASSGN/swapUsersOnTasks",
                "fromUserID",
                d.ana(),
                "toUserID",
                d.ben(),
                "taskIDs",
                d.t1(),
                "includeIssues",
                "true",
                "reason",
                "cover")
            .ok()
            .data()
            .path("result");
    assertThat(result.path("count").asInt()).isEqualTo(2);
    assertThat(result.path("taskIDs").toString()).contains(d.t1());
    assertThat(result.path("opTaskIDs").toString()).contains(d.i1());
    assertThat(assignee(admin(), "TASK", d.t1())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "OPTASK", d.i1())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "TASK", d.t2())).isEqualTo(d.ana());
    assertThat(assignee(admin(), "OPTASK", d.i3())).isEqualTo(d.ana());
    JsonNode journal = People.journal(admin(), a1, "assignedToID");
    assertThat(journal.get(journal.size() - 1).path("newTextVal").asText()).isEqualTo(d.ben());
    assertThat(journal.get(journal.size() - 1).path("reason").asText()).isEqualTo("cover");
    assertThat(People.outbox(server, a1)).extracting(r -> r.get("event_type")).contains("UPDATE");
  }

  @Test
  void swapsAllOpenTasksWithoutAListAndIssuesOnlyWhenAsked() {
    Desk d = desk(admin());
    admin().putJson("/TASK/" + d.t2(), json("status", "CPL")).ok();
    admin()
        .put("/ASSGN", "action", "swapUsersOnTasks", "fromUserID", d.ana(), "toUserID", d.ben())
        .ok();
    assertThat(assignee(admin(), "TASK", d.t1())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "TASK", d.t3())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "TASK", d.t2())).isEqualTo(d.ana()); // finished: kept
    assertThat(assignee(admin(), "OPTASK", d.i1())).isEqualTo(d.ana());
    assertThat(assignee(admin(), "OPTASK", d.i3())).isEqualTo(d.ana());
  }

  @Test
  void swapsUsersOnProjects() {
    Desk d = desk(admin());
    JsonNode result =
        admin()
            .putJson(
                "/ASSGN/swapUsersOnProjects",
                "{\"fromUserID\":\""
                    + d.ana()
                    + "\",\"toUserID\":\""
                    + d.ben()
                    + "\",\"projectIDs\":[\""
                    + d.q()
                    + "\"],\"includeIssues\":true}")
            .ok()
            .data()
            .path("result");
    assertThat(result.path("count").asInt()).isEqualTo(2);
    assertThat(assignee(admin(), "TASK", d.t3())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "OPTASK", d.i3())).isEqualTo(d.ben());
    assertThat(assignee(admin(), "TASK", d.t1())).isEqualTo(d.ana());
    assertThat(assignee(admin(), "OPTASK", d.i1())).isEqualTo(d.ana());
  }

  @Test
  void unassignsAUserFromTasks() {
    Desk d = desk(admin());
    JsonNode result =
        admin()
            .put(
                "/ASSGN/unassignUserFromTasks", "userID", d.ana(), "taskIDs", d.t1() + "," + d.t2())
            .ok()
            .data()
            .path("result");
    assertThat(result.path("count").asInt()).isEqualTo(2);
    assertThat(count(admin(), "ASSGN", "taskID", d.t1())).isZero();
    assertThat(
            WorkFixtures.get(admin(), "TASK", d.t1(), "assignedToID").path("assignedToID").isNull())
        .isTrue();
    assertThat(count(admin(), "ASSGN", "opTaskID", d.i1())).isEqualTo(1);
    assertThat(count(admin(), "WRKITM", "objID", d.t2(), "assignedToID", d.ana())).isZero();
  }

  @Test
  void refusesAnInactiveSuccessorWithTheOneGuardEvenWhereTheyAreAssignedAlready() {
    Desk d = desk(admin());
    admin().postJson("/ASSGN", json("taskID", d.t2(), "assignedToID", d.ben())).ok();
    WorkFixtures.deactivate(TestServer.shared(engine), d.ben());
    Leavers.refused(
        admin()
            .put(
                "/ASSGN/swapUsersOnTasks",
                "fromUserID",
                d.ana(),
                "toUserID",
                d.ben(),
                "taskIDs",
                d.t1() + "," + d.t2()),
        d.ben());
    assertThat(count(admin(), "ASSGN", "taskID", d.t2(), "assignedToID", d.ana())).isEqualTo(1);
    assertThat(assignee(admin(), "TASK", d.t1())).isEqualTo(d.ana());
  }

  @Test
  void refusesBadArgumentsAndChangesNothing() {
    Desk d = desk(admin());
    String swap = "/ASSGN/swapUsersOnTasks";
    assertThat(admin().put(swap, "toUserID", d.ben()).fails(400).errorMessage())
        .contains("fromUserID");
    admin().put(swap, "fromUserID", d.ana()).fails(400);
    assertThat(
            admin().put(swap, "fromUserID", "nope", "toUserID", d.ben()).fails(400).errorMessage())
        .contains("nope");
    admin().put(swap, "fromUserID", "f".repeat(32), "toUserID", d.ben()).fails(404);
    admin().put(swap, "fromUserID", d.ana(), "toUserID", d.ana()).fails(400);
    assertThat(
            admin()
                .put(swap, "fromUserID", d.ana(), "toUserID", d.ben(), "taskIDs", d.t1() + ",abc")
                .fails(400)
                .errorMessage())
        .contains("taskIDs");
    assertThat(
            admin()
                .put(swap, "fromUserID", d.ana(), "toUserID", d.ben(), "taskIDs", d.p())
                .fails(404)
                .errorMessage())
        .contains(d.p());
    admin()
        .put(swap, "fromUserID", d.ana(), "toUserID", d.ben(), "includeIssues", "maybe")
        .fails(400);
    admin()
        .put(
            "/ASSGN/swapUsersOnProjects",
            "fromUserID",
            d.ana(),
            "toUserID",
            d.ben(),
            "projectIDs",
            d.t1())
        .fails(404);
    admin().put("/ASSGN/unassignUserFromTasks", "taskIDs", d.t1()).fails(400);
    assertThat(count(admin(), "ASSGN", "assignedToID", d.ana())).isEqualTo(5);
    assertThat(count(admin(), "ASSGN", "assignedToID", d.ben())).isZero();
  }

  @Test
  void onlyThoseWhoAdministerTheUserMayActOnAllTheirWork() {
    TestServer server = TestServer.shared(engine);
    Desk d = desk(admin());
    Person clerk = WorkFixtures.person(server, "Standard");
    clerk
        .api()
        .put("/ASSGN/swapUsersOnTasks", "fromUserID", d.ana(), "toUserID", d.ben())
        .fails(403);
    clerk.api().put("/ASSGN/unassignUserFromTasks", "userID", d.ana()).fails(403);
    assertThat(count(admin(), "ASSGN", "assignedToID", d.ana())).isEqualTo(5);
  }

  private static String assignee(Api admin, String code, String id) {
    return WorkFixtures.get(admin, code, id, "assignedToID").path("assignedToID").asText();
  }
}
