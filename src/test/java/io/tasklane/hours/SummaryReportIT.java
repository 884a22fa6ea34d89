package io.tasklane.hours;

import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.project;
import static io.tasklane.testing.WorkFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * HOUR reports that only sum hours by project, task or issue read the work's maintained actualWork
 * (store.SummarySource). After every kind of write that moves hours about, each such report equals
 * the same report forced to add up the hour rows (a filter that keeps every hour: hours > 0).
 */
@BothEngines
class SummaryReportIT {
  @Parameter Engine engine;

  private static final List<List<String>> REPORTS =
      List.of(
          List.of("project:name_GroupBy", "true", "hours_AggFunc", "sum"),
          List.of("projectID_GroupBy", "true", "hours_AggFunc", "sum", "$$ROLLUP", "true"),
          List.of(
              "project:name_GroupBy", "true",
              "project:status_1_GroupBy", "true",
              "hours_AggFunc", "sum",
              "$$ROLLUP", "true"),
          List.of("project:owner:name_GroupBy", "true", "hours_AggFunc", "sum"),
          List.of("task:name_GroupBy", "true", "hours_AggFunc", "sum"),
          List.of("opTaskID_GroupBy", "true", "hours_AggFunc", "sum", "$$ROLLUP", "true"));

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void summedReportsEqualReportsOverEveryHourAfterEveryKindOfWrite() {
    Api a = admin();
    String vacation =
        a.get("/HOURT/search", "name", "Vacation").ok().data().get(0).path("ID").asText();
    String p1 = project(a, "Summary A");
    String p2 = project(a, "Summary A"); // same name: one group of two projects' totals
    String p3 = project(a, "Summary B");
    String t1 = task(a, p1, "T1");
    String t2 = task(a, p2, "T2");
    String i3 = WorkFixtures.issue(a, p3, "I3");
    String onTask = WorkFixtures.createId(a, "HOUR", json("taskID", t1, "hours", 2.5));
    WorkFixtures.createId(a, "HOUR", json("taskID", t2, "hours", 1.25));
    WorkFixtures.createId(a, "HOUR", json("projectID", p1, "hours", 3));
    String onIssue = WorkFixtures.createId(a, "HOUR", json("opTaskID", i3, "hours", 0.5));
    WorkFixtures.createId(a, "HOUR", json("hourTypeID", vacation, "hours", 8));
    assertAllEqual();

    a.putJson("/HOUR/" + onTask, json("hours", 4)).ok(); // edited
    a.putJson("/HOUR/" + onIssue, json("taskID", t2, "opTaskID", null)).ok(); // re-filed
    assertAllEqual();

    a.put("/TASK/" + t1, "action", "move", "projectID", p3).ok(); // its hours follow it
    assertAllEqual();

    a.delete("/HOUR/" + onTask).ok();
    a.delete("/PROJ/" + p2, "force", "true").ok(); // its task and hours go with it
    assertAllEqual();
  }

  @Test
  void theSummaryIsWhatTheseReportsRead() {
    Api a = admin();
    String p = project(a, "Summary read");
    WorkFixtures.createId(a, "HOUR", json("projectID", p, "hours", 2));
    String[] byProject = {"projectID", p, "projectID_GroupBy", "true", "hours_AggFunc", "sum"};
    String[] summed = {"projectID_GroupBy", "true", "hours_AggFunc", "sum"};
    assertThat(a.get("/HOUR/report", summed).ok().data().path(p).path("sum_hours").asDouble())
        .isEqualTo(2.0);
    setActualWork(p, 5.0); // what no write path would do: shows which rows the report reads
    try {
      assertThat(a.get("/HOUR/report", summed).ok().data().path(p).path("sum_hours").asDouble())
          .isEqualTo(5.0);
      assertThat(a.get("/HOUR/report", byProject).ok().data().path(p).path("sum_hours").asDouble())
          .as("a filtered report adds up the hours themselves")
          .isEqualTo(2.0);
    } finally {
      setActualWork(p, 2.0);
    }
  }

  private void setActualWork(String projectId, double value) {
    TestServer.shared(engine)
        .app()
        .parts()
        .database()
        .read(
            dsl ->
                dsl.update(DSL.table(DSL.name("projects")))
                    .set(DSL.field(DSL.name("actual_work")), value)
                    .where(DSL.field(DSL.name("id")).eq(projectId))
                    .execute());
  }

  private void assertAllEqual() {
    for (List<String> report : REPORTS) {
      List<String> everyHour = new ArrayList<>(report);
      everyHour.addAll(List.of("hours", "0", "hours_Mod", "gt"));
      JsonNode summed = admin().get("/HOUR/report", report.toArray(String[]::new)).ok().data();
      JsonNode added = admin().get("/HOUR/report", everyHour.toArray(String[]::new)).ok().data();
      assertThat(summed).as("%s", report).isNotEmpty();
      assertThat(summed).as("%s", report).isEqualTo(added);
    }
  }
}
