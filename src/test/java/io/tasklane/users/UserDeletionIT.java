package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Delete versus deactivate (issue 5 point 9; reference §7.5): a user without history is removed
 * with their memberships; one with history needs force=true and then leaves a per-user placeholder
 * that keeps every reference valid and queryable.
 */
@BothEngines
class UserDeletionIT {
  @Parameter Engine engine;

  @Test
  void aUserWithoutHistoryIsRemovedWithTheirMemberships() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    String id = People.user(admin, "brief", "Light");
    String group =
        admin
            .postJson("/GROUP", "{\"name\":\"" + Fixtures.unique("g") + "\"}")
            .ok()
            .data()
            .path("ID")
            .asText();
    admin.postJson("/USRGPS", "{\"userID\":\"" + id + "\",\"groupID\":\"" + group + "\"}").ok();
    String report = People.user(admin, "report", "Light");
    admin.putJson("/USER/" + report, "{\"managerID\":\"" + id + "\"}").ok();

    admin.delete("/USER/" + id).ok();

    admin.get("/USER/" + id).fails(404);
    assertThat(admin.get("/USRGPS/count", "groupID", group).ok().data().path("count").asInt())
        .isZero();
    assertThat(
            admin
                .get("/USER/" + report, "fields", "managerID")
                .ok()
                .data()
                .path("managerID")
                .isNull())
        .isTrue();
    assertThat(ScheduledDeactivationIT.active(admin, report)).isTrue();
  }

  @Test
  void aUserWithHistoryNeedsForceAndLeavesAPlaceholder() {
    TestServer server = TestServer.shared(engine);
    Api admin = server.admin();
    // History: the leaver, a user administrator, created another user.
    String level =
        admin
            .postJson(
                "/ACSLVL",
                "{\"name\":\""
                    + Fixtures.unique("ua")
                    + "\",\"licenseType\":\"STANDARD\",\"userAdmin\":\"ALL_USERS\"}")
            .ok()
            .data()
            .path("ID")
            .asText();
    String leaver = People.user(admin, "leaver", "Standard");
    admin.putJson("/USER/" + leaver, "{\"accessLevelID\":\"" + level + "\"}").ok();
    Api asLeaver =
        server.api().withSession(server.login(People.username(admin, leaver), People.PASSWORD));
    String created = People.user(asLeaver, "created", "Light");

    JsonNode refused = admin.delete("/USER/" + leaver).fails(409).error();
    assertThat(refused.path("message").asText()).contains("history").contains("force=true");
    assertThat(ScheduledDeactivationIT.active(admin, leaver)).isTrue();

    admin.delete("/USER/" + leaver, "force", "true").ok();

    admin.get("/USER/" + leaver).fails(404);
    assertThat(admin.get("/USER/search", "ID", leaver).ok().data()).isEmpty();
    JsonNode createdBy =
        admin
            .get("/USER/" + created, "fields", "enteredBy:name,enteredBy:isActive")
            .ok()
            .data()
            .path("enteredBy");
    assertThat(createdBy.path("ID").asText()).isEqualTo(leaver);
    assertThat(createdBy.path("name").asText()).isEqualTo("Deleted user " + leaver.substring(0, 8));
    assertThat(createdBy.path("isActive").asBoolean(true)).isFalse();
    assertThat(admin.get("/USER/search", "ID", created, "enteredBy:isActive", "false").ok().data())
        .hasSize(1);
    // The username is free again, and the placeholder cannot be revived.
    People.user(admin, People.username(admin, created) + "x", "Light", true);
    admin.putJson("/USER/" + leaver, "{\"isActive\":true}").fails(404);
    admin.delete("/USER/" + leaver, "force", "true").fails(404);
  }
}
