package io.tasklane.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second Tasklane node as a real operating-system process: {@code java -jar target/tasklane.jar
 * serve} on the same PostgreSQL database as a test server (Failsafe runs after {@code package}, so
 * the jar exists). Stopped with SIGTERM.
 */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a node on {@code of}'s database with the given extra {@code serve} arguments. */
  public static ServerProcess start(TestServer of, String... extra) {
    String url =
        of.config().dbUrl().orElseThrow(() -> new IllegalStateException("needs PostgreSQL"));
    int port = freePort();
    try {
      Path log = Files.createTempFile("tasklane-node-", ".log");
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Duser.timezone=UTC",
                  "-jar",
                  Path.of("target", "tasklane.jar").toAbsolutePath().toString(),
                  "serve",
                  "--host",
                  "127.0.0.1",
                  "--port",
                  Integer.toString(port),
                  "--data",
                  of.config().dataDir().toString(),
                  "--db-url",
                  url,
                  "--db-user",
                  of.config().dbUser(),
                  "--db-password",
                  of.config().dbPassword(),
                  "--db-pool",
                  "8"));
      cmd.addAll(List.of(extra));
      ProcessBuilder pb =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = pb.environment();
      env.remove("TASKLANE_ADMIN_PASSWORD");
      ServerProcess node = new ServerProcess(pb.start(), port, log);
      node.awaitHealthy(Duration.ofSeconds(60));
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** A client on this node with the given session. */
  public Api api(String sessionId) {
    return new Api("http://127.0.0.1:" + port, TestServer.API_ROOT, Map.of())
        .withSession(sessionId);
  }

  private void awaitHealthy(Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node exited: " + output());
      }
      try {
        if (RawHttp.send(port, "GET", "/health").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("node not healthy after " + timeout + ": " + output());
  }

  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
