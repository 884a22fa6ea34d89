package io.tasklane.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tasklane.access.AccessFeature;
import io.tasklane.api.Dispatcher;
import io.tasklane.api.Endpoint;
import io.tasklane.api.Metadata;
import io.tasklane.api.SessionEndpoints;
import io.tasklane.auth.ApiKeys;
import io.tasklane.auth.Authenticator;
import io.tasklane.auth.CredentialStore;
import io.tasklane.auth.Sealer;
import io.tasklane.customdata.CustomDataFeature;
import io.tasklane.documents.ContentStore;
import io.tasklane.documents.DocumentFeature;
import io.tasklane.hours.HourFeature;
import io.tasklane.http.HttpServer;
import io.tasklane.http.HttpSettings;
import io.tasklane.jobs.Job;
import io.tasklane.jobs.JobSettings;
import io.tasklane.jobs.Scheduler;
import io.tasklane.notes.NoteFeature;
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
import io.tasklane.users.Offboarding;
import io.tasklane.users.ScheduledDeactivations;
import io.tasklane.users.UserFeature;
import io.tasklane.work.WorkFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: wires every part by hand, in start order, and stops them in reverse. Tests
 * start the real application through {@link #start} on a random port.
 */
public final class Application implements AutoCloseable {
  private final Database database;
  private final HttpServer http;
  private final int port;
  private final Parts parts;
  private final Scheduler scheduler;

  /** The wired parts, for the CLI and tests that call domain code directly. */
  public record Parts(
      Database database,
      Registry registry,
      ObjectApi api,
      Writes writes,
      Authenticator authenticator,
      Bootstrap bootstrap,
      String customerId,
      ScheduledDeactivations deactivations,
      Offboarding offboarding,
      JobSettings jobs,
      Map<String, Endpoint> endpoints) {

    /** The background jobs of a serving node. */
    public Scheduler scheduler() {
      return new Scheduler(
          database.dataSource(),
          List.of(new Job(SCHEDULED_DEACTIVATION, deactivations::deactivateDue)),
          jobs);
    }
  }

  /** The job carrying out scheduled deactivations (reference §7.4). */
  public static final String SCHEDULED_DEACTIVATION = "scheduled-deactivation";

  private Application(
      Database database, HttpServer http, int port, Parts parts, Scheduler scheduler) {
    this.database = database;
    this.http = http;
    this.port = port;
    this.parts = parts;
    this.scheduler = scheduler;
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
    endpoints.putAll(parts.endpoints());
    Dispatcher dispatcher =
        new Dispatcher(parts.database(), parts.api(), parts.authenticator(), endpoints, metadata);
    FunctionCounter.builder("tasklane.loads.shared", parts.api(), ObjectApi::sharedLoads)
        .description("loads of one object by ID answered by a statement shared with others")
        .register(metrics);
    FunctionCounter.builder("tasklane.reads.shared", dispatcher, Dispatcher::sharedReads)
        .description("identical reads answered by one run shared with others")
        .register(metrics);
    HttpServer http =
        new HttpServer(
            new HttpSettings(
                config.host(),
                config.port(),
                config.maxUriBytes(),
                config.maxBodyBytes(),
                config.maxUploadBytes(),
                ContentStore.spillDirectory(config.dataDir())),
            dispatcher,
            metrics,
            () -> ping(parts.database()));
    int port;
    Scheduler scheduler = parts.scheduler();
    try {
      port = http.start();
      scheduler.start();
    } catch (RuntimeException e) {
      scheduler.close();
      parts.database().close();
      throw e;
    }
    return new Application(parts.database(), http, port, parts, scheduler);
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
    Map<String, String> constraints = new LinkedHashMap<>(UserFeature.constraintMessages());
    constraints.putAll(WorkFeature.constraintMessages());
    constraints.putAll(HourFeature.constraintMessages());
    constraints.putAll(NoteFeature.constraintMessages());
    constraints.putAll(CustomDataFeature.constraintMessages());
    Database database = Database.open(db, new SqlErrors(constraints));
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
    AtomicReference<Writes> pipeline = new AtomicReference<>();
    UserFeature users = new UserFeature(apiKeys, authenticator, credentials, pipeline::get);
    AccessFeature access = new AccessFeature();
    WorkFeature work = new WorkFeature(access.policy());
    HourFeature hours = new HourFeature(access.policy());
    NoteFeature notes = new NoteFeature(access.policy());
    DocumentFeature documents =
        new DocumentFeature(
            access.policy(), config.dataDir(), config.maxUploadBytes(), clock, database);
    CustomDataFeature customData = new CustomDataFeature();

    Registry.Builder types = Registry.builder();
    users.define(types);
    JournalDefinitions.define(types);
    access.define(types);
    work.define(types);
    hours.define(types);
    notes.define(types);
    documents.define(types);
    customData.define(types);
    Registry registry = types.build();

    // Features' rules write through the pipeline, so it is built first and given the behaviours.
    AtomicReference<Behaviours> behaviourRef = new AtomicReference<>();
    Writes writes = new Writes(registry, behaviourRef::get, new ObjectWriter(), new OutboxWriter());
    pipeline.set(writes);
    Behaviours.Builder behaviours = Behaviours.builder();
    users.contribute(behaviours);
    access.contribute(behaviours, writes, registry);
    work.contribute(behaviours, writes, registry);
    hours.contribute(behaviours, writes, registry);
    notes.contribute(behaviours, writes, registry);
    documents.contribute(behaviours, writes, registry);
    customData.contribute(behaviours, writes, registry);
    Behaviours built = behaviours.build();
    behaviourRef.set(built);
    ObjectApi api =
        new ObjectApi(
            registry,
            new QueryParser(new Paths(registry)),
            new ObjectReader(registry),
            writes,
            built,
            customData.callers(
                new io.tasklane.users.UserCallers(clock, registry.get("USER")), registry),
            customData.values(),
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
    new Seeds(database, clock).run(List.of(work::seed, hours::seed));
    if (config.demo()) {
      new DemoLoader(database, writes, registry, clock, documents.contentStore()::store)
          .load(first.customerId(), out);
    }
    documents.sweep();
    return new Parts(
        database,
        registry,
        api,
        writes,
        authenticator,
        bootstrap,
        first.customerId(),
        new ScheduledDeactivations(database, writes, clock),
        users.offboarding(),
        config.jobs(),
        documents.endpoints());
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

  public Scheduler scheduler() {
    return scheduler;
  }

  /** Stops HTTP first (running requests finish), then the jobs, then the database. */
  @Override
  public void close() {
    http.stop();
    scheduler.close();
    database.close();
  }
}
