package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.schema.FieldDef;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The seat counters (DESIGN.md invariant 1; users.SeatCounts): after any mix of creates,
 * deactivations, reactivations, changes of access level, bulk and batch edits, deletes, tombstones,
 * scheduled deactivations and refused activations, every counter equals a fresh count of the active
 * users and the owned seats equal the customer's fields; lowering the owned seats while activations
 * race never leaves more active users than owned seats; a deactivation or reactivation costs a
 * fixed number of statements. A server of its own whose clock the test moves.
 */
@BothEngines
class SeatCountsIT {
  @Parameter Engine engine;

  private static MutableClock clock;
  private static TestServer server;

  @BeforeParameterizedClassInvocation
  static void start(Engine engine) {
    clock = new MutableClock(Instant.parse("2030-03-02T12:00:00Z"));
    server = TestServer.start(engine, c -> TestServer.withClock(c, clock));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    server.close();
  }

  @Test
  void countersEqualAFreshCountAfterAMixOfEveryWayOfChangingSeats() {
    Api admin = server.newAdmin();
    String light1 = People.user(admin, "mix", "Light");
    String light2 = People.user(admin, "mix", "Light");
    String contributor = People.user(admin, "mix", "Contributor");
    String worker = People.user(admin, "mix", "Worker");
    String external = People.user(admin, "mix", "External User");
    String idle = People.user(admin, Fixtures.unique("mix"), "Light", false);
    String owner = People.user(admin, "mix", "Standard");
    String plain = People.user(admin, "mix", "Reviewer");
    String leaving = People.user(admin, "mix", "Planner");

    admin.putJson("/USER/" + light1, "{\"isActive\":false}").ok();
    admin.putJson("/USER/" + idle, "{\"isActive\":true}").ok();
    admin.putJson("/USER/" + light1, "{\"isActive\":true}").ok();
    admin.putJson("/USER/" + light1, "{\"isActive\":true}").ok(); // repeated: no second seat
    level(admin, contributor, "Requestor");
    level(admin, external, "Light");
    level(admin, light2, "External User");
    level(admin, worker, "Worker");
    admin
        .putJson(
            "/USER/" + contributor,
            "{\"isActive\":false,\"accessLevelID\":\"" + People.levelId(admin, "Light") + "\"}")
        .ok();
    admin
        .putJson(
            "/USER",
            "[{\"ID\":\""
                + idle
                + "\",\"isActive\":false},{\"ID\":\""
                + light1
                + "\",\"title\":\"Still here\"}]")
        .ok();
    admin
        .form(
            "POST",
            "/batch",
            "uri",
            "/USER/" + idle + "?method=PUT&updates={\"isActive\":true}",
            "uri",
            "/USER/" + worker + "?method=PUT&updates={\"isActive\":false}",
            "atomic",
            "true")
        .ok();

    WorkFixtures.createId(admin, "PROJ", WorkFixtures.json("name", "Owned", "ownerID", owner));
    admin.delete("/USER/" + owner, "force", "true").ok(); // history: a tombstone
    admin.delete("/USER/" + plain).ok(); // no history: the row goes

    admin.putJson("/USER/" + leaving, "{\"scheduleDeactivationDate\":\"2030-03-03\"}").ok();
    clock.set(Instant.parse("2030-03-04T00:00:00Z"));
    assertThat(server.app().parts().deactivations().deactivateDue()).isEqualTo(1);
    admin = server.newAdmin(); // the session idled out when the clock moved

    int workers = People.activeOfType(server, "WORK");
    People.seats(admin, "workLicenses", workers);
    admin.putJson("/USER/" + worker, "{\"isActive\":true}").fails(409);

    assertCountersMatchTheUsers(People.customerId(admin));
    for (String type : List.of("LIGHT", "CONTRIBUTOR", "REQUEST", "WORK", "STANDARD")) {
      assertThat(People.usage(admin, type).path("inUse").asInt())
          .as(type)
          .isEqualTo(active(People.customerId(admin), type));
    }
  }

  @Test
  void aProvisionedCustomerCountsItsAdministrator() {
    String id =
        server
            .app()
            .parts()
            .bootstrap()
            .provision(
                new Bootstrap.CustomerSpec(
                    "Second",
                    Optional.of(Fixtures.unique("second")),
                    ZoneId.of("UTC"),
                    "admin2",
                    "second-admin-password"));
    assertCountersMatchTheUsers(id);
    assertThat(active(id, "STANDARD")).isEqualTo(1);
  }

  @Test
  void loweringOwnedSeatsWhileActivationsRaceNeverLeavesMoreActiveThanOwned() throws Exception {
    Api admin = server.newAdmin();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      ids.add(People.user(admin, Fixtures.unique("squeeze"), "Reviewer", false));
    }
    int active = People.activeOfType(server, "REVIEW");
    People.seats(admin, "reviewLicenses", active + 24);
    String customer = People.customerId(admin);

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        replies.add(
            pool.submit(() -> admin.putJson("/USER/" + id, "{\"isActive\":true}").status()));
        if (i % 6 == 0) {
          int owned = active + 4 + i / 2;
          replies.add(
              pool.submit(
                  () ->
                      admin
                          .putJson("/CUST/" + customer, "{\"reviewLicenses\":" + owned + "}")
                          .status()));
        }
      }
      for (Future<Integer> f : replies) {
        assertThat(f.get()).isIn(200, 409);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(People.activeOfType(server, "REVIEW"))
        .isLessThanOrEqualTo(People.usage(admin, "REVIEW").path("owned").asInt());
    assertCountersMatchTheUsers(customer);
  }

  @Test
  void deactivationAndReactivationCostAFixedNumberOfStatements() {
    Api admin = server.newAdmin();
    String id = People.user(admin, "counted", "Light");
    Api byKey = server.api().withApiKey(People.adminApiKey(server)); // as bench/run sends them
    for (int i = 0; i < 2; i++) {
      // key; user row locked; the update; sessions and API keys revoked; journal; outbox; the
      // reply; the seat given back (the level's type and admin flag read in the same statement)
      assertThat(statements(byKey, id, false)).isEqualTo(9);
      // key; user row locked; the update; journal; outbox; the reply; the seat taken
      assertThat(statements(byKey, id, true)).isEqualTo(7);
    }
  }

  private static int statements(Api api, String userId, boolean active) {
    return api.putJson("/USER/" + userId, "{\"isActive\":" + active + "}", "fields", "isActive")
        .ok()
        .statements();
  }

  private static void level(Api admin, String userId, String level) {
    admin
        .putJson("/USER/" + userId, "{\"accessLevelID\":\"" + People.levelId(admin, level) + "\"}")
        .ok();
  }

  /** Active users of one licence type and customer, counted afresh. */
  private static int active(String customerId, String type) {
    return People.activeOfType(server, customerId, type);
  }

  /**
   * Per paid type: the stripes' used seats add up to the active users, their allowances to the
   * customer's owned seats, and no stripe uses more than it holds.
   */
  private static void assertCountersMatchTheUsers(String customerId) {
    for (LicenseType t : LicenseType.values()) {
      if (!t.paid()) {
        continue;
      }
      List<Record> stripes =
          server.app().parts().database().read(dsl -> stripes(dsl, customerId, t));
      int owned =
          server
              .app()
              .parts()
              .database()
              .read(
                  dsl ->
                      dsl.select(DSL.field(DSL.name(FieldDef.snake(t.seatsField())), Integer.class))
                          .from(DSL.table(DSL.name("customers")))
                          .where(DSL.field(DSL.name("id"), String.class).eq(customerId))
                          .fetchOne(0, Integer.class));
      assertThat(stripes).as(t.name()).hasSize(SeatCounts.STRIPES);
      assertThat(stripes.stream().mapToInt(r -> r.get("used", Integer.class)).sum())
          .as(t + " in use")
          .isEqualTo(active(customerId, t.name()));
      assertThat(stripes.stream().mapToInt(r -> r.get("owned", Integer.class)).sum())
          .as(t + " owned")
          .isEqualTo(owned);
      assertThat(stripes)
          .allSatisfy(
              r ->
                  assertThat(r.get("used", Integer.class))
                      .isLessThanOrEqualTo(r.get("owned", Integer.class)));
    }
  }

  private static List<Record> stripes(DSLContext dsl, String customerId, LicenseType t) {
    return dsl
        .select(
            DSL.field(DSL.name("owned"), Integer.class).as("owned"),
            DSL.field(DSL.name("used"), Integer.class).as("used"))
        .from(DSL.table(DSL.name("seat_counts")))
        .where(DSL.field(DSL.name("customer_id"), String.class).eq(customerId))
        .and(DSL.field(DSL.name("license_type"), String.class).eq(t.name()))
        .fetch()
        .stream()
        .map(r -> (Record) r)
        .toList();
  }
}
