package io.tasklane.objects;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Named queries ({@code GET /<obj>/<name>}, reference §4.7) through the generic mechanism: routed
 * by name ignoring case, shaped by {@code fields}, answered for the caller, and an unknown name is
 * a 404 listing the type's named queries. {@code CUST/currentCustomer} is the one every client
 * uses.
 */
@BothEngines
class NamedQueryIT {
  @Parameter Engine engine;

  @Test
  void currentCustomerIsTheCallersOwn() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String customer = server.app().parts().customerId();
    for (String name : List.of("currentCustomer", "CURRENTCUSTOMER", "currentcustomer")) {
      JsonNode c = admin.get("/cust/" + name, "fields", "currency,timeZone").ok().data();
      assertThat(c.path("ID").asText()).isEqualTo(customer);
      assertThat(c.path("objCode").asText()).isEqualTo("CUST");
      List<String> keys = new ArrayList<>();
      c.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactly("ID", "name", "objCode", "currency", "timeZone");
    }
    String username = Fixtures.unique("nq") + "@example.com";
    Fixtures.user(admin, username, "Light", "named-query-1");
    Api member = server.api().withSession(server.login(username, "named-query-1"));
    assertThat(member.get("/CUST/currentCustomer").ok().data().path("ID").asText())
        .isEqualTo(customer);
    // a field the member may not read is refused here as everywhere
    member.get("/CUST/currentCustomer", "fields", "standardLicenses").fails(403);
  }

  @Test
  void unknownNamedQueriesAreNamed() {
    Response r = TestServer.shared(engine).admin().get("/CUST/nextCustomer").fails(404);
    assertThat(r.errorMessage()).contains("nextCustomer").contains("currentCustomer");
  }
}
