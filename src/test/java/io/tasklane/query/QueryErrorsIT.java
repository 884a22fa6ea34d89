package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad queries answer a Workfront-shaped error naming the unknown field, path, modifier, wildcard or
 * bad value (reference §2.3, §4); fields the caller may not read are refused wherever they appear,
 * never silently dropped; case rules of §3.4 and §4.2.
 */
@BothEngines
class QueryErrorsIT {
  private static final String BAD_PARAM = "com.attask.common.InvalidParameterException";

  @Parameter Engine engine;

  static Stream<Arguments> errors() {
    return Stream.of(
        e(
            "/USER/search",
            List.of("shoeSize", "9"),
            400,
            BAD_PARAM,
            "Unknown field 'shoeSize' on USER"),
        e(
            "/USER/search",
            List.of("manager:shoe:size", "9"),
            400,
            BAD_PARAM,
            "Unknown reference or collection 'shoe' on USER in 'manager:shoe:size'"),
        e(
            "/USER/search",
            List.of("title", "x", "title_Mod", "resembles"),
            400,
            BAD_PARAM,
            "Unknown modifier 'resembles' in title_Mod"),
        e(
            "/USER/search",
            List.of("entryDate", "$$YESTERDAY"),
            400,
            BAD_PARAM,
            "Unknown wildcard '$$YESTERDAY'"),
        e("/USER/search", List.of("fte", "most"), 400, BAD_PARAM, "Invalid value 'most' for fte"),
        e(
            "/USER/search",
            List.of("entryDate", "2026-13-45"),
            400,
            BAD_PARAM,
            "Invalid date '2026-13-45' for entryDate"),
        e(
            "/USER/search",
            List.of("managerID", "nobody"),
            400,
            BAD_PARAM,
            "Invalid ID 'nobody' for managerID"),
        e(
            "/USER/search",
            List.of("isActive", "maybe"),
            400,
            BAD_PARAM,
            "Invalid value 'maybe' for isActive"),
        e(
            "/JRNLE/search",
            List.of("changeType", "RENAME"),
            400,
            BAD_PARAM,
            "Invalid value 'RENAME' for changeType"),
        e(
            "/USER/search",
            List.of("fields", "shoeSize"),
            400,
            BAD_PARAM,
            "Unknown field 'shoeSize'"),
        e(
            "/USER/search",
            List.of("shoeSize_Sort", "asc"),
            400,
            BAD_PARAM,
            "Unknown field 'shoeSize'"),
        e("/USER/search", List.of("title_Sort", "sideways"), 400, BAD_PARAM, "must be asc or desc"),
        e(
            "/USER/report",
            List.of("shoeSize_GroupBy", "true"),
            400,
            BAD_PARAM,
            "Unknown field 'shoeSize'"),
        e(
            "/USER/report",
            List.of("fte_AggFunc", "median"),
            400,
            BAD_PARAM,
            "Unknown aggregate 'median'"),
        e(
            "/USER/search",
            List.of("$$LIMIT", "2001"),
            400,
            "java.lang.IllegalArgumentException",
            "$$LIMIT 2001 exceeds the maximum of 2000"),
        e("/USER/search", List.of("$$FIRST", "-5"), 400, BAD_PARAM, "$$FIRST must not be negative"),
        e(
            "/USER/search",
            List.of("filters", "{title:"),
            400,
            "com.attask.common.JSONParseException",
            "Malformed JSON in filters"),
        e(
            "/USER/search",
            List.of("EXISTS:A:$$OBJCODE", "NOPE", "EXISTS:A:ID", "FIELD:ID"),
            400,
            BAD_PARAM,
            "Unknown object code 'NOPE' in EXISTS"),
        e(
            "/USER/search",
            List.of("fte", "FIELD:entryDate", "fte_Mod", "lt"),
            400,
            BAD_PARAM,
            "both sides must be of the same kind"),
        // _Mod, _Range and _Sort are case-sensitive (§4.2): these are unknown fields, not controls
        e(
            "/USER/search",
            List.of("title_mod", "cieq"),
            400,
            BAD_PARAM,
            "Unknown field 'title_mod'"),
        e(
            "/USER/search",
            List.of("title_SORT", "asc"),
            400,
            BAD_PARAM,
            "Unknown field 'title_SORT'"),
        e("/USER/search", List.of("or:1:title", "x"), 400, BAD_PARAM, "'or'"),
        e(
            "/NOPE/search",
            List.of(),
            404,
            "com.attask.common.NotFoundException",
            "Unknown object code 'NOPE'"));
  }

  private static Arguments e(
      String path, List<String> params, int status, String errorClass, String message) {
    return Arguments.of(path, params, status, errorClass, message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("errors")
  void answersAnErrorNamingTheProblem(
      String path, List<String> params, int status, String errorClass, String message) {
    Response r = QueryServer.get(engine).admin().get(path, params.toArray(String[]::new));
    r.fails(status);
    assertThat(r.errorClass()).isEqualTo(errorClass);
    assertThat(r.errorMessage()).contains(message);
  }

  @Test
  void refusesFieldsTheCallerMayNotReadWhereverTheyAppear() {
    TestServer server = QueryServer.get(engine);
    World w = QueryServer.world(engine);
    String username = w.tag + ".reader@example.com";
    server
        .admin()
        .postJson(
            "/USER",
            World.json(
                java.util.Map.of(
                    "firstName",
                    "qa",
                    "lastName",
                    "reader",
                    "username",
                    username,
                    "password",
                    "reader-password-1",
                    "accessLevelID",
                    World.level(server.admin(), "Standard"))))
        .ok();
    Api member = server.api().withSession(server.login(username, "reader-password-1"));
    for (String[] params :
        List.of(
            new String[] {"billingPerHour", "80"},
            new String[] {"manager:costPerHour_Mod", "notnull"},
            new String[] {"OR:1:billingPerHour_Mod", "isnull"},
            new String[] {"filters", "{\"billingPerHour\":80}"},
            new String[] {"fte", "FIELD:billingPerHour"},
            new String[] {"fields", "billingPerHour"},
            new String[] {"fields", "manager:costPerHour"},
            new String[] {"billingPerHour_Sort", "asc"},
            new String[] {"EXISTS:A:$$OBJCODE", "USER", "EXISTS:A:costPerHour_Mod", "notnull"})) {
      Response r = member.get("/USER/search", params).fails(403);
      assertThat(r.errorMessage())
          .as(List.of(params).toString())
          .contains("You may not read field");
    }
    member.get("/USER/report", "billingPerHour_AggFunc", "sum").fails(403);
    member.get("/USER/report", "costPerHour_GroupBy", "true").fails(403);
    // the same requests are fine for an administrator
    server.admin().get("/USER/search", w.scoped("billingPerHour", "80")).ok();
    server.admin().get("/USER/report", w.scoped("billingPerHour_AggFunc", "sum")).ok();
  }

  @Test
  void objectCodesIgnoreCase() {
    Api admin = QueryServer.get(engine).admin();
    World w = QueryServer.world(engine);
    int expected = w.people.size();
    for (String code : List.of("USER", "user", "User", "uSeR")) {
      assertThat(
              admin
                  .get("/" + code + "/count", "companyID", w.companyId)
                  .ok()
                  .data()
                  .path("count")
                  .asInt())
          .as(code)
          .isEqualTo(expected);
    }
    // and inside EXISTS blocks
    assertThat(w.search(admin, "EXISTS:A:$$OBJCODE", "TeamMb", "EXISTS:A:userID", "FIELD:ID"))
        .isEqualTo(w.where(p -> !p.teamIds().isEmpty()));
  }
}
