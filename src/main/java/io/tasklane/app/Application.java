package io.tasklane.app;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasklane.api.Dispatcher;
import io.tasklane.api.Endpoint;
import io.tasklane.api.Metadata;
import io.tasklane.api.SessionEndpoints;
import io.tasklane.auth.ApiKeys;
import io.tasklane.auth.Authenticator;
import io.tasklane.auth.CredentialStore;
import io.tasklane.auth.Sealer;
import io.tasklane.http.HttpServer;
import io.tasklane.http.HttpSettings;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.JournalDefinitions;
import io.tasklane.objects.ObjectApi;
import io.tasklane.objects.Writes;
import io.tasklane.query.Paths;
import io.tasklane.query.QueryParser;
import io.tasklane.schema.Registry;
import io.tasklane.store.Database;
import io.tasklane.store.DatabaseConfig;
import io.tasklane.store.Migrations;
import io.tasklane.store.ObjectReader;
import io.tasklane.store.ObjectWriter;
import io.tasklane.store.OutboxWriter;
import io.tasklane.store.SqlErrors;
import io.tasklane.users.Bootstrap;
import io.tasklane.users.CustomerInfo;
import io.tasklane.users.UserFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The composition root: wires every part by hand, in start order, and stops them in reverse. Tests
 * start the real application through {@link #start} on a random port.
 */
public final class Application implements AutoCloseable {
  private final Database database;
  private final HttpServer http;
  private final int port;
  private final Parts parts;

  /** The wired parts, for the CLI and tests that call domain code directly. */
  public record Parts(
      Database database,
      Registry registry,
      ObjectApi api,
      Writes writes,
      Authenticator authenticator,
      Bootstrap bootstrap,
      String customerId) {}

  private Application(Database database, HttpServer http, int port, Parts parts) {
    this.database = database;
    this.http = http;
    this.port = port;
    this.parts = parts;
  }

  /** Migrates, bootstraps, loads the demo if asked, and starts listening. */
  public static Application start(ServerConfig config, PrintStream out) {
    Parts parts = assemble(config, out);
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmGcMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    Metadata metadata = new Metadata(parts.registry(), parts.api().behaviours());
    SessionEndpoints sessions =
        new SessionEndpoints(parts.authenticator(), new CustomerInfo(parts.database()));
    Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    endpoints.put("login", sessions.login());
    endpoints.put("logout", sessions.logout());
    Dispatcher dispatcher =
        new Dispatcher(parts.database(), parts.api(), parts.authenticator(), endpoints, metadata);
    HttpServer http =
        new HttpServer(
            new HttpSettings(
                config.host(), config.port(), config.maxUriBytes(), config.maxBodyBytes()),
            dispatcher,
            metrics,
            () -> ping(parts.database()));
    int port;
    try {
      port = http.start();
    } catch (RuntimeException e) {
      parts.database().close();
      throw e;
    }
    return new Application(parts.database(), http, port, parts);
  }

  /** Opens and migrates the database and wires the domain, without HTTP (CLI commands). */
  public static Parts assemble(ServerConfig config, PrintStream out) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
    }
    DatabaseConfig db =
        config
            .dbUrl()
            .map(
                url ->
                    new DatabaseConfig(
                        url, config.dbUser(), config.dbPassword(), config.poolSize()))
            .orElseGet(() -> DatabaseConfig.embedded(config.dataDir(), config.poolSize()));
    Database database = Database.open(db, new SqlErrors(UserFeature.constraintMessages()));
    try {
      Migrations.migrate(database);
      return wire(database, config, out);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Parts wire(Database database, ServerConfig config, PrintStream out) {
    // Milliseconds, as Workfront writes dates: a finer instant would round differently in the
    // database than in memory, and a stored time could then lie after "now".
    Clock clock = Clock.tick(config.clock(), Duration.ofMillis(1));
    CredentialStore credentials = new CredentialStore();
    Authenticator authenticator = new Authenticator(database, credentials, config.auth(), clock);
    ApiKeys apiKeys =
        new ApiKeys(
            credentials,
            new Sealer(Secrets.load(config.secret(), config.dataDir())),
            config.auth(),
            clock);
    UserFeature users = new UserFeature(apiKeys, authenticator);

    Registry.Builder types = Registry.builder();
    users.define(types);
    JournalDefinitions.define(types);
    Registry registry = types.build();

    Behaviours.Builder behaviours = Behaviours.builder();
    users.contribute(behaviours);

    Behaviours built = behaviours.build();
    Writes writes = new Writes(registry, built, new ObjectWriter(), new OutboxWriter());
    ObjectApi api =
        new ObjectApi(
            registry,
            new QueryParser(new Paths(registry)),
            new ObjectReader(registry),
            writes,
            built,
            new io.tasklane.users.UserCallers(clock),
            clock);

    Bootstrap bootstrap = new Bootstrap(database, writes, registry, clock);
    Bootstrap.Outcome first = bootstrap.ensure(config.adminPassword(), ZoneId.systemDefault());
    first
        .generatedPassword()
        .ifPresent(
            pw ->
                out.println(
                    "Created the System Administrator 'admin' with the generated password: "
                        + pw
                        + "\n(shown once; set TASKLANE_ADMIN_PASSWORD to choose it yourself)"));
    if (config.demo()) {
      new DemoLoader(database, writes, registry, clock).load(first.customerId(), out);
    }
    return new Parts(database, registry, api, writes, authenticator, bootstrap, first.customerId());
  }

  private static boolean ping(Database database) {
    try {
      return database.read(dsl -> dsl.selectOne().fetchOne(0, Integer.class)) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  public int port() {
    return port;
  }

  public Parts parts() {
    return parts;
  }

  /** Stops HTTP first (running requests finish), then the database. */
  @Override
  public void close() {
    http.stop();
    database.close();
  }
}
