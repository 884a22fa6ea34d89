package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * People search (issue 5 point 6; reference §7.2): non-administrators do not find inactive users,
 * administrators find everyone and filter on isActive, and references still show the person.
 */
@BothEngines
class PeopleSearchIT {
  @Parameter Engine engine;

  @Test
  void onlyAdministratorsFindInactivePeopleButReferencesStillShowThem() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String gone = People.user(admin, "gone", "Light");
    String stays = People.user(admin, "stays", "Light");
    admin.putJson("/USER/" + stays, "{\"managerID\":\"" + gone + "\"}").ok();
    admin.putJson("/USER/" + gone, "{\"isActive\":false}").ok();
    String lastName = People.username(admin, gone);

    Api colleague =
        server
            .api()
            .withSession(
                server.login(
                    People.username(admin, People.user(admin, "peer", "Light")), People.PASSWORD));
    assertThat(colleague.get("/USER/search", "lastName", lastName).ok().data()).isEmpty();
    assertThat(colleague.get("/USER/count", "lastName", lastName).ok().data().path("count").asInt())
        .isZero();
    JsonNode manager =
        colleague
            .get("/USER/" + stays, "fields", "manager:name,manager:isActive")
            .ok()
            .data()
            .path("manager");
    assertThat(manager.path("ID").asText()).isEqualTo(gone);
    assertThat(manager.path("isActive").asBoolean(true)).isFalse();

    assertThat(admin.get("/USER/search", "lastName", lastName).ok().data()).hasSize(1);
    JsonNode inactive =
        admin.get("/USER/search", "isActive", "false", "lastName", lastName).ok().data();
    assertThat(inactive).hasSize(1);
    assertThat(admin.get("/USER/search", "isActive", "true", "lastName", lastName).ok().data())
        .isEmpty();
  }
}
