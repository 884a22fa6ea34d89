package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Licences (issue 5 point 1; reference §6.4): every activation takes a seat of its type, the 409
 * names type, owned and used and changes nothing, seats are never owned below use, and 50 racing
 * reactivations for 10 free seats end with exactly 10 active. A server of its own, so that seat
 * counts are exact.
 */
@BothEngines
class LicenceIT {
  @Parameter Engine engine;

  private static TestServer server;

  @BeforeParameterizedClassInvocation
  static void start(Engine engine) {
    server = TestServer.start(engine, c -> c);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    server.close();
  }

  @Test
  void reportsOwnedUsedFreeAndScheduledPerTypeToAdministrators() {
    Api admin = server.admin();
    int before = People.usage(admin, "REVIEW").path("inUse").asInt();
    String id = People.user(admin, "reviewer", "Reviewer");
    admin.putJson("/USER/" + id, "{\"scheduleDeactivationDate\":\"2099-05-01\"}").ok();
    People.seats(admin, "reviewLicenses", before + 3);

    JsonNode row = People.usage(admin, "REVIEW");
    assertThat(row.path("owned").asInt()).isEqualTo(before + 3);
    assertThat(row.path("inUse").asInt()).isEqualTo(before + 1);
    assertThat(row.path("free").asInt()).isEqualTo(2);
    assertThat(row.path("scheduledForDeactivation").asInt()).isEqualTo(1);
    assertThat(row.path("inUse").asInt()).isEqualTo(People.activeOfType(server, "REVIEW"));

    String plain = People.username(admin, People.user(admin, "plain", "Light"));
    Api user = server.api().withSession(server.login(plain, People.PASSWORD));
    user.get("/CUST/licenseUsage").fails(403);
  }

  @Test
  void refusesAnActivationWithoutAFreeSeatNamingTypeOwnedAndUsed() {
    Api admin = server.admin();
    int used = People.activeOfType(server, "WORK");
    People.seats(admin, "workLicenses", used + 1);
    People.user(admin, "worker", "Worker");
    String inactive = People.user(admin, Fixtures.unique("waiting"), "Worker", false);
    int users = admin.get("/USER/count").ok().data().path("count").asInt();

    Response created =
        admin
            .postJson(
                "/USER",
                "{\"firstName\":\"No\",\"lastName\":\"Seat\",\"username\":\""
                    + Fixtures.unique("noseat")
                    + "\",\"accessLevelID\":\""
                    + People.levelId(admin, "Worker")
                    + "\"}")
            .fails(409);
    assertThat(created.errorClass()).isEqualTo("com.attask.common.LicenseLimitException");
    assertThat(created.errorMessage())
        .contains("WORK")
        .contains("owns " + (used + 1))
        .contains((used + 1) + " are in use");
    assertThat(admin.get("/USER/count").ok().data().path("count").asInt()).isEqualTo(users);

    admin.putJson("/USER/" + inactive, "{\"isActive\":true}").fails(409);
    assertThat(People.activeOfType(server, "WORK")).isEqualTo(used + 1);

    People.seats(admin, "workLicenses", used + 2);
    admin.putJson("/USER/" + inactive, "{\"isActive\":true}").ok();
  }

  @Test
  void changingToALevelOfAFullTypeIsRefused() {
    Api admin = server.admin();
    String id = People.user(admin, "mover", "Light");
    People.seats(admin, "requestLicenses", People.activeOfType(server, "REQUEST"));
    admin
        .putJson(
            "/USER/" + id, "{\"accessLevelID\":\"" + People.levelId(admin, "Requestor") + "\"}")
        .fails(409);
    assertThat(
            admin
                .get("/USER/" + id, "fields", "accessLevel:name")
                .ok()
                .data()
                .path("accessLevel")
                .path("name")
                .asText())
        .isEqualTo("Light");
  }

  @Test
  void externalUsersNeedNoPaidSeat() {
    Api admin = server.admin();
    People.user(admin, "guest", "External User");
    assertThat(admin.get("/CUST/licenseUsage").ok().data().findValuesAsText("licenseType"))
        .doesNotContain("EXTERNAL");
  }

  @Test
  void refusesToOwnFewerSeatsThanAreInUse() {
    Api admin = server.admin();
    People.user(admin, "planner", "Planner");
    int used = People.activeOfType(server, "PLAN");
    Response r =
        admin
            .putJson("/CUST/" + People.customerId(admin), "{\"planLicenses\":" + (used - 1) + "}")
            .fails(409);
    assertThat(r.errorMessage()).contains("PLAN").contains(used + " are in use");
    admin.putJson("/CUST/" + People.customerId(admin), "{\"planLicenses\":-1}").fails(400);
    assertThat(People.usage(admin, "PLAN").path("owned").asInt()).isGreaterThanOrEqualTo(used);
  }

  @Test
  void fiftyConcurrentReactivationsForTenFreeSeatsEndWithTenActive() throws Exception {
    Api admin = server.admin();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      ids.add(People.user(admin, Fixtures.unique("race"), "Contributor", false));
    }
    int active = People.activeOfType(server, "CONTRIBUTOR");
    People.seats(admin, "contributorLicenses", active + 10);

    List<Integer> statuses = reactivateAll(List.of(admin), ids);

    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(10);
    assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(40);
    assertThat(People.activeOfType(server, "CONTRIBUTOR")).isEqualTo(active + 10);
  }

  /** Sends one reactivation per user at once, spread over the given servers. */
  static List<Integer> reactivateAll(List<Api> servers, List<String> ids) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ids.size());
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        Api api = servers.get(i % servers.size());
        String id = ids.get(i);
        replies.add(pool.submit(() -> api.putJson("/USER/" + id, "{\"isActive\":true}").status()));
      }
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : replies) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
