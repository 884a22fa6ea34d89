package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The number of SQL statements a request runs depends on its shape, never on its number of rows
 * (X-Tasklane-Statements): nested references and collections are each one batch statement, except
 * that a reference to stored fields only of the objects searched for (or got by one ID) joins their
 * own statement.
 */
@BothEngines
class StatementCountIT {
  @Parameter Engine engine;

  private Response search(Api api, Crowd crowd, int limit, String fields) {
    return api.get(
        "/USER/search",
        "companyID",
        crowd.companyId(),
        "fields",
        fields,
        "$$LIMIT",
        Integer.toString(limit));
  }

  @Test
  void hundredResultsCostNoMoreStatementsThanOne() {
    Crowd crowd = QueryServer.crowd(engine);
    Api admin = QueryServer.get(engine).admin();
    for (String fields :
        List.of(
            "ID",
            "homeGroup:name",
            "teams:users:homeGroup:name",
            "teams:users:homeGroup:name,teamMembers:team:owner,company,accessLevel:name")) {
      Response one = search(admin, crowd, 1, fields).ok();
      Response hundred = search(admin, crowd, 100, fields).ok();
      assertThat(one.data().size()).isEqualTo(1);
      assertThat(hundred.data().size()).isEqualTo(100);
      assertThat(hundred.statements())
          .as("statements for fields=%s", fields)
          .isPositive()
          .isEqualTo(one.statements());
    }
    // every team member is really there, nested three levels down
    JsonNode first = search(admin, crowd, 100, "teams:users:homeGroup:name").data().get(0);
    JsonNode team = first.path("teams").get(0);
    assertThat(team.path("users").size()).isEqualTo(Crowd.SIZE / 3);
    assertThat(team.path("users").get(0).path("homeGroup").path("name").asText()).isNotEmpty();
  }

  /** The acceptance case of issue 3: tasks with nested {@code assignments:assignedTo:name}. */
  @Test
  void taskSearchWithNestedAssigneesIsShapeBound() {
    World w = QueryServer.world(engine);
    Api admin = QueryServer.get(engine).admin();
    String project =
        World.id(admin.postJson("/PROJ", World.json(Map.of("name", w.tag + " tasks"))));
    List<String> tasks = new ArrayList<>();
    for (int from = 0; from < 120; from += 100) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(120, from + 100); i++) {
        batch.add(Map.of("name", "task " + i, "projectID", project));
      }
      admin
          .postJson("/TASK", World.json(batch))
          .ok()
          .data()
          .forEach(t -> tasks.add(t.path("ID").asText()));
    }
    // two assignees per task, from the world's active people
    List<String> people = List.of(w.person("p01").id(), w.person("p02").id(), w.person("p03").id());
    for (int from = 0; from < tasks.size(); from += 50) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(tasks.size(), from + 50); i++) {
        batch.add(Map.of("taskID", tasks.get(i), "assignedToID", people.get(i % 3)));
        batch.add(Map.of("taskID", tasks.get(i), "assignedToID", people.get((i + 1) % 3)));
      }
      admin.postJson("/ASSGN", World.json(batch)).ok();
    }
    String fields = "assignments:assignedTo:name";
    Response one =
        admin.get("/TASK/search", "projectID", project, "fields", fields, "$$LIMIT", "1").ok();
    Response hundred =
        admin.get("/TASK/search", "projectID", project, "fields", fields, "$$LIMIT", "100").ok();
    assertThat(hundred.data().size()).isEqualTo(100);
    assertThat(hundred.statements()).isEqualTo(one.statements());
    for (JsonNode t : hundred.data()) {
      assertThat(t.path("assignments").size()).isEqualTo(2);
      for (JsonNode a : t.path("assignments")) {
        assertThat(a.path("assignedTo").path("name").asText()).startsWith("qa " + w.tag);
      }
    }
  }

  @Test
  void flatReferencesJoinTheStatementOfTheirOwners() {
    Crowd crowd = QueryServer.crowd(engine);
    Api admin = QueryServer.get(engine).admin();
    int flat = search(admin, crowd, 100, "ID").ok().statements();
    Response joined =
        search(admin, crowd, 100, "homeGroupID,homeGroup:name,company:name,accessLevel:name").ok();
    assertThat(joined.statements()).isEqualTo(flat);
    // a home group with a reference of its own is loaded by ID: one more statement (the groups'
    // parents are empty: no statement for them)
    Response loaded = search(admin, crowd, 100, "homeGroup:name,homeGroup:parent:name").ok();
    assertThat(loaded.statements()).isEqualTo(flat + 1);
    assertThat(joined.data().size()).isEqualTo(100);
    for (int i = 0; i < 100; i++) {
      JsonNode a = joined.data().get(i);
      JsonNode b = loaded.data().get(i);
      assertThat(a.path("homeGroup").path("ID").asText()).isEqualTo(a.path("homeGroupID").asText());
      assertThat(a.path("homeGroup").path("name").asText()).contains(" g");
      assertThat(a.path("homeGroup").path("name")).isEqualTo(b.path("homeGroup").path("name"));
      assertThat(a.path("company").path("ID").asText()).isEqualTo(crowd.companyId());
      assertThat(a.path("accessLevel").path("name").asText()).isEqualTo("External User");
      assertThat(b.path("homeGroup").has("parent")).isTrue();
      assertThat(b.path("homeGroup").path("parent").isNull()).isTrue();
    }
    // a GET by ID joins them alike
    Response one =
        admin.get("/USER/" + crowd.userIds().get(0), "fields", "homeGroup:name,company:name").ok();
    assertThat(one.statements())
        .isEqualTo(admin.get("/USER/" + crowd.userIds().get(0)).ok().statements());
    assertThat(one.data().path("company").path("ID").asText()).isEqualTo(crowd.companyId());
  }

  @Test
  void eachNestedSelectionIsOneStatement() {
    Crowd crowd = QueryServer.crowd(engine);
    Api admin = QueryServer.get(engine).admin();
    int flat = search(admin, crowd, 100, "ID").ok().statements();
    int nested = search(admin, crowd, 100, "teams:users:homeGroup:name").ok().statements();
    // teams, their users, those users' home groups (loads by lists of IDs join nothing)
    assertThat(nested - flat).isEqualTo(3);
    int getOne = admin.get("/USER/" + crowd.userIds().get(0), "fields", "teams").ok().statements();
    int getMany =
        admin
            .get("/USER", "id", String.join(",", crowd.userIds().subList(0, 50)), "fields", "teams")
            .ok()
            .statements();
    assertThat(getMany).isEqualTo(getOne);
  }
}
