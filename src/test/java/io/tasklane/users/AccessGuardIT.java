package io.tasklane.users;

import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.users.Leavers.count;
import static io.tasklane.users.Leavers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.users.Leavers.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * The one assignment guard beyond assignments (issue 5 point 4; reference §7.2: a deactivated user
 * cannot be "tagged in updates, added to teams/groups, or shared with"): team and group membership,
 * shares (ACSRUL and the {@code accessRules} collection), note tags, and new owners of projects and
 * templates. Same error class and message; memberships, shares and tags from before stay.
 */
@BothEngines
class AccessGuardIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void refusesTeamAndGroupMembership() {
    Api admin = admin();
    String team = WorkFixtures.createId(admin, "TEAMOB", json("name", Fixtures.unique("team")));
    String group = WorkFixtures.createId(admin, "GROUP", json("name", Fixtures.unique("group")));
    String leaver = People.user(admin, "member", "Light");
    String ana = People.user(admin, "ana", "Light");
    String membership =
        WorkFixtures.createId(admin, "TEAMMB", json("teamID", team, "userID", leaver));
    String groupMembership =
        WorkFixtures.createId(admin, "USRGPS", json("groupID", group, "userID", leaver));
    admin.putJson("/USER/" + leaver, json("isActive", false)).ok();
    String other = WorkFixtures.createId(admin, "TEAMOB", json("name", Fixtures.unique("team")));
    String otherGroup =
        WorkFixtures.createId(admin, "GROUP", json("name", Fixtures.unique("group")));

    refused(admin.postJson("/TEAMMB", json("teamID", other, "userID", leaver)), leaver);
    refused(
        admin.putJson(
            "/TEAMOB/" + other,
            "{\"users\":[{\"ID\":\"" + ana + "\"},{\"ID\":\"" + leaver + "\"}]}"),
        leaver);
    refused(admin.postJson("/USRGPS", json("groupID", otherGroup, "userID", leaver)), leaver);
    assertThat(count(admin, "TEAMMB", "teamID", other)).isZero();
    assertThat(count(admin, "USRGPS", "groupID", otherGroup)).isZero();

    // Existing memberships stay; re-sending a team's members that include the leaver keeps them.
    admin
        .putJson(
            "/TEAMOB/" + team, "{\"users\":[{\"ID\":\"" + leaver + "\"},{\"ID\":\"" + ana + "\"}]}")
        .ok();
    assertThat(count(admin, "TEAMMB", "ID", membership, "userID", leaver)).isEqualTo(1);
    assertThat(count(admin, "USRGPS", "ID", groupMembership, "userID", leaver)).isEqualTo(1);
  }

  @Test
  void refusesSharesWithTheLeaver() {
    Scene s = Leavers.scene(admin());
    Api admin = admin();
    String t = WorkFixtures.task(admin, s.project(), "Shared");
    refused(
        admin.postJson(
            "/ACSRUL",
            json(
                "securityObjID",
                t,
                "securityObjCode",
                "TASK",
                "accessorID",
                s.leaver(),
                "accessorObjCode",
                "USER",
                "coreAction",
                "VIEW")),
        s.leaver());
    // Without accessorObjCode the accessor's type is found from the ID; still the same refusal.
    refused(
        admin.postJson("/ACSRUL", json("securityObjID", t, "accessorID", s.leaver())), s.leaver());
    refused(
        admin.putJson(
            "/TASK/" + t,
            "{\"accessRules\":[{\"accessorID\":\""
                + s.leaver()
                + "\",\"accessorObjCode\":\"USER\",\"coreAction\":\"VIEW\"}]}"),
        s.leaver());
    assertThat(count(admin, "ACSRUL", "securityObjID", t)).isZero();
  }

  @Test
  void keepsSharesMadeBeforeTheDeactivation() {
    Api admin = admin();
    String leaver = People.user(admin, "sharer", "Standard");
    String p = WorkFixtures.project(admin);
    String rule =
        WorkFixtures.createId(
            admin, "ACSRUL", json("securityObjID", p, "accessorID", leaver, "coreAction", "VIEW"));
    admin.putJson("/USER/" + leaver, json("isActive", false)).ok();
    // Re-sending the project's shares with the leaver's keeps it (no new access).
    admin
        .putJson(
            "/PROJ/" + p,
            "{\"accessRules\":[{\"accessorID\":\"" + leaver + "\",\"coreAction\":\"VIEW\"}]}")
        .ok();
    assertThat(count(admin, "ACSRUL", "ID", rule, "accessorID", leaver)).isEqualTo(1);
  }

  @Test
  void refusesTaggingTheLeaverInNotes() {
    Scene s = Leavers.scene(admin());
    Api admin = admin();
    String note =
        WorkFixtures.createId(
            admin, "NOTE", json("noteObjCode", "TASK", "objID", s.task(), "noteText", "Hi"));
    refused(admin.postJson("/NTAG", json("noteID", note, "objID", s.leaver())), s.leaver());
    refused(
        admin.postJson("/NTAG", json("noteID", note, "objID", s.leaver(), "objObjCode", "USER")),
        s.leaver());
    refused(
        admin.postJson(
            "/NOTE",
            "{\"noteObjCode\":\"TASK\",\"objID\":\""
                + s.task()
                + "\",\"noteText\":\"Ping\",\"tags\":[{\"objID\":\""
                + s.leaver()
                + "\",\"objObjCode\":\"USER\"}]}"),
        s.leaver());
    assertThat(count(admin, "NTAG", "noteID", note)).isZero();
    assertThat(count(admin, "NOTE", "objID", s.task(), "noteText", "Ping")).isZero();
  }

  @Test
  void refusesTheLeaverAsNewOwnerOfProjectsAndTemplatesAndInTemplateTasks() {
    Scene s = Leavers.scene(admin());
    Api admin = admin();
    String name = Fixtures.unique("owned");
    refused(admin.postJson("/PROJ", json("name", name, "ownerID", s.leaver())), s.leaver());
    String p = WorkFixtures.project(admin);
    refused(admin.putJson("/PROJ/" + p, json("ownerID", s.leaver())), s.leaver());
    refused(admin.postJson("/TMPL", json("name", name, "ownerID", s.leaver())), s.leaver());
    String tmpl = WorkFixtures.createId(admin, "TMPL", json("name", name));
    refused(admin.putJson("/TMPL/" + tmpl, json("ownerID", s.leaver())), s.leaver());
    refused(
        admin.postJson(
            "/TTSK", json("templateID", tmpl, "name", "Step", "assignedToID", s.leaver())),
        s.leaver());
    assertThat(count(admin, "PROJ", "name", name)).isZero();
    assertThat(WorkFixtures.get(admin, "PROJ", p, "ownerID").path("ownerID").asText())
        .isNotEqualTo(s.leaver());
    assertThat(count(admin, "TTSK", "templateID", tmpl)).isZero();
    // The project the leaver owned before keeps its owner.
    assertThat(WorkFixtures.get(admin, "PROJ", s.project(), "ownerID").path("ownerID").asText())
        .isEqualTo(s.leaver());
  }
}
