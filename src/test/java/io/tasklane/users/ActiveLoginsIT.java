package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * One active user per username and per email address, case-insensitively (reference §7.2), on every
 * path that can break it: create, rename, a new email, reactivation; and the names come free again
 * when their holder is deactivated, renamed or deleted. (PostgreSQL keeps the rule in a table of
 * active logins maintained by a trigger, H2 in generated columns: V44 and V2.)
 */
@BothEngines
class ActiveLoginsIT {
  @Parameter Engine engine;

  @Test
  void refusesASecondActiveUserWithTheSameUsernameInAnyCase() {
    Api admin = TestServer.shared(engine).admin();
    String name = Fixtures.unique("Solo");
    People.user(admin, name, "Light", true);

    String refused =
        create(admin, name.toUpperCase(Locale.ROOT), "other-" + name).fails(409).errorMessage();

    assertThat(refused).contains("active user already has this username");
    assertThat(count(admin, name)).isEqualTo(1);
  }

  @Test
  void refusesASecondActiveUserWithTheSameEmailInAnyCase() {
    Api admin = TestServer.shared(engine).admin();
    String name = Fixtures.unique("mail");
    People.user(admin, name, "Light", true);

    String refused =
        create(admin, "other-" + name, name.toUpperCase(Locale.ROOT)).fails(409).errorMessage();

    assertThat(refused).contains("active user already has this email address");
  }

  @Test
  void aRenameFreesTheOldUsernameAndCannotTakeAnActiveOne() {
    Api admin = TestServer.shared(engine).admin();
    String before = Fixtures.unique("before");
    String after = Fixtures.unique("after");
    String renamed = People.user(admin, before, "Light", true);

    admin.putJson("/USER/" + renamed, "{\"username\":\"" + after + "\"}").ok();
    String successor = create(admin, before, "successor-" + before).ok().data().path("ID").asText();

    String refused =
        admin
            .putJson(
                "/USER/" + successor, "{\"username\":\"" + after.toUpperCase(Locale.ROOT) + "\"}")
            .fails(409)
            .errorMessage();
    assertThat(refused).contains("active user already has this username");
    assertThat(People.username(admin, successor)).isEqualTo(before);
  }

  @Test
  void aNewEmailCannotTakeAnActiveUsersEmail() {
    Api admin = TestServer.shared(engine).admin();
    String first = Fixtures.unique("first");
    People.user(admin, first, "Light", true);
    String second = People.user(admin, "second", "Light");

    admin.putJson("/USER/" + second, "{\"emailAddr\":\"" + first + "@example.test\"}").fails(409);
    admin
        .putJson("/USER/" + second, "{\"emailAddr\":\"" + Fixtures.unique("new") + "@x.test\"}")
        .ok();
  }

  @Test
  void deactivationAndDeletionFreeTheNamesForSomeoneElse() {
    Api admin = TestServer.shared(engine).admin();
    String leaver = Fixtures.unique("leaver");
    String deleted = Fixtures.unique("deleted");
    String leaverId = People.user(admin, leaver, "Light", true);
    String deletedId = People.user(admin, deleted, "Light", true);

    admin.putJson("/USER/" + leaverId, "{\"isActive\":false}").ok();
    admin.delete("/USER/" + deletedId).ok();

    People.user(admin, leaver, "Light", true);
    People.user(admin, deleted, "Light", true);
    assertThat(count(admin, leaver)).isEqualTo(2);
    assertThat(count(admin, deleted)).isEqualTo(1);
  }

  @Test
  void reactivatingWithANameNobodyElseHoldsWorksAgainAndAgain() {
    Api admin = TestServer.shared(engine).admin();
    String id = People.user(admin, "toggler", "Light");
    for (int i = 0; i < 3; i++) {
      admin.putJson("/USER/" + id, "{\"isActive\":false}").ok();
      admin.putJson("/USER/" + id, "{\"isActive\":true}").ok();
    }
    assertThat(
            admin.get("/USER/" + id, "fields", "isActive").ok().data().path("isActive").asBoolean())
        .isTrue();
  }

  /** Creates an active Light user with this username and email {@code <emailName>@example.test}. */
  private static Response create(Api admin, String username, String emailName) {
    return admin.postJson("/USER", person(admin, username, emailName));
  }

  private static String person(Api admin, String username, String emailName) {
    return "{\"firstName\":\"Test\",\"lastName\":\"Person\",\"username\":\""
        + username
        + "\",\"emailAddr\":\""
        + emailName
        + "@example.test\",\"password\":\""
        + People.PASSWORD
        + "\",\"accessLevelID\":\""
        + People.levelId(admin, "Light")
        + "\",\"isActive\":true}";
  }

  /**
   * Users, active or not, made by {@link People#user} with this username in any case (their last
   * name; {@code username} itself is a credential parameter, never a filter).
   */
  private static int count(Api admin, String username) {
    return admin
        .get("/USER/count", "lastName", username, "lastName_Mod", "cieq")
        .ok()
        .data()
        .path("count")
        .asInt();
  }
}
