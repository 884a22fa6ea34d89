package io.tasklane.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.PostgresDatabases;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The command-line contract of DESIGN.md, on the built jar as a separate process: {@code serve}
 * configured by flags or TASKLANE_* variables, {@code GET /health}, graceful stop on SIGTERM, and
 * {@code migrate}.
 */
@BothEngines
class ServerProcessIT {
  private static final Path JAR = Path.of("target", "tasklane.jar");

  @Parameter Engine engine;

  @Test
  void servesFromEnvironmentVariablesAnswersHealthAndStopsGracefullyOnSigterm() throws Exception {
    Path data = Files.createTempDirectory("tasklane-proc-");
    int port = freePort();
    List<String> cmd = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "serve"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("TASKLANE_PORT", Integer.toString(port));
    env.put("TASKLANE_DATA", data.toString());
    env.put("TASKLANE_ADMIN_PASSWORD", "process-password");
    database(env);
    Path log = data.resolve("out.log");
    pb.redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process p = pb.start();
    try {
      long firstOk = waitForHealth(port, p, log);
      System.out.printf(
          "[%s] first 200 from /health %d ms after launch%n",
          engine, (firstOk - started) / 1_000_000);
      String login =
          post(port, "/attask/api/v15.0/login", "username=admin&password=process-password");
      assertThat(login).contains("sessionID");
      if (engine == Engine.H2) {
        assertThat(data.resolve("tasklane.mv.db")).exists();
      }
      assertThat(data.resolve("secret.key")).exists();
    } finally {
      p.destroy(); // SIGTERM
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(log)).isTrue();
    String out = Files.readString(log);
    assertThat(out).contains("Stopping Tasklane");
    assertThat(p.exitValue()).as(out).isIn(0, 143);
  }

  @Test
  void migratePreparesADatabaseAndExits() throws Exception {
    Path data = Files.createTempDirectory("tasklane-migrate-");
    List<String> cmd =
        new ArrayList<>(
            List.of(java(), "-jar", JAR.toString(), "migrate", "--data", data.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    database(pb.environment());
    pb.environment().put("TASKLANE_ADMIN_PASSWORD", "process-password");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("up to date");
  }

  @Test
  void unknownCommandsAndBadFlagsExitNonZeroWithUsage() throws Exception {
    Process p =
        new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "notanumber")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isNotZero();
    assertThat(out).contains("--port");
  }

  private void database(Map<String, String> env) {
    if (engine == Engine.POSTGRES) {
      env.put("TASKLANE_DB_URL", PostgresDatabases.create());
      env.put(
          "TASKLANE_DB_USER", System.getenv().getOrDefault("TASKLANE_TEST_PG_USER", "postgres"));
      env.put(
          "TASKLANE_DB_PASSWORD", System.getenv().getOrDefault("TASKLANE_TEST_PG_PASSWORD", ""));
    } else {
      env.remove("TASKLANE_DB_URL");
    }
  }

  private static long waitForHealth(int port, Process p, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 600; i++) {
      if (!p.isAlive()) {
        throw new AssertionError("server exited: " + Files.readString(log));
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          assertThat(r.body()).contains("UP");
          return System.nanoTime();
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no health after 30 s: " + Files.readString(log));
  }

  private static String post(int port, String path, String form) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return r.body();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static String java() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }
}
