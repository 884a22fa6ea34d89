package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Reads with one credential that arrive together share work: GETs of different objects one
 * statement (store.CoalescedLoads), identical reads one run (SharedReads). Each still answers as it
 * would alone, counts the statements that answered it, and sees every write committed before it
 * arrived.
 */
@BothEngines
class SharedReadsIT {
  private static final int THREADS = 32;

  @Parameter Engine engine;

  /** Inactive, so as to take no licence seat on the server the whole run shares. */
  private static String person(Api admin, String lastName) {
    return admin
        .postJson(
            "/USER",
            "{\"firstName\":\"Shared\",\"lastName\":\""
                + lastName
                + "\",\"emailAddr\":\""
                + Fixtures.unique("shared")
                + "@example.test\",\"isActive\":false}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  private static long sharedLoads(TestServer server) {
    return server.app().parts().api().sharedLoads();
  }

  private static String metrics(TestServer server) {
    return new String(server.api().root("").bytes("/metrics").body(), StandardCharsets.UTF_8);
  }

  /** tasklane_reads_shared_total on /metrics. */
  private static double sharedReads(TestServer server) {
    for (String line : metrics(server).split("\n")) {
      if (line.startsWith("tasklane_reads_shared_total")) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    throw new AssertionError("no tasklane_reads_shared_total on /metrics");
  }

  /**
   * Rounds of {@link #THREADS} threads each running {@code task} (with its thread's number)
   * together, until {@code done} or 40 rounds have run.
   */
  private static void roundsUntil(BooleanSupplier done, IntConsumer task) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 40 && !done.getAsBoolean(); round++) {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int n = t;
          running.add(threads.submit(() -> task.accept(n)));
        }
        for (Future<?> f : running) {
          f.get(60, TimeUnit.SECONDS);
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void concurrentGetsOfDifferentObjectsShareStatementsAndEachAnswersWithItsOwn() throws Exception {
    TestServer server = TestServer.shared(engine);
    Api admin = server.newAdmin();
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      names.add(Fixtures.unique("Shared" + i));
      ids.add(person(admin, names.get(i)));
    }
    long before = sharedLoads(server);
    // Rounds until some GETs have shared a statement (the first round usually does).
    roundsUntil(
        () -> sharedLoads(server) > before,
        first -> {
          for (int k = 0; k < 8; k++) {
            int i = (first + k) % ids.size();
            Response r = admin.get("/USER/" + ids.get(i), "fields", "lastName").ok();
            assertThat(r.data().path("ID").asText()).isEqualTo(ids.get(i));
            assertThat(r.data().path("lastName").asText()).isEqualTo(names.get(i));
            assertThat(r.statements()).isEqualTo(1);
          }
        });
    assertThat(sharedLoads(server)).isGreaterThan(before);
    assertThat(metrics(server)).contains("tasklane_loads_shared_total");
  }

  @Test
  void identicalConcurrentSearchesShareOneRunAndEachGetsTheWholeAnswer() throws Exception {
    TestServer server = TestServer.shared(engine);
    Api admin = server.newAdmin();
    String lastName = Fixtures.unique("Same");
    for (int i = 0; i < 5; i++) {
      person(admin, lastName);
    }
    String[] search = {"lastName", lastName, "fields", "lastName", "ID_Sort", "asc"};
    Response alone = admin.get("/USER/search", search).ok();
    assertThat(alone.data()).hasSize(5);
    double before = sharedReads(server);
    roundsUntil(
        () -> sharedReads(server) > before,
        thread -> {
          for (int k = 0; k < 4; k++) {
            Response r = admin.get("/USER/search", search).ok();
            assertThat(r.body()).isEqualTo(alone.body());
            assertThat(r.statements()).isEqualTo(alone.statements());
          }
        });
    assertThat(sharedReads(server)).isGreaterThan(before);
  }

  @Test
  void aReadAfterAWriteSeesItWhileIdenticalReadsShareRuns() throws Exception {
    TestServer server = TestServer.shared(engine);
    Api admin = server.newAdmin();
    String id = person(admin, "Before");
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Future<Integer>> readers = new ArrayList<>();
    try {
      for (int t = 0; t < 16; t++) {
        readers.add(
            threads.submit(
                () -> {
                  int n = 0;
                  while (!stop.get()) {
                    Response r = admin.get("/USER/" + id, "fields", "lastName").ok();
                    assertThat(r.data().path("lastName").asText()).matches("Before|After\\d+");
                    n++;
                  }
                  return n;
                }));
      }
      for (int i = 0; i < 30; i++) {
        admin.putJson("/USER/" + id, "{\"lastName\":\"After" + i + "\"}").ok();
        assertThat(
                admin
                    .get("/USER/" + id, "fields", "lastName")
                    .ok()
                    .data()
                    .path("lastName")
                    .asText())
            .isEqualTo("After" + i);
      }
    } finally {
      stop.set(true);
    }
    int reads = 0;
    for (Future<Integer> f : readers) {
      reads += f.get(60, TimeUnit.SECONDS);
    }
    threads.shutdownNow();
    assertThat(reads).isPositive();
  }

  @Test
  void aDeactivatedUsersKeyFailsOnTheVeryNextReadWhileIdenticalReadsShareRuns() throws Exception {
    TestServer server = TestServer.shared(engine);
    Api admin = server.newAdmin();
    String username = Fixtures.unique("shared-key");
    String password = "shared-pass-1";
    String id = Fixtures.user(admin, username, "Light", password); // lastName is the username
    Api reader = server.api().withApiKey(server.apiKey(username, password));
    String[] search = {"lastName", username, "fields", "lastName"};
    assertThat(reader.get("/USER/search", search).ok().data()).hasSize(1);
    AtomicBoolean deactivated = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Future<Integer>> readers = new ArrayList<>();
    try {
      for (int t = 0; t < 16; t++) {
        boolean searches = t % 2 == 0; // and the others GET the object, shared a level lower
        readers.add(
            threads.submit(
                () -> {
                  int before = 0;
                  while (true) {
                    boolean after = deactivated.get(); // read before the request is sent
                    Response r =
                        searches
                            ? reader.get("/USER/search", search)
                            : reader.get("/USER/" + id, "fields", "lastName");
                    if (after) {
                      assertThat(r.status()).isEqualTo(401);
                      return before;
                    }
                    assertThat(r.status()).isIn(200, 401);
                    before++;
                  }
                }));
      }
      Thread.sleep(300);
      admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();
      deactivated.set(true);
      int reads = 0;
      for (Future<Integer> f : readers) {
        reads += f.get(60, TimeUnit.SECONDS);
      }
      assertThat(reads).isPositive();
    } finally {
      deactivated.set(true);
      threads.shutdownNow();
    }
  }
}
