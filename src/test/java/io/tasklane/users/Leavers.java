package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.Response;
import io.tasklane.testing.WorkFixtures;

/**
 * A leaver with work handed out while they were active, then deactivated; and the one refusal of
 * the assignment guard (DESIGN.md invariant 3) as the tests expect it on every path.
 */
final class Leavers {
  static final String GUARD_CLASS = "com.attask.common.InactiveUserException";

  private Leavers() {}

  /**
   * A project owned by the leaver with a task and an issue assigned to them, all created while they
   * were active; then the leaver is deactivated.
   */
  record Scene(
      String leaver,
      String ana,
      String project,
      String task,
      String issue,
      String taskAssignment,
      String issueAssignment) {}

  static Scene scene(Api admin) {
    String leaver = People.user(admin, "leaver", "Standard");
    String ana = People.user(admin, "ana", "Standard");
    String project = WorkFixtures.createId(admin, "PROJ", json("name", "Plan", "ownerID", leaver));
    String task = WorkFixtures.task(admin, project, "Design", "assignedToID", leaver);
    String issue = WorkFixtures.issue(admin, project, "Bug", "assignedToID", leaver);
    String ta = assignment(admin, "taskID", task, leaver);
    String ia = assignment(admin, "opTaskID", issue, leaver);
    admin.putJson("/USER/" + leaver, json("isActive", false)).ok();
    return new Scene(leaver, ana, project, task, issue, ta, ia);
  }

  static String assignment(Api admin, String parentField, String parentId, String userId) {
    JsonNode found =
        admin.get("/ASSGN/search", parentField, parentId, "assignedToID", userId).ok().data();
    assertThat(found).as("assignment of %s on %s", userId, parentId).hasSize(1);
    return found.get(0).path("ID").asText();
  }

  /** The one refusal: 422, one error class, one sentence naming the inactive user. */
  static Response refused(Response r, String inactiveUser) {
    r.fails(422);
    assertThat(r.errorClass()).isEqualTo(GUARD_CLASS);
    assertThat(r.errorMessage())
        .startsWith("User " + inactiveUser + " is inactive and cannot be given new work or access");
    return r;
  }

  /** The same refusal as one element of a non-atomic batch reply. */
  static void refusedInBatch(JsonNode element, String inactiveUser) {
    assertThat(element.path("error").path("class").asText()).isEqualTo(GUARD_CLASS);
    assertThat(element.path("error").path("message").asText())
        .startsWith("User " + inactiveUser + " is inactive");
  }

  static int count(Api admin, String code, String... filters) {
    return admin.get("/" + code + "/count", filters).ok().data().path("count").asInt();
  }
}
