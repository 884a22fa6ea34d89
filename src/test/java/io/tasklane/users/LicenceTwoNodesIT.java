package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.PostgresOnly;
import io.tasklane.testing.ServerProcess;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * DESIGN.md invariant 1 across nodes: 50 reactivations racing for 10 free seats through two server
 * processes — this JVM's server and a {@code java -jar} child — on one PostgreSQL database end with
 * exactly 10 active. PostgreSQL only: an embedded H2 file belongs to one process.
 */
@PostgresOnly
class LicenceTwoNodesIT {
  @Parameter Engine engine;

  @Test
  void fiftyReactivationsThroughTwoProcessesForTenSeatsEndWithTenActive() throws Exception {
    try (TestServer server = TestServer.start(engine, c -> c);
        ServerProcess second = ServerProcess.start(server)) {
      Api admin = server.admin();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        ids.add(People.user(admin, Fixtures.unique("node"), "Light", false));
      }
      int active = People.activeOfType(server, "LIGHT");
      People.seats(admin, "lightLicenses", active + 10);
      String session = server.login("admin", TestServer.ADMIN_PASSWORD);

      List<Integer> statuses =
          LicenceIT.reactivateAll(
              List.of(server.api().withSession(session), second.api(session)), ids);

      assertThat(statuses.stream().filter(s -> s == 200).count()).as(second.output()).isEqualTo(10);
      assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(40);
      assertThat(People.activeOfType(server, "LIGHT")).isEqualTo(active + 10);
    }
  }
}
