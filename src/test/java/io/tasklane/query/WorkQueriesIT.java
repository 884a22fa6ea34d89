package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The benchmark's query shapes on the work model, against answers computed from what the test
 * created: nine tasks over two projects (task i: project A or B by parity, status NEW/INP/CPL by i
 * mod 3, assigned to p01/p02/p03 by i mod 3) and two hours per task (i + 1 and 0.5, logged by the
 * assignee). Setting a task's assignedToID assigns that user (the work model's rule).
 */
@BothEngines
class WorkQueriesIT {
  private static final String[] STATUS = {"NEW", "INP", "CPL"};
  private static final Map<Engine, Work> WORK = new java.util.EnumMap<>(Engine.class);

  @Parameter Engine engine;

  private World w;
  private Api admin;
  private Work work;

  record Work(List<String> projects, List<String> projectNames, List<String> tasks) {}

  @BeforeEach
  void world() {
    w = QueryServer.world(engine);
    admin = QueryServer.get(engine).admin();
    synchronized (WORK) {
      work = WORK.computeIfAbsent(engine, e -> create());
    }
  }

  private String assignee(int i) {
    return w.person(List.of("p01", "p02", "p03").get(i % 3)).id();
  }

  private Work create() {
    List<String> projects = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String p : List.of("A", "B")) {
      String name = w.tag + " project " + p;
      projects.add(World.id(admin.postJson("/PROJ", World.json(Map.of("name", name)))));
      names.add(name);
    }
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      String id =
          World.id(
              admin.postJson(
                  "/TASK",
                  World.json(
                      Map.of(
                          "name", w.tag + " task " + i,
                          "projectID", projects.get(i % 2),
                          "assignedToID", assignee(i)))));
      admin.putJson("/TASK/" + id, World.json(Map.of("status", STATUS[i % 3]))).ok();
      for (double h : new double[] {i + 1, 0.5}) {
        admin
            .postJson("/HOUR", World.json(Map.of("taskID", id, "hours", h, "ownerID", assignee(i))))
            .ok();
      }
      tasks.add(id);
    }
    return new Work(projects, names, tasks);
  }

  private Set<String> tasks(IntPredicate p) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < work.tasks().size(); i++) {
      if (p.test(i)) {
        out.add(work.tasks().get(i));
      }
    }
    return out;
  }

  private static Set<String> ids(JsonNode data) {
    Set<String> out = new TreeSet<>();
    data.forEach(o -> out.add(o.path("ID").asText()));
    return out;
  }

  /** The parameters, confined to this test's projects. */
  private String[] mine(String prefix, String... params) {
    List<String> all = new ArrayList<>(List.of(params));
    all.addAll(List.of(prefix + "name_Mod", "contains", prefix + "name", w.tag + " project"));
    all.addAll(List.of("$$LIMIT", "2000"));
    return all.toArray(String[]::new);
  }

  @Test
  void taskSearchByAssigneeAndStatusWithNestedFields() {
    String p01 = w.person("p01").id();
    JsonNode found =
        admin
            .get(
                "/TASK/search",
                mine(
                    "project:",
                    "assignedToID",
                    p01,
                    "status",
                    "NEW,INP",
                    "status_Mod",
                    "in",
                    "fields",
                    "assignments:assignedTo:name,project:name"))
            .ok()
            .data();
    assertThat(ids(found))
        .isEqualTo(tasks(i -> assignee(i).equals(p01) && !STATUS[i % 3].equals("CPL")));
    for (JsonNode t : found) {
      int i = work.tasks().indexOf(t.path("ID").asText());
      assertThat(t.path("project").path("name").asText()).isEqualTo(work.projectNames().get(i % 2));
      assertThat(t.path("assignments").size()).isEqualTo(1);
      assertThat(t.path("assignments").get(0).path("assignedTo").path("name").asText())
          .isEqualTo(w.person("p01").name());
    }
  }

  @Test
  void hourReportByProjectWithRollup() {
    JsonNode r =
        admin
            .get(
                "/HOUR/report",
                mine(
                    "project:",
                    "project:name_GroupBy",
                    "true",
                    "hours_AggFunc",
                    "sum",
                    "$$ROLLUP",
                    "true"))
            .ok()
            .data();
    double total = 0;
    for (int p = 0; p < 2; p++) {
      double sum = 0;
      for (int i = p; i < 9; i += 2) {
        sum += i + 1 + 0.5;
      }
      total += sum;
      JsonNode g = r.path(work.projectNames().get(p));
      assertThat(g.path("sum_hours").asDouble()).isCloseTo(sum, within(1e-9));
      assertThat(g.path("project:name").asText()).isEqualTo(work.projectNames().get(p));
    }
    assertThat(r.path("$$ROLLUP").path("sum_hours").asDouble()).isCloseTo(total, within(1e-9));
  }

  @Test
  void pathsThroughTheWorkModel() {
    // projects with a task assigned to p02: collection, collection, reference
    JsonNode projects =
        admin
            .get(
                "/PROJ/search",
                mine("", "tasks:assignments:assignedTo:name", w.person("p02").name()))
            .ok()
            .data();
    Set<String> expected = new TreeSet<>();
    tasks(i -> i % 3 == 1)
        .forEach(t -> expected.add(work.projects().get(work.tasks().indexOf(t) % 2)));
    assertThat(ids(projects)).isEqualTo(expected);
    // tasks with any hour over five: i + 1 > 5
    assertThat(
            ids(
                admin
                    .get(
                        "/TASK/search",
                        mine("project:", "hours:hours_Mod", "gt", "hours:hours", "5"))
                    .ok()
                    .data()))
        .isEqualTo(tasks(i -> i + 1 > 5));
    // the same through EXISTS, with the hour's own filter
    assertThat(
            ids(
                admin
                    .get(
                        "/TASK/search",
                        mine(
                            "project:",
                            "EXISTS:A:$$OBJCODE",
                            "HOUR",
                            "EXISTS:A:taskID",
                            "FIELD:ID",
                            "EXISTS:A:hours_Mod",
                            "gte",
                            "EXISTS:A:hours",
                            "8"))
                    .ok()
                    .data()))
        .isEqualTo(tasks(i -> i + 1 >= 8));
    // hours of p02's tasks, counted through a reference path
    long count =
        admin
            .get("/HOUR/count", mine("project:", "owner:name", w.person("p02").name()))
            .ok()
            .data()
            .path("count")
            .asLong();
    assertThat(count).isEqualTo(2L * tasks(i -> i % 3 == 1).size());
  }
}
