package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.Engine;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.PostgresOnly;
import io.tasklane.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * DESIGN.md invariant 6 across nodes: two servers on one PostgreSQL database, each with its own
 * pool and scheduler (running every 200 ms) plus extra concurrent runs, deactivate each scheduled
 * user exactly once. Both nodes run in this JVM because the test must move their clock; they share
 * nothing but the database, as two processes would.
 */
@PostgresOnly
class ScheduledDeactivationTwoNodesIT {
  @Parameter Engine engine;

  @Test
  void twoNodesDeactivateEachScheduledUserOnce() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2031-01-10T12:00:00Z"));
    try (TestServer first = TestServer.start(engine, c -> TestServer.withClock(c, clock));
        TestServer second =
            TestServer.start(
                engine, c -> TestServer.sameDatabase(first.config(), first.config().dataDir()))) {
      Api admin = first.admin();
      List<String> ids = new ArrayList<>();
      List<Integer> events = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String id = People.user(admin, "twonode", "Light");
        admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2031-01-11\"}").ok();
        ids.add(id);
        events.add(People.outbox(first, id).size());
      }
      String key = People.adminApiKey(first);

      clock.set(Instant.parse("2031-01-11T00:00:00Z"));
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Integer>> runs = new ArrayList<>();
      for (TestServer node : List.of(first, second, first, second)) {
        runs.add(pool.submit(() -> node.app().parts().deactivations().deactivateDue()));
      }
      int done = 0;
      for (Future<Integer> f : runs) {
        done += f.get();
      }
      pool.shutdown();
      Api byKey = first.api().withApiKey(key);
      ScheduledDeactivationIT.awaitAll(byKey, ids);

      assertThat(done).isLessThanOrEqualTo(5);
      for (int i = 0; i < ids.size(); i++) {
        assertThat(People.journal(byKey, ids.get(i), "isActive")).hasSize(1);
        assertThat(People.outbox(first, ids.get(i))).hasSize(events.get(i) + 1);
      }
    }
  }
}
