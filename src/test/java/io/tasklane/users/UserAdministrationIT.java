package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Who may deactivate, reactivate, delete and edit (issue 5 point 10; reference §7.7, §6.4). A
 * server of its own: the last-System-Administrator rule needs to know every administrator there is.
 */
@BothEngines
class UserAdministrationIT {
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

  /** A custom Standard-licence level granting user administration of this scope. */
  private static String level(Api admin, String scope, int rank) {
    return admin
        .postJson(
            "/ACSLVL",
            "{\"name\":\""
                + Fixtures.unique("Admins " + scope)
                + "\",\"licenseType\":\"STANDARD\",\"userAdmin\":\""
                + scope
                + "\",\"rank\":"
                + rank
                + "}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  private static Api as(String userId) {
    Api admin = server.admin();
    return server.api().withSession(server.login(People.username(admin, userId), People.PASSWORD));
  }

  private static String userWithLevel(Api admin, String levelId, String extraJson) {
    String id = People.user(admin, "holder", "Standard");
    admin.putJson("/USER/" + id, "{\"accessLevelID\":\"" + levelId + "\"" + extraJson + "}").ok();
    return id;
  }

  private static String group(Api admin) {
    return admin
        .postJson("/GROUP", "{\"name\":\"" + Fixtures.unique("grp") + "\"}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  @Test
  void anAllUsersAdministratorManagesNonAdministratorsOnly() {
    Api admin = server.admin();
    Api manager = as(userWithLevel(admin, level(admin, "ALL_USERS", 80), ""));
    String light = People.user(admin, "managed", "Light");

    manager.putJson("/USER/" + light, "{\"isActive\":false}").ok();
    manager.putJson("/USER/" + light, "{\"isActive\":true}").ok();
    manager.get("/USER/search", "isActive", "false").ok();

    String sysadmin = People.user(admin, "otheradmin", "System Administrator");
    assertThat(
            manager.putJson("/USER/" + sysadmin, "{\"isActive\":false}").fails(403).errorMessage())
        .contains("System Administrator");
    String adminLevel = People.levelId(admin, "System Administrator");
    manager.putJson("/USER/" + light, "{\"accessLevelID\":\"" + adminLevel + "\"}").fails(403);
    String higher = level(admin, "NONE", 90);
    assertThat(
            manager
                .putJson("/USER/" + light, "{\"accessLevelID\":\"" + higher + "\"}")
                .fails(403)
                .errorMessage())
        .contains("above your own");
    assertThat(
            admin
                .get("/USER/" + light, "fields", "accessLevel:name")
                .ok()
                .data()
                .path("accessLevel")
                .path("name")
                .asText())
        .isEqualTo("Light");
  }

  @Test
  void aGroupUsersAdministratorManagesUsersOfTheirGroups() {
    Api admin = server.admin();
    String mine = group(admin);
    String other = group(admin);
    Api manager =
        as(
            userWithLevel(
                admin, level(admin, "GROUP_USERS", 80), ",\"homeGroupID\":\"" + mine + "\""));
    String inMine = People.user(admin, "inmine", "Light");
    admin.putJson("/USER/" + inMine, "{\"homeGroupID\":\"" + mine + "\"}").ok();
    String inOther = People.user(admin, "inother", "Light");
    admin.putJson("/USER/" + inOther, "{\"homeGroupID\":\"" + other + "\"}").ok();

    manager.putJson("/USER/" + inMine, "{\"isActive\":false}").ok();
    manager.putJson("/USER/" + inOther, "{\"isActive\":false}").fails(403);
    assertThat(ScheduledDeactivationIT.active(admin, inOther)).isTrue();
  }

  @Test
  void aGroupOwnerManagesMembersOfTheGroupsTheyOwn() {
    Api admin = server.admin();
    String owned = group(admin);
    String ownerId = People.user(admin, "owner", "Standard");
    admin
        .postJson(
            "/USRGPS",
            "{\"userID\":\"" + ownerId + "\",\"groupID\":\"" + owned + "\",\"isOwner\":true}")
        .ok();
    String member = People.user(admin, "member", "Light");
    admin.postJson("/USRGPS", "{\"userID\":\"" + member + "\",\"groupID\":\"" + owned + "\"}").ok();
    String stranger = People.user(admin, "stranger", "Light");
    Api owner = as(ownerId);

    owner.putJson("/USER/" + member, "{\"isActive\":false}").ok();
    owner.putJson("/USER/" + stranger, "{\"isActive\":false}").fails(403);
  }

  @Test
  void anOrdinaryUserChangesOnlyTheirOwnProfile() {
    Api admin = server.admin();
    String selfId = People.user(admin, "plain", "Standard");
    Api self = as(selfId);
    String other = People.user(admin, "neighbour", "Light");
    self.putJson("/USER/" + other, "{\"isActive\":false}").fails(403);
    self.putJson("/USER/" + selfId, "{\"title\":\"Engineer\"}").ok();
    self.putJson(
            "/USER/" + selfId,
            "{\"accessLevelID\":\"" + People.levelId(admin, "System Administrator") + "\"}")
        .fails(403);
  }

  @Test
  void theLastActiveSystemAdministratorStays() {
    Api admin = server.admin();
    String adminId = People.adminId(admin);
    String second = People.user(admin, "deputy", "System Administrator");
    admin.putJson("/USER/" + second, "{\"isActive\":false}").ok();
    // Deactivate every other active System Administrator left by other tests.
    for (var u :
        admin.get("/USER/search", "isActive", "true", "accessLevel:isAdmin", "true").ok().data()) {
      if (!u.path("ID").asText().equals(adminId)) {
        admin.putJson("/USER/" + u.path("ID").asText(), "{\"isActive\":false}").ok();
      }
    }
    assertThat(admin.putJson("/USER/" + adminId, "{\"isActive\":false}").fails(422).errorMessage())
        .contains("last active System Administrator");
    admin
        .putJson(
            "/USER/" + adminId, "{\"accessLevelID\":\"" + People.levelId(admin, "Standard") + "\"}")
        .fails(422);
    assertThat(ScheduledDeactivationIT.active(admin, adminId)).isTrue();
    admin.putJson("/USER/" + second, "{\"isActive\":true}").ok();
    admin.putJson("/USER/" + second, "{\"isActive\":false}").ok();
  }

  @Test
  void builtInAccessLevelsAreImmutableAndHeldLevelsStay() {
    Api admin = server.admin();
    admin
        .putJson("/ACSLVL/" + People.levelId(admin, "System Administrator"), "{\"rank\":5}")
        .fails(422);
    admin.delete("/ACSLVL/" + People.levelId(admin, "External User")).fails(422);
    String custom = level(admin, "NONE", 40);
    userWithLevel(admin, custom, "");
    admin.delete("/ACSLVL/" + custom).fails(409);
    admin.putJson("/ACSLVL/" + custom, "{\"licenseType\":\"LIGHT\"}").fails(409);
    admin
        .postJson(
            "/ACSLVL",
            "{\"name\":\""
                + Fixtures.unique("top")
                + "\",\"licenseType\":\"STANDARD\",\"rank\":100}")
        .fails(400);
  }
}
