package io.tasklane.work;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
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

/** TMPL and TTSK, and projects created from a template. */
@BothEngines
class TemplateIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void aProjectFromATemplateGetsItsTasksWithHierarchyAssigneesAndDates() {
    TestServer server = TestServer.shared(engine);
    String ana = WorkFixtures.person(server, "Standard").id();
    String tmpl =
        WorkFixtures.createId(admin(), "TMPL", json("name", Fixtures.unique("Launch kit")));
    String design =
        WorkFixtures.createId(
            admin(),
            "TTSK",
            json("templateID", tmpl, "name", "Design", "work", 16, "duration", 2, "startDay", 0));
    WorkFixtures.createId(
        admin(),
        "TTSK",
        json(
            "templateID",
            tmpl,
            "name",
            "Mock-ups",
            "parentID",
            design,
            "assignedToID",
            ana,
            "duration",
            1,
            "startDay",
            1));
    JsonNode template = get(admin(), "TMPL", tmpl, "templateTasks:taskNumber,owner");
    assertThat(template.path("templateTasks")).hasSize(2);
    assertThat(template.path("templateTasks").get(1).path("taskNumber").asInt()).isEqualTo(2);

    JsonNode project =
        WorkFixtures.create(
            admin(),
            "PROJ",
            json(
                "name",
                "From template",
                "templateID",
                tmpl,
                "plannedStartDate",
                "2026-05-04T09:00:00Z"),
            "fields",
            "tasks:parentID,tasks:assignedToID,tasks:plannedStartDate,tasks:plannedCompletionDate,tasks:work,templateID");
    JsonNode tasks = project.path("tasks");
    assertThat(tasks).hasSize(2);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("Design");
    assertThat(tasks.get(1).path("parentID").asText()).isEqualTo(tasks.get(0).path("ID").asText());
    assertThat(tasks.get(1).path("assignedToID").asText()).isEqualTo(ana);
    assertThat(tasks.get(1).path("plannedStartDate").asText()).startsWith("2026-05-05T");
    assertThat(tasks.get(1).path("plannedCompletionDate").asText()).startsWith("2026-05-06T");
    assertThat(project.path("templateID").asText()).isEqualTo(tmpl);
    // the template is untouched and can be deleted with its tasks; the project stays
    admin().delete("/TMPL/" + tmpl).ok();
    assertThat(
            get(admin(), "PROJ", project.path("ID").asText(), "templateID")
                .path("templateID")
                .isNull())
        .isTrue();
  }

  @Test
  void templateTasksNestWithinTheirTemplateOnly() {
    String a = WorkFixtures.createId(admin(), "TMPL", json("name", Fixtures.unique("A")));
    String b = WorkFixtures.createId(admin(), "TMPL", json("name", Fixtures.unique("B")));
    String inA = WorkFixtures.createId(admin(), "TTSK", json("templateID", a, "name", "x"));
    admin().postJson("/TTSK", json("templateID", b, "name", "y", "parentID", inA)).fails(400);
    admin().postJson("/TTSK", json("name", "no template")).fails(400);
    admin().postJson("/TTSK", json("templateID", a, "name", "neg", "duration", -1)).fails(400);
    String child =
        WorkFixtures.createId(admin(), "TTSK", json("templateID", a, "name", "c", "parentID", inA));
    admin().putJson("/TTSK/" + inA, json("parentID", child)).fails(400);
    admin().putJson("/TTSK/" + inA, json("templateID", b)).fails(400);
  }

  @Test
  void onlyTheOwnerOrAnAdministratorChangesATemplate() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    WorkFixtures.Person ben = WorkFixtures.person(server, "Standard");
    String tmpl = WorkFixtures.createId(ana.api(), "TMPL", json("name", Fixtures.unique("Mine")));
    assertThat(get(admin(), "TMPL", tmpl, "ownerID").path("ownerID").asText()).isEqualTo(ana.id());
    ben.api().putJson("/TMPL/" + tmpl, json("name", "Stolen")).fails(403);
    ben.api().postJson("/TTSK", json("templateID", tmpl, "name", "x")).fails(403);
    ana.api().postJson("/TTSK", json("templateID", tmpl, "name", "x")).ok();
    admin().putJson("/TMPL/" + tmpl, json("ownerID", ben.id())).ok();
    ben.api().putJson("/TMPL/" + tmpl, json("name", "Handed over")).ok();
  }
}
