package io.tasklane.notes;

import static io.tasklane.testing.WorkFixtures.get;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** NOTE and NTAG: updates on work, threads, tags and who may change them. */
@BothEngines
class NoteIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void postsThreadsEditsAndDeletesNotes() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    JsonNode note =
        WorkFixtures.create(
            admin(),
            "NOTE",
            json("noteObjCode", "TASK", "objID", t, "noteText", "Started"),
            "fields",
            "projectID,taskID,threadID,owner");
    String id = note.path("ID").asText();
    assertThat(note.path("projectID").asText()).isEqualTo(p);
    assertThat(note.path("taskID").asText()).isEqualTo(t);
    assertThat(note.path("threadID").asText()).isEqualTo(id);
    JsonNode reply =
        WorkFixtures.create(
            admin(),
            "NOTE",
            json("noteObjCode", "TASK", "objID", t, "noteText", "Thanks", "parentNoteID", id),
            "fields",
            "threadID");
    assertThat(reply.path("threadID").asText()).isEqualTo(id);
    assertThat(
            get(admin(), "NOTE", id, "replies:noteText")
                .path("replies")
                .get(0)
                .path("noteText")
                .asText())
        .isEqualTo("Thanks");
    admin().putJson("/NOTE/" + id, json("noteText", "Started today")).ok();
    admin().putJson("/NOTE/" + id, json("objID", p)).fails(400);
    assertThat(admin().delete("/NOTE/" + id).fails(409).errorMessage()).contains("replies");
    admin().delete("/NOTE/" + id, "force", "true").ok();
    admin().get("/NOTE/" + reply.path("ID").asText()).fails(404);
  }

  @Test
  void refusesNotesOnNothingAndRepliesElsewhere() {
    String p = project(admin());
    admin().postJson("/NOTE", json("noteObjCode", "TASK", "objID", p, "noteText", "x")).fails(404);
    admin().postJson("/NOTE", json("noteObjCode", "PROJ", "objID", p)).fails(400);
    admin().postJson("/NOTE", json("noteObjCode", "HOUR", "objID", p, "noteText", "x")).fails(400);
    String first =
        WorkFixtures.createId(
            admin(), "NOTE", json("noteObjCode", "PROJ", "objID", p, "noteText", "x"));
    String t = task(admin(), p, "T");
    assertThat(
            admin()
                .postJson(
                    "/NOTE",
                    json("noteObjCode", "TASK", "objID", t, "noteText", "y", "parentNoteID", first))
                .fails(400)
                .errorMessage())
        .contains("same object");
  }

  @Test
  void tagsUsersAndOnlyTheAuthorChangesANote() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    WorkFixtures.Person ben = WorkFixtures.person(server, "Standard");
    String p = project(ana.api());
    JsonNode note =
        ana.api()
            .postJson(
                "/NOTE",
                "{\"noteObjCode\":\"PROJ\",\"objID\":\""
                    + p
                    + "\",\"noteText\":\"@ben look\","
                    + "\"tags\":[{\"objID\":\""
                    + ben.id()
                    + "\"}]}",
                "fields",
                "tags:userID,tags:objObjCode")
            .ok()
            .data();
    assertThat(note.path("tags").get(0).path("userID").asText()).isEqualTo(ben.id());
    assertThat(note.path("tags").get(0).path("objObjCode").asText()).isEqualTo("USER");
    String id = note.path("ID").asText();
    admin()
        .putJson(
            "/PROJ/" + p,
            "{\"accessRules\":[{\"accessorID\":\"" + ben.id() + "\",\"coreAction\":\"VIEW\"}]}")
        .ok();
    assertThat(
            ben.api().putJson("/NOTE/" + id, json("noteText", "hijack")).fails(403).errorMessage())
        .contains("author");
    ben.api().delete("/NOTE/" + id).fails(403);
    admin().putJson("/NOTE/" + id, json("noteText", "moderated")).ok();
    assertThat(get(admin(), "NOTE", id, "noteText").path("noteText").asText())
        .isEqualTo("moderated");
  }
}
