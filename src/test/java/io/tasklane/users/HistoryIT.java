package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.testing.WorkFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * History preserved (issue 5 point 5; DESIGN.md invariant 3; reference §7.2 "History: kept"): what
 * a user did while active — projects they own, assignments, hours, notes, documents and the journal
 * entries of their changes — stays linked to them after deactivation, and every one of those types
 * can be filtered by the person's state through the reference ({@code owner:isActive=false} and the
 * like).
 */
@BothEngines
class HistoryIT {
  @Parameter Engine engine;

  /** The leaver's traces, made by the leaver themselves while active. */
  private record Traces(
      String leaver,
      String project,
      String task,
      String assignment,
      String hour,
      String note,
      String document) {}

  private static Traces traces(TestServer server) {
    Person p = WorkFixtures.person(server, "Standard");
    Api as = p.api();
    String project = WorkFixtures.createId(as, "PROJ", json("name", "Own plan"));
    String task = WorkFixtures.task(as, project, "Own task", "assignedToID", p.id());
    String assignment = Leavers.assignment(server.admin(), "taskID", task, p.id());
    String hour =
        WorkFixtures.createId(
            as, "HOUR", json("taskID", task, "hours", 3, "entryDate", "2026-03-02"));
    String note =
        WorkFixtures.createId(
            as, "NOTE", json("noteObjCode", "TASK", "objID", task, "noteText", "Handing over"));
    as.putJson("/TASK/" + task, json("status", "INP")).ok();
    String document = document(as, project, p.id());
    WorkFixtures.deactivate(server, p.id());
    return new Traces(p.id(), project, task, assignment, hour, note, document);
  }

  /**
   * A document the user uploads (reference §5.3). A build without the upload endpoint answers 404
   * to it; there a DOCU row alone stands for the document.
   */
  private static String document(Api as, String project, String owner) {
    String boundary = "----history-upload";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"uploadedFile\"; filename=\"spec.txt\""
            + "\r\nContent-Type: text/plain\r\n\r\nspecification\r\n--"
            + boundary
            + "--\r\n";
    Response up = as.send("POST", "/upload", "multipart/form-data; boundary=" + boundary, body);
    ObjectNode doc =
        WorkFixtures.node(
            "name", "spec.txt", "docObjCode", "PROJ", "objID", project, "ownerID", owner);
    if (up.status() != 404) {
      doc.put("handle", up.ok().data().path("handle").asText());
    }
    return WorkFixtures.createId(as, "DOCU", doc.toString());
  }

  @Test
  void everyTraceStaysLinkedToTheDeactivatedUser() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Traces t = traces(server);

    JsonNode hour = WorkFixtures.get(admin, "HOUR", t.hour(), "owner:isActive,owner:name,hours");
    assertThat(hour.path("owner").path("ID").asText()).isEqualTo(t.leaver());
    assertThat(hour.path("owner").path("isActive").asBoolean(true)).isFalse();
    assertThat(hour.path("owner").path("name").asText()).isNotBlank();
    assertThat(hour.path("hours").asDouble()).isEqualTo(3.0);
    assertThat(owner(admin, "NOTE", t.note(), "ownerID")).isEqualTo(t.leaver());
    assertThat(owner(admin, "DOCU", t.document(), "ownerID")).isEqualTo(t.leaver());
    assertThat(owner(admin, "PROJ", t.project(), "ownerID")).isEqualTo(t.leaver());
    assertThat(owner(admin, "PROJ", t.project(), "enteredByID")).isEqualTo(t.leaver());
    assertThat(owner(admin, "ASSGN", t.assignment(), "assignedToID")).isEqualTo(t.leaver());
    assertThat(owner(admin, "TASK", t.task(), "assignedToID")).isEqualTo(t.leaver());
    assertThat(
            admin
                .get("/JRNLE/search", "objID", t.task(), "fieldName", "status", "fields", "*")
                .ok()
                .data()
                .get(0)
                .path("enteredByID")
                .asText())
        .isEqualTo(t.leaver());
  }

  @Test
  void everyTraceIsFilterableByThePersonsState() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    Traces t = traces(server);

    assertFound(admin, "HOUR", "owner", t.leaver(), t.hour());
    assertFound(admin, "NOTE", "owner", t.leaver(), t.note());
    assertFound(admin, "DOCU", "owner", t.leaver(), t.document());
    assertFound(admin, "PROJ", "owner", t.leaver(), t.project());
    assertFound(admin, "ASSGN", "assignedTo", t.leaver(), t.assignment());
    assertFound(admin, "TASK", "assignedTo", t.leaver(), t.task());
    assertFound(admin, "PROJ", "enteredBy", t.leaver(), t.project());
    JsonNode journal =
        admin
            .get(
                "/JRNLE/search",
                "enteredBy:isActive",
                "false",
                "objID",
                t.task(),
                "fields",
                "enteredBy:isActive")
            .ok()
            .data();
    assertThat(journal).isNotEmpty();
    journal.forEach(e -> assertThat(e.path("enteredBy").path("ID").asText()).isEqualTo(t.leaver()));

    assertThat(
            admin
                .get("/HOUR/count", "owner:isActive", "false", "ownerID", t.leaver())
                .ok()
                .data()
                .path("count")
                .asInt())
        .isEqualTo(1);
    // Reports group by the person's state too.
    JsonNode sums =
        admin
            .get(
                "/HOUR/report",
                "ownerID",
                t.leaver(),
                "owner:isActive_1_GroupBy",
                "true",
                "hours_AggFunc",
                "sum")
            .ok()
            .data();
    assertThat(sums.path("false").path("sum_hours").asDouble()).as("%s", sums).isEqualTo(3.0);
  }

  /**
   * {@code <code>/search?<ref>:isActive=false} finds the object and only objects of inactive
   * people; {@code isActive=true} does not find it.
   */
  private static void assertFound(Api admin, String code, String ref, String leaver, String id) {
    String path = "/" + code + "/search";
    JsonNode rows =
        admin.get(path, ref + ":isActive", "false", "fields", ref + ":isActive").ok().data();
    assertThat(rows).as("%s?%s:isActive=false", path, ref).isNotEmpty();
    rows.forEach(r -> assertThat(r.path(ref).path("isActive").asBoolean(true)).isFalse());
    JsonNode one =
        admin.get(path, ref + ":isActive", "false", "ID", id, "fields", ref + "ID").ok().data();
    assertThat(one).as("%s %s by %s:isActive=false", code, id, ref).hasSize(1);
    assertThat(one.get(0).path(ref + "ID").asText()).isEqualTo(leaver);
    assertThat(admin.get(path, ref + ":isActive", "true", "ID", id).ok().data()).isEmpty();
  }

  private static String owner(Api admin, String code, String id, String field) {
    return WorkFixtures.get(admin, code, id, field).path(field).asText();
  }
}
