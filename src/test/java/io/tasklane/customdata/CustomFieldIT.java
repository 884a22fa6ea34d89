package io.tasklane.customdata;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** {@code DE:<name>} fields (reference §4.1, §4.2): read, written, filtered, copied. */
@BothEngines
class CustomFieldIT {
  @Parameter Engine engine;

  private String center;
  private String budget;
  private String regions;
  private String golive;
  private String form;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @BeforeEach
  void form() {
    String tag = Fixtures.unique("");
    center = "Cost Center" + tag;
    budget = "Budget" + tag;
    regions = "Regions" + tag;
    golive = "Go live" + tag;
    String a = WorkFixtures.createId(admin(), "PARAM", json("name", center));
    String b = WorkFixtures.createId(admin(), "PARAM", json("name", budget, "dataType", "CURC"));
    String c =
        admin()
            .postJson(
                "/PARAM",
                "{\"name\":\""
                    + regions
                    + "\",\"displayType\":\"MULTISELECT\",\"parameterOptions\":"
                    + "[{\"value\":\"EMEA\"},{\"value\":\"APAC\"},{\"value\":\"AMER\"}]}")
            .ok()
            .data()
            .path("ID")
            .asText();
    String d = WorkFixtures.createId(admin(), "PARAM", json("name", golive, "displayType", "DATE"));
    form =
        admin()
            .postJson(
                "/CTGY",
                "{\"name\":\"Finance"
                    + tag
                    + "\",\"catObjCode\":\"PROJ\",\"categoryParameters\":["
                    + "{\"parameterID\":\""
                    + a
                    + "\",\"isRequired\":true},{\"parameterID\":\""
                    + b
                    + "\"},"
                    + "{\"parameterID\":\""
                    + c
                    + "\"},{\"parameterID\":\""
                    + d
                    + "\"}]}")
            .ok()
            .data()
            .path("ID")
            .asText();
  }

  private String project(
      String name, String centerValue, Object budgetValue, String... regionValues) {
    var n = WorkFixtures.node("name", name, "categoryID", form, "DE:" + center, centerValue);
    if (budgetValue != null) {
      n.set("DE:" + budget, WorkFixtures.node("x", budgetValue).get("x"));
    }
    var array = n.putArray("DE:" + regions);
    for (String r : regionValues) {
      array.add(r);
    }
    return WorkFixtures.createId(admin(), "PROJ", n.toString());
  }

  @Test
  void writesAndReadsCustomValues() {
    String id =
        WorkFixtures.createId(
            admin(),
            "PROJ",
            "{\"name\":\"Custom\",\"categoryID\":\""
                + form
                + "\",\"DE:"
                + center
                + "\":\"R&D\",\"DE:"
                + budget
                + "\":1500.50,\"DE:"
                + regions
                + "\":[\"EMEA\",\"APAC\"],\"DE:"
                + golive
                + "\":\"2026-09-01\"}");
    JsonNode p =
        get(
            admin(),
            "PROJ",
            id,
            "DE:" + center + ",DE:" + budget + ",DE:" + regions + ",parameterValues");
    assertThat(p.path("DE:" + center).asText()).isEqualTo("R&D");
    assertThat(p.path("DE:" + budget).decimalValue()).isEqualByComparingTo("1500.5");
    assertThat(p.path("DE:" + regions))
        .extracting(JsonNode::asText)
        .containsExactly("EMEA", "APAC");
    assertThat(p.path("parameterValues").path("DE:" + golive).asText()).startsWith("2026-09-0");
    admin()
        .putJson(
            "/PROJ/" + id,
            "{\"parameterValues\":{\"DE:" + regions + "\":\"AMER\",\"DE:" + budget + "\":null}}")
        .ok();
    p = get(admin(), "PROJ", id, "parameterValues");
    assertThat(p.path("parameterValues").path("DE:" + regions))
        .extracting(JsonNode::asText)
        .containsExactly("AMER");
    assertThat(p.path("parameterValues").has("DE:" + budget)).isFalse();
  }

  @Test
  void refusesValuesTheFormDoesNotTake() {
    String id = project(Fixtures.unique("p"), "Ops", 1);
    assertThat(
            admin().putJson("/PROJ/" + id, json("DE:" + regions, "MARS")).fails(400).errorMessage())
        .contains("MARS");
    admin().putJson("/PROJ/" + id, json("DE:" + budget, "lots")).fails(400);
    admin().putJson("/PROJ/" + id, json("DE:" + center, WorkFixtures.node("a", 1))).fails(400);
    assertThat(
            admin()
                .putJson("/PROJ/" + id, json("DE:Nothing" + center, "x"))
                .fails(400)
                .errorMessage())
        .contains("Unknown custom field");
    assertThat(
            admin()
                .postJson("/PROJ", json("name", "no form", "DE:" + center, "x"))
                .fails(400)
                .errorMessage())
        .contains("categoryID");
    assertThat(
            admin()
                .postJson("/PROJ", json("name", "missing required", "categoryID", form))
                .fails(422)
                .errorMessage())
        .contains(center);
    String taskForm =
        WorkFixtures.createId(
            admin(), "CTGY", json("name", Fixtures.unique("T"), "catObjCode", "TASK"));
    admin().putJson("/PROJ/" + id, json("categoryID", taskForm)).fails(400);
    String t = task(admin(), id, "T");
    admin().postJson("/HOUR", json("taskID", t, "hours", 1, "DE:" + center, "x")).fails(400);
    assertThat(get(admin(), "PROJ", id, "DE:" + budget).path("DE:" + budget).asInt()).isEqualTo(1);
    assertThat(admin().get("/PROJ/search", "name", "missing required").ok().data()).isEmpty();
  }

  @Test
  void filtersOnCustomFieldsDirectlyAndThroughReferences() {
    String tag = Fixtures.unique("f");
    String rd = project(tag + "-rd", "R&D", 5000, "EMEA", "APAC");
    String ops = project(tag + "-ops", "Operations", 200, "AMER");
    String plain = WorkFixtures.project(admin(), tag + "-plain");
    String[] byName = {"name", tag, "name_Mod", "contains"};
    assertThat(ids("/PROJ/search", byName, "DE:" + center, "R&D")).containsExactly(rd);
    assertThat(ids("/PROJ/search", byName, "DE:" + budget, "1000", "DE:" + budget + "_Mod", "gt"))
        .containsExactly(rd);
    assertThat(ids("/PROJ/search", byName, "DE:" + center, "r&d", "DE:" + center + "_Mod", "ne"))
        .containsExactlyInAnyOrder(rd, ops, plain);
    assertThat(ids("/PROJ/search", byName, "DE:" + center, "r&d", "DE:" + center + "_Mod", "cine"))
        .containsExactlyInAnyOrder(ops, plain);
    assertThat(ids("/PROJ/search", byName, "DE:" + regions, "APAC")).containsExactly(rd);
    assertThat(
            ids(
                "/PROJ/search",
                byName,
                "DE:" + regions,
                "APAC,AMER",
                "DE:" + regions + "_Mod",
                "in"))
        .containsExactlyInAnyOrder(rd, ops);
    assertThat(ids("/PROJ/search", byName, "DE:" + center + "_Mod", "isnull"))
        .containsExactly(plain);
    assertThat(
            ids(
                "/PROJ/search",
                byName,
                "DE:" + center,
                "oper",
                "DE:" + center + "_Mod",
                "cicontains"))
        .containsExactly(ops);
    String t = task(admin(), rd, "T");
    task(admin(), ops, "U");
    JsonNode tasks =
        admin()
            .get("/TASK/search", "project:DE:" + center, "R&D", "fields", "project:DE:" + center)
            .ok()
            .data();
    assertThat(tasks).extracting(x -> x.path("ID").asText()).containsExactly(t);
    assertThat(tasks.get(0).path("project").path("DE:" + center).asText()).isEqualTo("R&D");
    assertThat(admin().get("/PROJ/search", "DE:Nope" + tag, "x").fails(400).errorMessage())
        .contains("DE:Nope");
    assertThat(
            admin()
                .get(
                    "/PROJ/count",
                    byName[0],
                    byName[1],
                    byName[2],
                    byName[3],
                    "DE:" + center + "_Mod",
                    "notnull")
                .ok()
                .data()
                .path("count")
                .asInt())
        .isEqualTo(2);
  }

  @Test
  void customValuesCostOneStatementPerResponseLevel() {
    String tag = Fixtures.unique("s");
    project(tag + "-1", "A", 1);
    String fields = "DE:" + center + ",parameterValues";
    int two =
        admin()
            .get("/PROJ/search", "name", tag, "name_Mod", "contains", "fields", fields)
            .ok()
            .statements();
    for (int i = 2; i <= 6; i++) {
      project(tag + "-" + i, "B", i);
    }
    var six =
        admin().get("/PROJ/search", "name", tag, "name_Mod", "contains", "fields", fields).ok();
    assertThat(six.data()).hasSize(6);
    assertThat(six.statements()).isEqualTo(two);
  }

  @Test
  void copiesCarryCustomValuesUnlessCleared() {
    String id = project(Fixtures.unique("c"), "Legal", 7, "EMEA");
    JsonNode copy =
        admin()
            .postJson(
                "/PROJ", json("name", "copy"), "copySourceID", id, "fields", "parameterValues")
            .ok()
            .data();
    assertThat(copy.path("parameterValues").path("DE:" + center).asText()).isEqualTo("Legal");
    JsonNode cleared =
        admin()
            .postJson(
                "/PROJ",
                json("name", "copy2", "DE:" + center, "Fresh"),
                "copySourceID",
                id,
                "options",
                "[\"clearCustomData\"]",
                "fields",
                "parameterValues")
            .ok()
            .data();
    assertThat(cleared.path("parameterValues").path("DE:" + center).asText()).isEqualTo("Fresh");
    assertThat(cleared.path("parameterValues").has("DE:" + regions)).isFalse();
  }

  private java.util.List<String> ids(String path, String[] base, String... more) {
    String[] all = new String[base.length + more.length + 2];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    all[all.length - 2] = "$$LIMIT";
    all[all.length - 1] = "100";
    java.util.List<String> out = new java.util.ArrayList<>();
    admin().get(path, all).ok().data().forEach(n -> out.add(n.path("ID").asText()));
    return out;
  }
}
