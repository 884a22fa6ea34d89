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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API surface of reference §1, §2 and §12 on the foundation types. */
@BothEngines
class ApiSurfaceIT {
  @Parameter Engine engine;

  private TestServer server() {
    return TestServer.shared(engine);
  }

  private Api admin() {
    return server().admin();
  }

  private String group(String name) {
    return admin().post("/GROUP", "name", name).ok().data().path("ID").asText();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/attask/api/v2.0",
        "/attask/api/v7.0",
        "/attask/api/v15.0",
        "/attask/api/v21.0",
        "/attask/api/v22.0",
        "/attask/api",
        "/attask/api-internal",
        "/attask/api-unsupported"
      })
  void everyPathFamilyServesTheSameApi(String root) {
    String name = Fixtures.unique("family");
    String id = group(name);
    JsonNode found = admin().root(root).get("/group/search", "name", name).ok().data();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("ID").asText()).isEqualTo(id);
  }

  @Test
  void unknownVersionsAndObjectCodesAreNotFound() {
    admin().root("/attask/api/v23.0").get("/user/search").fails(404);
    admin().root("/attask/api/v1.0").get("/user/search").fails(404);
    Response r = admin().get("/NOSUCH/search").fails(404);
    assertThat(r.errorMessage()).contains("NOSUCH");
  }

  @Test
  void objectCodesAndAlternateNamesAreCaseInsensitive() {
    String name = Fixtures.unique("codes");
    group(name);
    for (String code : List.of("GROUP", "group", "Group", "usergroup")) {
      assertThat(admin().get("/" + code + "/search", "name", name).ok().data()).as(code).hasSize(1);
    }
    assertThat(admin().get("/jobrole/count").ok().data().path("count").asInt())
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  void methodParameterOverridesTheVerbInAnyCase() {
    String id = group(Fixtures.unique("verbs"));
    JsonNode edited =
        admin().get("/GROUP/" + id, "method", "Put", "description", "by GET").ok().data();
    assertThat(
            admin()
                .get("/GROUP/" + id, "fields", "description")
                .ok()
                .data()
                .path("description")
                .asText())
        .isEqualTo("by GET");
    assertThat(edited.path("ID").asText()).isEqualTo(id);
    admin().post("/GROUP/" + id, "method", "DELETE").ok();
    admin().get("/GROUP/" + id).fails(404);
    String created =
        admin()
            .get("/GROUP", "method", "post", "name", Fixtures.unique("viaGet"))
            .ok()
            .data()
            .path("ID")
            .asText();
    assertThat(created).matches("[0-9a-f]{32}");
  }

  @Test
  void getsOneObjectOrSeveralByIdParameter() {
    String a = group(Fixtures.unique("byid"));
    String b = group(Fixtures.unique("byid"));
    assertThat(admin().get("/GROUP/" + a).ok().data().path("ID").asText()).isEqualTo(a);
    assertThat(admin().get("/GROUP", "id", a).ok().data().path("ID").asText()).isEqualTo(a);
    JsonNode comma = admin().get("/GROUP", "id", b + "," + a).ok().data();
    assertThat(ids(comma)).containsExactly(b, a);
    JsonNode repeated = admin().get("/GROUP", "id", a, "id", b).ok().data();
    assertThat(ids(repeated)).containsExactly(a, b);
  }

  @Test
  void dollarUserIsTheCaller() {
    String adminId = admin().get("/USER", "id", "$$USER").ok().data().path("ID").asText();
    assertThat(admin().get("/USER/$$USER").ok().data().path("ID").asText()).isEqualTo(adminId);
    JsonNode filtered =
        admin().get("/USER/search", "ID", "$$USER", "fields", "username").ok().data();
    assertThat(filtered).hasSize(1);
    assertThat(filtered.get(0).path("username").asText()).isEqualTo("admin");
  }

  @Test
  void searchFiltersByEqualityAndCounts() {
    String tag = Fixtures.unique("search");
    group(tag);
    group(tag);
    group(tag + "-other");
    assertThat(admin().get("/GROUP/search", "name", tag).ok().data()).hasSize(2);
    assertThat(admin().get("/GROUP/count", "name", tag).ok().data().path("count").asInt())
        .isEqualTo(2);
  }

  @Test
  void createsFromParametersJsonBodyFormBodyAndUpdatesParameter() {
    String n1 = Fixtures.unique("params");
    assertThat(
            admin()
                .post("/ROLE", "name", n1, "maxUsers", "3", "fields", "maxUsers")
                .ok()
                .data()
                .path("maxUsers")
                .asInt())
        .isEqualTo(3);
    String n2 = Fixtures.unique("json");
    JsonNode json =
        admin()
            .postJson("/ROLE", "{\"name\":\"" + n2 + "\",\"maxUsers\":\"4\"}", "fields", "maxUsers")
            .ok()
            .data();
    assertThat(json.path("name").asText()).isEqualTo(n2);
    assertThat(json.path("maxUsers").asInt()).isEqualTo(4);
    String n3 = Fixtures.unique("form");
    JsonNode form = admin().form("POST", "/ROLE", "updates", "{name:'" + n3 + "'}").ok().data();
    assertThat(form.path("name").asText()).isEqualTo(n3);
    String n4 = Fixtures.unique("updates");
    JsonNode q =
        admin()
            .post("/ROLE", "updates", "{'name':'" + n4 + "',maxUsers:5}", "fields", "maxUsers")
            .ok()
            .data();
    assertThat(q.path("maxUsers").asInt()).isEqualTo(5);
  }

  @Test
  void editIsSparseAndReturnsTheRequestedFields() {
    String id =
        admin()
            .post(
                "/ROLE", "name", Fixtures.unique("sparse"), "description", "keep", "maxUsers", "1")
            .ok()
            .data()
            .path("ID")
            .asText();
    JsonNode edited =
        admin()
            .putJson("/ROLE/" + id, "{\"maxUsers\":2}", "fields", "description,maxUsers")
            .ok()
            .data();
    assertThat(edited.path("maxUsers").asInt()).isEqualTo(2);
    assertThat(edited.path("description").asText()).isEqualTo("keep");
    JsonNode byParam =
        admin().put("/ROLE", "id", id, "maxUsers", "7", "fields", "maxUsers").ok().data();
    assertThat(byParam.path("maxUsers").asInt()).isEqualTo(7);
  }

  @Test
  void deleteAnswersSuccess() {
    String id = group(Fixtures.unique("gone"));
    JsonNode r = admin().delete("/GROUP/" + id).ok().data();
    assertThat(r.path("success").asBoolean()).isTrue();
    admin().get("/GROUP/" + id).fails(404);
  }

  @Test
  void bulkCreatesAndEditsWithAJsonArray() {
    String tag = Fixtures.unique("bulk");
    JsonNode created =
        admin()
            .postJson("/ROLE", "[{\"name\":\"" + tag + "-a\"},{\"name\":\"" + tag + "-b\"}]")
            .ok()
            .data();
    assertThat(created).hasSize(2);
    String a = created.get(0).path("ID").asText();
    String b = created.get(1).path("ID").asText();
    JsonNode edited =
        admin()
            .putJson(
                "/ROLE",
                "[{\"ID\":\"" + a + "\",\"maxUsers\":1},{\"ID\":\"" + b + "\",\"maxUsers\":2}]",
                "fields",
                "maxUsers")
            .ok()
            .data();
    assertThat(edited.get(0).path("maxUsers").asInt()).isEqualTo(1);
    assertThat(edited.get(1).path("maxUsers").asInt()).isEqualTo(2);
    JsonNode atomic =
        admin().postJson("/ROLE", "[{\"name\":\"" + tag + "-c\"}]", "atomic", "true").ok().data();
    assertThat(atomic.path("success").asBoolean()).isTrue();
  }

  @Test
  void fieldsAddNestedReferencesCollectionsAndStar() {
    String userId = Fixtures.user(admin(), Fixtures.unique("shape"), "Light", "shape-password");
    JsonNode u =
        admin()
            .get(
                "/USER/" + userId,
                "fields",
                "homeGroup:name,accessLevel:licenseType,userGroups,title")
            .ok()
            .data();
    assertThat(u.fieldNames()).toIterable().startsWith("ID", "name", "objCode");
    assertThat(u.path("objCode").asText()).isEqualTo("USER");
    assertThat(u.path("homeGroup").path("objCode").asText()).isEqualTo("GROUP");
    assertThat(u.path("homeGroup").path("name").asText()).isEqualTo("Default Group");
    assertThat(u.path("accessLevel").path("licenseType").asText()).isEqualTo("LIGHT");
    assertThat(u.path("userGroups").isArray()).isTrue();
    assertThat(u.has("title")).isTrue();
    JsonNode star = admin().get("/USER/" + userId, "fields", "*").ok().data();
    assertThat(star.has("firstName")).isTrue();
    assertThat(star.has("emailAddr")).isTrue();
    assertThat(star.has("password")).isFalse();
    JsonNode defaults = admin().get("/USER/" + userId).ok().data();
    assertThat(defaults.fieldNames()).toIterable().containsExactly("ID", "name", "objCode");
  }

  @Test
  void coercesStringBooleansAndNumbersInUpdates() {
    String id =
        admin().post("/ROLE", "name", Fixtures.unique("coerce")).ok().data().path("ID").asText();
    JsonNode r = admin().putJson("/ROLE/" + id, "{maxUsers:'9'}", "fields", "maxUsers").ok().data();
    assertThat(r.path("maxUsers").isInt()).isTrue();
    assertThat(r.path("maxUsers").asInt()).isEqualTo(9);
    String c =
        admin()
            .post(
                "/CMPY",
                "name",
                Fixtures.unique("cmp"),
                "isPrimary",
                "false",
                "fields",
                "isPrimary")
            .ok()
            .data()
            .path("isPrimary")
            .asText();
    assertThat(c).isEqualTo("false");
  }

  @Test
  void writesDatesInWorkfrontsFormAndEscapesOutput() {
    String name = "Caf\u00e9 </script> \"q\" \\ \u20ac";
    String id = group(name);
    Response r = admin().get("/GROUP/" + id, "fields", "entryDate");
    assertThat(r.body()).contains("Caf\\u00e9 \\u003c\\/script> \\\"q\\\" \\\\ \\u20ac");
    assertThat(r.body()).doesNotContain("\u00e9");
    assertThat(r.data().path("name").asText()).isEqualTo(name);
    assertThat(r.data().path("entryDate").asText())
        .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}:\\d{3}[+-]\\d{4}");
  }

  @Test
  void acceptsRawBracesQuotesAndWildcardsInTheQueryString() {
    String id = group(Fixtures.unique("raw"));
    String session = server().login("admin", TestServer.ADMIN_PASSWORD);
    Response r =
        RawHttp.send(
            server().port(),
            "GET",
            TestServer.API_ROOT
                + "/GROUP/"
                + id
                + "?updates={\"description\":\"raw'x'<>\"}&method=put&fields=description&$$LIMIT=1",
            "sessionID: " + session);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.data().path("description").asText()).isEqualTo("raw'x'<>");
  }

  @Test
  void metadataIsGeneratedFromTheRegistry() {
    JsonNode all = admin().get("/metadata").ok().data().path("objects");
    assertThat(all.path("User").path("objCode").asText()).isEqualTo("USER");
    assertThat(all.path("AccessLevel").path("objCode").asText()).isEqualTo("ACSLVL");
    JsonNode user = admin().get("/user/metadata").ok().data();
    assertThat(user.path("objCode").asText()).isEqualTo("USER");
    assertThat(user.path("name").asText()).isEqualTo("User");
    assertThat(user.path("fields").path("isActive").path("fieldType").asText())
        .isEqualTo("boolean");
    assertThat(user.path("fields").path("entryDate").path("fieldType").asText())
        .isEqualTo("dateTime");
    assertThat(user.path("fields").has("password")).isFalse();
    assertThat(user.path("references").path("homeGroup").path("objCode").asText())
        .isEqualTo("GROUP");
    assertThat(user.path("collections").path("userGroups").path("objCode").asText())
        .isEqualTo("USRGPS");
    JsonNode level = admin().get("/ACSLVL/metadata").ok().data();
    assertThat(level.path("fields").path("licenseType").path("enumValues")).isNotEmpty();
  }

  private static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("ID").asText()));
    return out;
  }
}
