package io.tasklane.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Small builders for lifecycle tests: users, access levels, seats and direct database reads. */
final class People {
  static final String PASSWORD = "lifecycle-pass-1";

  private People() {}

  static String levelId(Api admin, String name) {
    return admin.get("/ACSLVL/search", "name", name).ok().data().get(0).path("ID").asText();
  }

  static String adminId(Api admin) {
    return admin
        .get("/USER/search", "filters", "{\"username\":\"admin\"}")
        .ok()
        .data()
        .get(0)
        .path("ID")
        .asText();
  }

  static String customerId(Api admin) {
    return admin.get("/CUST/search").ok().data().get(0).path("ID").asText();
  }

  /** Creates a user with this access level, active or not; returns its ID. */
  static String user(Api admin, String username, String level, boolean active) {
    return admin
        .postJson(
            "/USER",
            "{\"firstName\":\"Test\",\"lastName\":\""
                + username
                + "\",\"username\":\""
                + username
                + "\",\"emailAddr\":\""
                + username
                + "@example.test\",\"password\":\""
                + PASSWORD
                + "\",\"accessLevelID\":\""
                + levelId(admin, level)
                + "\",\"isActive\":"
                + active
                + "}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }

  static String user(Api admin, String prefix, String level) {
    return user(admin, Fixtures.unique(prefix), level, true);
  }

  static String username(Api admin, String id) {
    return admin.get("/USER/" + id, "fields", "username").ok().data().path("username").asText();
  }

  /** Sets the owned seats of one licence type, e.g. {@code lightLicenses}. */
  static void seats(Api admin, String field, int owned) {
    admin.putJson("/CUST/" + customerId(admin), "{\"" + field + "\":" + owned + "}").ok();
  }

  /** The licence-usage row of one type. */
  static JsonNode usage(Api admin, String type) {
    for (JsonNode row : admin.get("/CUST/licenseUsage").ok().data()) {
      if (row.path("licenseType").asText().equals(type)) {
        return row;
      }
    }
    throw new AssertionError("no usage row for " + type);
  }

  /** Seats in use of a type straight from the database, not through the code under test. */
  static int activeOfType(TestServer server, String type) {
    return activeOfType(server, type, DSL.noCondition());
  }

  /** The same, in one customer. */
  static int activeOfType(TestServer server, String customerId, String type) {
    return activeOfType(
        server, type, DSL.field(DSL.name("u", "customer_id"), String.class).eq(customerId));
  }

  private static int activeOfType(TestServer server, String type, Condition where) {
    return server
        .app()
        .parts()
        .database()
        .read(
            dsl ->
                dsl.fetchCount(
                    DSL.select(DSL.field(DSL.name("u", "id")))
                        .from(DSL.table(DSL.name("users")).as("u"))
                        .join(DSL.table(DSL.name("access_levels")).as("a"))
                        .on(
                            DSL.field(DSL.name("a", "id"))
                                .eq(DSL.field(DSL.name("u", "access_level_id"))))
                        .where(DSL.field(DSL.name("u", "is_active"), Boolean.class).isTrue())
                        .and(DSL.field(DSL.name("a", "license_type"), String.class).eq(type))
                        .and(where)));
  }

  /** A new API key of the System Administrator {@code admin} (keys outlive moved clocks). */
  static String adminApiKey(TestServer server) {
    return apiKey(server, "admin", TestServer.ADMIN_PASSWORD);
  }

  /** A new API key of a user, asked for with their password. */
  static String apiKey(TestServer server, String username, String password) {
    return server.apiKey(username, password);
  }

  /** Outbox rows of one object, oldest first. */
  static List<Map<String, Object>> outbox(TestServer server, String objId) {
    return server
        .app()
        .parts()
        .database()
        .read(
            dsl ->
                dsl.select()
                    .from(DSL.table(DSL.name("outbox")))
                    .where(DSL.field(DSL.name("obj_id"), String.class).eq(objId))
                    .orderBy(DSL.field(DSL.name("id")))
                    .fetch()
                    .map(People::lowerKeys));
  }

  /** H2 reports column names in upper case, PostgreSQL in lower case. */
  private static Map<String, Object> lowerKeys(Record r) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    r.intoMap().forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  /** The JRNLE entries of one field of one object. */
  static JsonNode journal(Api admin, String objId, String field) {
    return admin
        .get(
            "/JRNLE/search",
            "objID",
            objId,
            "fieldName",
            field,
            "fields",
            "*",
            "entryDate_Sort",
            "asc")
        .ok()
        .data();
  }
}
