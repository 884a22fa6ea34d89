package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Scheduled deactivation (issue 5 point 7; reference §7.4; DESIGN.md invariant 6): 00:00 of the
 * chosen date in the scheduling administrator's zone, exactly once however many runs and nodes
 * race, caught up after a restart that missed the moment, cancellable. A server of its own whose
 * clock the test moves; its job runs every 200 ms.
 */
@BothEngines
class ScheduledDeactivationIT {
  private static final String ZONE = "America/Los_Angeles";

  @Parameter Engine engine;

  private static MutableClock clock;
  private static TestServer server;
  private static String apiKey;

  @BeforeParameterizedClassInvocation
  static void start(Engine engine) {
    clock = new MutableClock(Instant.parse("2030-06-14T12:00:00Z"));
    server = TestServer.start(engine, c -> TestServer.withClock(c, clock));
    Api admin = server.admin();
    admin.putJson("/USER/" + People.adminId(admin), "{\"timeZone\":\"" + ZONE + "\"}").ok();
    // A key rather than a session: sessions idle out when the test moves the clock by hours.
    apiKey = People.adminApiKey(server);
  }

  private static Api admin() {
    return server.api().withApiKey(apiKey);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    server.close();
  }

  @BeforeEach
  void morningBefore() {
    clock.set(Instant.parse("2030-06-14T12:00:00Z"));
  }

  @Test
  void firesAtMidnightOfTheDateInTheSchedulersZoneExactlyOnce() {
    Api admin = admin();
    String id = People.user(admin, "leaving", "Light");
    JsonNode scheduled =
        admin
            .putJson(
                "/USER/" + id,
                "{\"scheduleDeactivationDate\":\"2030-06-15\"}",
                "fields",
                "scheduleDeactivationDate,scheduleDeactivationTimeZone,scheduleDeactivationByID")
            .ok()
            .data();
    // 00:00 in Los Angeles (PDT, UTC-7) is 07:00 UTC; dates render in the customer's zone (UTC).
    assertThat(scheduled.path("scheduleDeactivationDate").asText())
        .isEqualTo("2030-06-15T07:00:00:000+0000");
    assertThat(scheduled.path("scheduleDeactivationTimeZone").asText()).isEqualTo(ZONE);
    assertThat(scheduled.path("scheduleDeactivationByID").asText())
        .isEqualTo(People.adminId(admin));
    int events = People.outbox(server, id).size();

    clock.set(Instant.parse("2030-06-15T06:59:59Z"));
    server.app().parts().deactivations().deactivateDue();
    assertThat(active(admin, id)).isTrue();

    clock.set(Instant.parse("2030-06-15T07:00:00Z"));
    raceDeactivations(4);
    await(() -> !active(admin, id));

    JsonNode entries = People.journal(admin, id, "isActive");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).path("source").asText()).isEqualTo("SCHEDULE");
    assertThat(entries.get(0).path("reason").asText()).contains("2030-06-15").contains(ZONE);
    assertThat(People.outbox(server, id)).hasSize(events + 1);
    JsonNode after =
        admin
            .get(
                "/USER/" + id,
                "fields",
                "deactivatedByID,actualDeactivationDate,scheduleDeactivationDate")
            .ok()
            .data();
    assertThat(after.path("deactivatedByID").asText()).isEqualTo(People.adminId(admin));
    assertThat(after.path("actualDeactivationDate").asText()).startsWith("2030-06-15T07:00");
    assertThat(after.path("scheduleDeactivationDate").isNull()).isTrue();
  }

  @Test
  void clearingTheDateCancels() {
    Api admin = admin();
    String id = People.user(admin, "staying", "Light");
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2030-06-15\"}").ok();
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":null}").ok();
    clock.set(Instant.parse("2030-06-16T00:00:00Z"));
    server.app().parts().deactivations().deactivateDue();
    assertThat(active(admin, id)).isTrue();
    JsonNode entries = People.journal(admin, id, "scheduleDeactivationDate");
    assertThat(entries).hasSize(2);
  }

  @Test
  void bulkEditSchedulesManyAndLicenceUsageShowsThem() {
    Api admin = admin();
    List<String> ids = new ArrayList<>();
    StringBuilder bulk = new StringBuilder("[");
    for (int i = 0; i < 3; i++) {
      String id = People.user(admin, "bulkleave", "Contributor");
      ids.add(id);
      bulk.append(i == 0 ? "" : ",")
          .append("{\"ID\":\"")
          .append(id)
          .append("\",\"scheduleDeactivationDate\":\"2030-07-01\"}");
    }
    int held = People.usage(admin, "CONTRIBUTOR").path("scheduledForDeactivation").asInt();
    admin.putJson("/USER", bulk.append("]").toString()).ok();
    assertThat(People.usage(admin, "CONTRIBUTOR").path("scheduledForDeactivation").asInt())
        .isEqualTo(held + 3);
    clock.set(Instant.parse("2030-07-01T07:00:00Z"));
    await(() -> ids.stream().noneMatch(id -> active(admin, id)));
  }

  @Test
  void refusesADateInThePastAndAnInactiveUser() {
    Api admin = admin();
    String id = People.user(admin, "late", "Light");
    assertThat(
            admin
                .putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2030-06-13\"}")
                .fails(422)
                .errorMessage())
        .contains("in the past");
    admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2030-09-01\"}").fails(422);
  }

  @Test
  void firesAfterARestartThatMissedTheMoment() {
    Api admin = admin();
    String id = People.user(admin, "missed", "Light");
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2030-06-20\"}").ok();
    server.app().scheduler().close(); // the node goes down before the moment
    clock.set(Instant.parse("2030-06-22T09:00:00Z"));
    server.restart();
    Api again = admin();
    await(() -> !active(again, id));
    assertThat(People.journal(again, id, "isActive")).hasSize(1);
  }

  /** Runs the job concurrently on this node (besides its own periodic runs). */
  static void raceDeactivations(int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        runs.add(pool.submit(() -> server.app().parts().deactivations().deactivateDue()));
      }
      for (Future<Integer> f : runs) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  static void awaitAll(Api admin, List<String> ids) {
    await(() -> ids.stream().noneMatch(id -> active(admin, id)));
  }

  static boolean active(Api admin, String id) {
    return admin.get("/USER/" + id, "fields", "isActive").ok().data().path("isActive").asBoolean();
  }

  static void await(BooleanSupplier condition) {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("condition not met within 20 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
