package io.tasklane.testing;

import io.tasklane.app.Application;
import io.tasklane.app.ServerConfig;
import io.tasklane.auth.AuthSettings;
import io.tasklane.http.HttpSettings;
import io.tasklane.jobs.JobSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The real application on a random port, on an H2 file in a temporary directory or a fresh
 * PostgreSQL database. {@link #shared} servers live for the whole test JVM; tests that need a
 * pristine or specially configured server {@link #start} their own.
 */
public final class TestServer implements AutoCloseable {
  public static final String ADMIN_PASSWORD = "admin-test-password";
  public static final String API_ROOT = "/attask/api/v15.0";

  private static final Map<Engine, TestServer> SHARED = new EnumMap<>(Engine.class);

  private final Engine engine;
  private final ServerConfig config;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private Application app;
  private String adminSession;

  private TestServer(Engine engine, ServerConfig config) {
    this.engine = engine;
    this.config = config;
    this.app = Application.start(config, new PrintStream(output, true, StandardCharsets.UTF_8));
  }

  /** The server shared by every test class on this engine; tests keep their data apart by name. */
  public static synchronized TestServer shared(Engine engine) {
    return SHARED.computeIfAbsent(
        engine,
        e -> {
          TestServer s = start(e, c -> c);
          Runtime.getRuntime().addShutdownHook(new Thread(s::close));
          return s;
        });
  }

  /** A server of its own on a fresh database, configured by {@code customize}. */
  public static TestServer start(Engine engine, UnaryOperator<ServerConfig> customize) {
    return new TestServer(engine, customize.apply(defaults(engine)));
  }

  public static ServerConfig defaults(Engine engine) {
    Path dir;
    try {
      dir = Files.createTempDirectory("tasklane-it-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<String> url =
        engine == Engine.POSTGRES ? Optional.of(PostgresDatabases.create()) : Optional.empty();
    return new ServerConfig(
        "127.0.0.1",
        0,
        dir,
        url,
        engine == Engine.POSTGRES ? PostgresDatabases.user() : "",
        engine == Engine.POSTGRES ? PostgresDatabases.password() : "",
        8,
        false,
        Optional.of(ADMIN_PASSWORD),
        Optional.empty(),
        HttpSettings.WORKFRONT_MAX_URI,
        1024 * 1024,
        4 * 1024 * 1024,
        AuthSettings.defaults(),
        Clock.systemUTC(),
        JobSettings.defaults().withInterval(Duration.ofMillis(200)));
  }

  /** Copies a config with another clock (records have no withers). */
  public static ServerConfig withClock(ServerConfig c, Clock clock) {
    return c.toBuilder().clock(clock).build();
  }

  public static ServerConfig withAuth(ServerConfig c, AuthSettings auth) {
    return c.toBuilder().auth(auth).build();
  }

  public static ServerConfig withDemo(
      ServerConfig c, boolean demo, Optional<String> adminPassword) {
    return c.toBuilder().demo(demo).adminPassword(adminPassword).build();
  }

  public static ServerConfig withMaxUpload(ServerConfig c, long maxUploadBytes) {
    return c.toBuilder().maxUploadBytes(maxUploadBytes).build();
  }

  public static ServerConfig withJobs(ServerConfig c, JobSettings jobs) {
    return c.toBuilder().jobs(jobs).build();
  }

  /** The same database and data directory: a second node of the same installation. */
  public static ServerConfig sameDatabase(ServerConfig c, Path dataDir) {
    return c.toBuilder().port(0).dataDir(dataDir).demo(false).build();
  }

  public Engine engine() {
    return engine;
  }

  public int port() {
    return app.port();
  }

  public Application app() {
    return app;
  }

  public ServerConfig config() {
    return config;
  }

  /** What the server printed (generated passwords, demo notices). */
  public String output() {
    return output.toString(StandardCharsets.UTF_8);
  }

  /** A new API key of a user, asked for with their password. */
  public String apiKey(String username, String password) {
    return api()
        .put("/user", "action", "generateApiKey", "username", username, "password", password)
        .ok()
        .data()
        .path("result")
        .asText();
  }

  /** An unauthenticated client on {@value #API_ROOT}. */
  public Api api() {
    return new Api("http://127.0.0.1:" + port(), API_ROOT, Map.of());
  }

  /** A client with a session of the System Administrator {@code admin}. */
  public synchronized Api admin() {
    if (adminSession == null) {
      adminSession = login("admin", ADMIN_PASSWORD);
    }
    return api().withSession(adminSession);
  }

  /** A client with a new session of {@code admin} (after tests that move a clock). */
  public Api newAdmin() {
    return api().withSession(login("admin", ADMIN_PASSWORD));
  }

  /** Logs in and returns the session ID. */
  public String login(String username, String password) {
    Response r = api().form("POST", "/login", "username", username, "password", password).ok();
    return r.data().path("sessionID").asText();
  }

  /** Stops the application and starts it again on the same database and data directory. */
  public synchronized void restart() {
    app.close();
    app = Application.start(config, new PrintStream(output, true, StandardCharsets.UTF_8));
    adminSession = null;
  }

  @Override
  public synchronized void close() {
    if (app != null) {
      app.close();
      app = null;
    }
  }
}
