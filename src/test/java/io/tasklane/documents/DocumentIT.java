package io.tasklane.documents;

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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Uploads, documents, versions and downloads (reference §5.3) on the shared server. */
@BothEngines
class DocumentIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  static String upload(Api api, String fileName, String text) {
    JsonNode data =
        api.upload("uploadedFile", fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8))
            .ok()
            .data();
    assertThat(data.path("handle").asText()).matches("[0-9a-f]{32}");
    return data.path("handle").asText();
  }

  @Test
  void createsADocumentFromAnUploadAndDownloadsItsBytes() {
    String p = project(admin());
    String t = task(admin(), p, "T");
    String handle = upload(admin(), "spec.txt", "Hello, ünïcode spec");
    JsonNode doc =
        admin()
            .postJson(
                "/document",
                "{\"name\":\"Spec\",\"handle\":\""
                    + handle
                    + "\",\"docObjCode\":\"TASK\",\"objID\":\""
                    + t
                    + "\",\"currentVersion\":{\"version\":\"v1.0\",\"fileName\":\"spec.txt\"}}",
                "fields",
                "currentVersion:fileName,currentVersion:docSize,currentVersion:format,currentVersion:fileExtension,projectID,owner")
            .ok()
            .data();
    String id = doc.path("ID").asText();
    assertThat(doc.path("objCode").asText()).isEqualTo("DOCU");
    assertThat(doc.path("projectID").asText()).isEqualTo(p);
    JsonNode v = doc.path("currentVersion");
    assertThat(v.path("fileName").asText()).isEqualTo("spec.txt");
    assertThat(v.path("fileExtension").asText()).isEqualTo("txt");
    assertThat(v.path("docSize").asInt())
        .isEqualTo("Hello, ünïcode spec".getBytes(StandardCharsets.UTF_8).length);
    assertThat(v.path("format").asText()).isEqualTo("text/plain");
    HttpResponse<byte[]> download = admin().bytes("/download?ID=" + id);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(new String(download.body(), StandardCharsets.UTF_8))
        .isEqualTo("Hello, ünïcode spec");
    assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
        .contains("spec.txt");
    assertThat(get(admin(), "TASK", t, "documents").path("documents")).hasSize(1);
  }

  @Test
  void aHandleIsUsedOnce() {
    String p = project(admin());
    String handle = upload(admin(), "a.txt", "once");
    String body = json("name", "A", "handle", handle, "docObjCode", "PROJ", "objID", p);
    admin().postJson("/DOCU", body).ok();
    assertThat(admin().postJson("/DOCU", body).fails(404).errorMessage()).contains("used already");
    assertThat(admin().get("/DOCU/search", "objID", p).ok().data()).hasSize(1);
  }

  @Test
  void refusesDocumentsWithoutUploadsAndBadUploads() {
    String p = project(admin());
    assertThat(
            admin()
                .postJson("/DOCU", json("name", "A", "docObjCode", "PROJ", "objID", p))
                .fails(400)
                .errorMessage())
        .contains("handle");
    admin()
        .postJson(
            "/DOCU", json("name", "A", "docObjCode", "PROJ", "objID", p, "handle", "0".repeat(32)))
        .fails(404);
    admin()
        .postJson("/DOCU", json("name", "A", "docObjCode", "PROJ", "objID", p, "handle", "short"))
        .fails(400);
    admin()
        .postJson(
            "/DOCU",
            json(
                "name", "A", "docObjCode", "HOUR", "objID", p, "handle", upload(admin(), "x", "x")))
        .fails(400);
    assertThat(
            admin().upload("file", "x.txt", "text/plain", new byte[] {1}).fails(400).errorMessage())
        .contains("uploadedFile");
    admin().post("/upload").fails(400);
    assertThat(
            admin()
                .upload(
                    "uploadedFile",
                    "big.bin",
                    "application/octet-stream",
                    new byte[5 * 1024 * 1024])
                .fails(413)
                .errorMessage())
        .contains("bytes");
    TestServer.shared(engine)
        .api()
        .upload("uploadedFile", "x.txt", "text/plain", new byte[] {1})
        .fails(401);
    assertThat(admin().get("/DOCU/search", "objID", p).ok().data()).isEmpty();
  }

  @Test
  void anEditWithAHandleAddsAVersion() {
    String p = project(admin());
    String first = upload(admin(), "plan.txt", "first draft");
    String id =
        WorkFixtures.createId(
            admin(),
            "DOCU",
            json("name", "Plan", "handle", first, "docObjCode", "PROJ", "objID", p));
    String oldVersion =
        get(admin(), "DOCU", id, "currentVersionID").path("currentVersionID").asText();
    admin()
        .putJson("/DOCU/" + id, json("handle", upload(admin(), "plan.txt", "second draft")))
        .ok();
    JsonNode doc = get(admin(), "DOCU", id, "versions:version,currentVersion:version");
    assertThat(doc.path("versions")).hasSize(2);
    assertThat(doc.path("currentVersion").path("version").asText()).isEqualTo("v2.0");
    assertThat(new String(admin().bytes("/download?ID=" + id).body(), StandardCharsets.UTF_8))
        .isEqualTo("second draft");
    assertThat(
            new String(
                admin().bytes("/download?versionID=" + oldVersion).body(), StandardCharsets.UTF_8))
        .isEqualTo("first draft");
    admin().delete("/DOCU/" + id).ok();
    assertThat(admin().bytes("/download?ID=" + id).statusCode()).isEqualTo(404);
    assertThat(admin().get("/DOCV/search", "documentID", id).ok().data()).isEmpty();
  }

  @Test
  void onlyThoseWhoCanSeeTheDocumentDownloadIt() {
    TestServer server = TestServer.shared(engine);
    WorkFixtures.Person ana = WorkFixtures.person(server, "Standard");
    WorkFixtures.Person ben = WorkFixtures.person(server, "Standard");
    String p = project(ana.api());
    String id =
        WorkFixtures.createId(
            ana.api(),
            "DOCU",
            json(
                "name",
                "Secret",
                "handle",
                upload(ana.api(), "s.txt", "secret"),
                "docObjCode",
                "PROJ",
                "objID",
                p));
    assertThat(ana.api().bytes("/download?ID=" + id).statusCode()).isEqualTo(200);
    assertThat(ben.api().bytes("/download?ID=" + id).statusCode()).isEqualTo(403);
    ben.api().get("/DOCU/" + id).fails(404);
    String bensHandle = upload(ben.api(), "b.txt", "mine");
    assertThat(
            ana.api().putJson("/DOCU/" + id, json("handle", bensHandle)).fails(403).errorMessage())
        .contains("another user");
  }
}
