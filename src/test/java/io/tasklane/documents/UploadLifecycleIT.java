package io.tasklane.documents;

import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Uploads across restarts, broken connections and expiry, each on a server of its own. */
@BothEngines
class UploadLifecycleIT {
  @Parameter Engine engine;

  @Test
  void anUploadAndItsDocumentSurviveARestart() {
    try (TestServer server = TestServer.start(engine, c -> c)) {
      String p = WorkFixtures.project(server.admin());
      String used = DocumentIT.upload(server.admin(), "kept.txt", "kept across restarts");
      String doc =
          WorkFixtures.createId(
              server.admin(),
              "DOCU",
              json("name", "Kept", "handle", used, "docObjCode", "PROJ", "objID", p));
      String pending = DocumentIT.upload(server.admin(), "later.txt", "claimed after the restart");
      server.restart();
      assertThat(
              new String(
                  server.admin().bytes("/download?ID=" + doc).body(), StandardCharsets.UTF_8))
          .isEqualTo("kept across restarts");
      String later =
          WorkFixtures.createId(
              server.admin(),
              "DOCU",
              json("name", "Later", "handle", pending, "docObjCode", "PROJ", "objID", p));
      assertThat(
              new String(
                  server.admin().bytes("/download?ID=" + later).body(), StandardCharsets.UTF_8))
          .isEqualTo("claimed after the restart");
    }
  }

  @Test
  void aHalfFinishedUploadLeavesNoFile() throws Exception {
    try (TestServer server = TestServer.start(engine, c -> c)) {
      String session = server.login("admin", TestServer.ADMIN_PASSWORD);
      String boundary = "----halfway";
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"uploadedFile\"; filename=\"big.bin\"\r\n"
              + "Content-Type: application/octet-stream\r\n\r\n";
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        OutputStream out = s.getOutputStream();
        out.write(
            ("POST "
                    + TestServer.API_ROOT
                    + "/upload HTTP/1.1\r\nHost: localhost\r\nsessionID: "
                    + session
                    + "\r\nContent-Type: multipart/form-data; boundary="
                    + boundary
                    + "\r\nContent-Length: 2000000\r\n\r\n"
                    + head)
                .getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[300_000]); // past the in-memory threshold, so the part spills to disk
        out.flush();
        long spilled = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (files(content(server)).isEmpty() && System.nanoTime() < spilled) {
          Thread.sleep(50);
        }
        assertThat(files(content(server))).as("a partial file while the upload runs").isNotEmpty();
      } // the connection drops mid-body
      Path content = content(server);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!files(content).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(files(content)).isEmpty();
      int handles =
          server
              .app()
              .parts()
              .database()
              .read(dsl -> dsl.fetchCount(org.jooq.impl.DSL.table("uploads")));
      assertThat(handles).isZero();
      // the server still takes uploads afterwards
      DocumentIT.upload(server.admin(), "after.txt", "fine");
    }
  }

  @Test
  void unusedHandlesExpireAndTheirBytesGo() {
    MutableClock clock = MutableClock.startingNow();
    try (TestServer server = TestServer.start(engine, c -> TestServer.withClock(c, clock))) {
      String p = WorkFixtures.project(server.admin());
      String handle = DocumentIT.upload(server.admin(), "stale.txt", "stale");
      Path blob =
          server
              .config()
              .dataDir()
              .resolve("content")
              .resolve(server.app().parts().customerId())
              .resolve(handle);
      assertThat(blob).exists();
      clock.advance(ContentStore.HANDLE_LIFETIME.plusMinutes(1));
      assertThat(
              server
                  .admin()
                  .postJson(
                      "/DOCU",
                      json("name", "Late", "handle", handle, "docObjCode", "PROJ", "objID", p))
                  .fails(422)
                  .errorMessage())
          .contains("expired");
      DocumentIT.upload(server.admin(), "fresh.txt", "fresh"); // an upload sweeps expired handles
      assertThat(blob).doesNotExist();
      server
          .admin()
          .postJson(
              "/DOCU", json("name", "Late", "handle", handle, "docObjCode", "PROJ", "objID", p))
          .fails(404);
    }
  }

  private static Path content(TestServer server) {
    return server.config().dataDir().resolve("content");
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
