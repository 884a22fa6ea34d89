package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.RawHttp;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Bad input of every kind answers a Workfront-shaped error naming the problem, with the right
 * status, and changes nothing.
 */
@BothEngines
class BadInputIT {
  @Parameter Engine engine;

  private TestServer server() {
    return TestServer.shared(engine);
  }

  private Api admin() {
    return server().admin();
  }

  /** A role to damage; its state is compared before and after each bad request. */
  private String role() {
    return admin()
        .post("/ROLE", "name", Fixtures.unique("victim"), "description", "intact", "maxUsers", "1")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  private JsonNode state(String id) {
    return admin().get("/ROLE/" + id, "fields", "*").ok().data();
  }

  @Test
  void unknownObjectCodesFieldsAndPathsAreNamed() {
    assertThat(admin().get("/NOPE/search").fails(404).errorMessage()).contains("NOPE");
    assertThat(admin().get("/USER/search", "fields", "nmae").fails(400).errorMessage())
        .contains("nmae");
    assertThat(admin().get("/USER/search", "fields", "homeGroup:nmae").fails(400).errorMessage())
        .contains("nmae");
    assertThat(admin().get("/USER/search", "nmae", "x").fails(400).errorMessage()).contains("nmae");
    assertThat(admin().get("/USER/search", "homeGruop:name", "x").fails(400).errorMessage())
        .contains("homeGruop");
    assertThat(
            admin()
                .get("/USER/search", "name_Mod", "sortof", "name", "x")
                .fails(400)
                .errorMessage())
        .contains("sortof");
    assertThat(admin().get("/USER/search", "ID", "$$SOMEONE").fails(400).errorMessage())
        .contains("$$SOMEONE");
    assertThat(admin().get("/USER/nosuchquery").fails(404).errorMessage()).contains("nosuchquery");
    assertThat(admin().put("/USER", "action", "nosuchaction").fails(400).errorMessage())
        .contains("nosuchaction");
  }

  @Test
  void unknownAndReadOnlyFieldsInUpdatesChangeNothing() {
    String id = role();
    JsonNode before = state(id);
    Response unknown =
        admin()
            .putJson("/ROLE/" + id, "{\"description\":\"changed\",\"colour\":\"red\"}")
            .fails(400);
    assertThat(unknown.errorMessage()).contains("colour");
    Response readOnly =
        admin()
            .putJson("/ROLE/" + id, "{\"description\":\"changed\",\"entryDate\":\"2020-01-01\"}")
            .fails(400);
    assertThat(readOnly.errorMessage()).contains("entryDate").contains("read-only");
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void malformedAndNonObjectJsonIsRefused() {
    String id = role();
    JsonNode before = state(id);
    Response broken = admin().put("/ROLE/" + id, "updates", "{\"description\":").fails(400);
    assertThat(broken.errorClass()).isEqualTo("com.attask.common.JSONParseException");
    assertThat(broken.errorMessage()).contains("updates");
    admin().put("/ROLE/" + id, "updates", "42").fails(400);
    admin().put("/ROLE/" + id, "updates", "\"text\"").fails(400);
    admin().putJson("/ROLE/" + id, "{\"description\":\"x\"} trailing").fails(400);
    admin().putJson("/ROLE/" + id, "{\"description\":\"a\",\"description\":\"b\"}").fails(400);
    admin()
        .putJson(
            "/ROLE/" + id,
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")
        .fails(400);
    admin().get("/ROLE/search", "filters", "{name:").fails(400);
    admin().get("/ROLE/search", "filters", "[1,2]").fails(400);
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void valuesOfTheWrongTypeAreNamedAndChangeNothing() {
    String id = role();
    JsonNode before = state(id);
    Response r =
        admin()
            .putJson("/ROLE/" + id, "{\"description\":\"changed\",\"maxUsers\":\"many\"}")
            .fails(400);
    assertThat(r.errorMessage()).contains("maxUsers").contains("many");
    admin().putJson("/ROLE/" + id, "{\"maxUsers\":{\"n\":1}}").fails(400);
    admin().putJson("/ROLE/" + id, "{\"maxUsers\":2.5}").fails(400);
    admin().putJson("/ROLE/" + id, "{\"billingPerHour\":\"cheap\"}").fails(400);
    admin().get("/USER/search", "isActive", "perhaps").fails(400);
    admin().get("/USER/search", "entryDate", "last tuesday", "entryDate_Mod", "gt").fails(400);
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void unknownMethodsAndVersionsAreRefused() {
    assertThat(admin().get("/USER/search", "method", "PATCH").fails(400).errorMessage())
        .contains("PATCH");
    admin().root("/attask/api/v99.0").get("/USER/search").fails(404);
  }

  @Test
  void unknownAndMalformedIdsAreRefused() {
    assertThat(admin().get("/ROLE/0123456789abcdef0123456789abcdef").fails(404).errorMessage())
        .contains("0123456789abcdef0123456789abcdef");
    admin().putJson("/ROLE/0123456789abcdef0123456789abcdef", "{\"description\":\"x\"}").fails(404);
    admin().delete("/ROLE/0123456789abcdef0123456789abcdef").fails(404);
    assertThat(admin().get("/ROLE", "id", "not-an-id").fails(400).errorMessage())
        .contains("not-an-id");
    admin().get("/ROLE/12345").fails(404);
    admin()
        .postJson(
            "/USER",
            "{\"firstName\":\"A\",\"lastName\":\"B\",\"username\":\""
                + Fixtures.unique("ref")
                + "\",\"homeGroupID\":\"0123456789abcdef0123456789abcdef\"}")
        .fails(404);
  }

  @Test
  void missingOrBadCredentialsAreUnauthorisedAndWritesChangeNothing() {
    String id = role();
    JsonNode before = state(id);
    server().api().putJson("/ROLE/" + id, "{\"description\":\"anonymous\"}").fails(401);
    server().api().delete("/ROLE/" + id).fails(401);
    server()
        .api()
        .withApiKey("0123456789abcdef0123456789abcdef")
        .putJson("/ROLE/" + id, "{\"description\":\"x\"}")
        .fails(401);
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void overlongUrisAndBodiesAreRefused() {
    String id = role();
    JsonNode before = state(id);
    String longValue = "x".repeat(9000);
    Response uri = admin().get("/ROLE/search", "name", longValue).fails(414);
    assertThat(uri.errorMessage()).contains("8892");
    String big = "{\"description\":\"" + "y".repeat(1_100_000) + "\"}";
    admin().putJson("/ROLE/" + id, big).fails(413);
    assertThat(state(id)).isEqualTo(before);
  }

  @Test
  void limitsAboveTheMaximumAreAnIllegalArgument() {
    Response r = admin().get("/USER/search", "$$LIMIT", "2001").fails(400);
    assertThat(r.errorClass()).isEqualTo("java.lang.IllegalArgumentException");
    admin().get("/USER/search", "$$LIMIT", "99999999999").fails(400);
    admin().get("/USER/search", "$$LIMIT", "10;DROP TABLE users").fails(400);
    admin().get("/USER/search", "$$FIRST", "-1").fails(400);
    assertThat(admin().get("/USER/search", "$$LIMIT", "2000").ok().data().isArray()).isTrue();
  }

  @Test
  void injectionAttemptsAreJustValues() {
    String evil = "x' OR '1'='1'; DROP TABLE users; --";
    String id = admin().post("/ROLE", "name", evil).ok().data().path("ID").asText();
    JsonNode found = admin().get("/ROLE/search", "name", evil).ok().data();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("ID").asText()).isEqualTo(id);
    assertThat(admin().get("/ROLE/search", "name", "x' OR '1'='1").ok().data()).isEmpty();
    admin().get("/ROLE/search", "name;DROP TABLE roles", "x").fails(400);
    admin().get("/ROLE/search", "name_Sort", "asc; DROP TABLE roles").fails(400);
    admin().get("/ROLE/search", "fields", "name FROM users --").fails(400);
    assertThat(admin().get("/USER/count").ok().data().path("count").asInt()).isPositive();
  }

  @Test
  void aFailingBulkCreateLeavesNothingBehind() {
    String tag = Fixtures.unique("bulkfail");
    admin()
        .postJson(
            "/ROLE",
            "[{\"name\":\"" + tag + "\"},{\"name\":\"" + tag + "\",\"maxUsers\":\"lots\"}]")
        .fails(400);
    admin()
        .postJson(
            "/ROLE",
            "[{\"name\":\"" + tag + "\"},{\"name\":\"" + tag + "\",\"maxUsers\":\"lots\"}]",
            "atomic",
            "true")
        .fails(400);
    assertThat(admin().get("/ROLE/count", "name", tag).ok().data().path("count").asInt()).isZero();
    StringBuilder tooMany = new StringBuilder("[");
    for (int i = 0; i < 101; i++) {
      tooMany.append(i == 0 ? "" : ",").append("{\"name\":\"").append(tag).append("\"}");
    }
    assertThat(admin().postJson("/ROLE", tooMany.append("]").toString()).fails(400).errorMessage())
        .contains("100");
    assertThat(admin().get("/ROLE/count", "name", tag).ok().data().path("count").asInt()).isZero();
  }

  @Test
  void unsupportedOperationsOnATypeAreRefused() {
    // ACSLVL accepts custom levels since the lifecycle work (reference §6.4); CUST is never created
    admin().post("/CUST", "name", "Custom").fails(405);
    admin().post("/JRNLE", "objID", "x").fails(405);
  }

  @Test
  void rawGarbageInTheRequestLineGetsAnErrorBody() {
    Response r =
        RawHttp.send(
            server().port(), "GET", TestServer.API_ROOT + "/USER/search?fields=%E0%A4%A&$$LIMIT=1");
    assertThat(r.status()).isIn(400, 401);
  }
}
