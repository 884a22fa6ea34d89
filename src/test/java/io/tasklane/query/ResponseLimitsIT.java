package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.Ids;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.Parameter;

/**
 * The response-size limits of reference §4.8 (fewer than 50,000 objects, at most 1,000,000 fields)
 * on a server of its own: one team of 2,000 people, so {@code fields=teams:users} multiplies. The
 * rows are inserted by SQL, which is how a test makes 4,000 rows in a second.
 */
@BothEngines
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseLimitsIT {
  private static final int TEAM = 2000;

  @Parameter Engine engine;

  private TestServer server;
  private String companyId;

  @BeforeAll
  void start() {
    server = TestServer.start(engine, c -> c);
    Api admin = server.admin();
    String level = World.level(admin, "External User");
    String customer = server.app().parts().customerId();
    companyId = Ids.newId();
    String teamId = Ids.newId();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    server
        .app()
        .parts()
        .database()
        .transaction(
            dsl -> {
              insert(
                  dsl,
                  "companies",
                  List.of("id", "name"),
                  List.of(List.of(companyId, "big")),
                  customer,
                  now);
              insert(
                  dsl,
                  "teams",
                  List.of("id", "name"),
                  List.of(List.of(teamId, "everyone")),
                  customer,
                  now);
              List<List<Object>> users = new ArrayList<>();
              List<List<Object>> members = new ArrayList<>();
              for (int i = 0; i < TEAM; i++) {
                String id = Ids.newId();
                users.add(
                    List.of(
                        id,
                        "big " + i,
                        "big",
                        "" + i,
                        "big" + i + "@example.com",
                        level,
                        companyId));
                members.add(List.of(Ids.newId(), teamId, id));
              }
              insert(
                  dsl,
                  "users",
                  List.of(
                      "id",
                      "name",
                      "first_name",
                      "last_name",
                      "username",
                      "access_level_id",
                      "company_id"),
                  users,
                  customer,
                  now);
              insert(
                  dsl, "team_members", List.of("id", "team_id", "user_id"), members, customer, now);
              return null;
            });
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private static void insert(
      DSLContext dsl,
      String table,
      List<String> columns,
      List<List<Object>> rows,
      String customer,
      OffsetDateTime now) {
    List<Field<Object>> fields = new ArrayList<>();
    for (String c : columns) {
      fields.add(field(name(c)));
    }
    for (String c : List.of("customer_id", "entry_date", "last_update_date")) {
      fields.add(field(name(c)));
    }
    for (int from = 0; from < rows.size(); from += 500) {
      var insert = dsl.insertInto(table(name(table)), fields);
      for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + 500))) {
        List<Object> values = new ArrayList<>(row);
        values.addAll(List.of(customer, now, now));
        insert = insert.values(values);
      }
      insert.execute();
    }
  }

  private Response search(int limit, String fields) {
    return server
        .admin()
        .get(
            "/USER/search",
            "companyID",
            companyId,
            "$$LIMIT",
            Integer.toString(limit),
            "fields",
            fields);
  }

  @Test
  void refusesFiftyThousandObjects() {
    // 24 people + their 24 team entries + 24 × 2,000 members = 48,048 objects
    JsonNode data = search(24, "teams:users").ok().data();
    assertThat(data.size()).isEqualTo(24);
    assertThat(data.get(23).path("teams").get(0).path("users").size()).isEqualTo(TEAM);
    // 25 people make 50,050
    Response tooMany = search(25, "teams:users").fails(413);
    assertThat(tooMany.errorMessage()).contains("50000").contains("$$LIMIT");
  }

  @Test
  void refusesMoreThanAMillionFields() {
    ObjectType user = server.app().parts().registry().get("USER");
    long perUser = user.fields().stream().filter(f -> !f.has(FieldFlag.WRITE_ONLY)).count();
    // each person and each team entry shows ID, name, objCode and the nested collection
    long perPerson = 4 + 4 + TEAM * perUser;
    int fits = (int) (1_000_000 / perPerson);
    assertThat((fits + 1) * (2L + TEAM)).as("stays under the object limit").isLessThan(50_000);
    search(fits, "teams:users:*").ok();
    Response tooMany = search(fits + 1, "teams:users:*").fails(413);
    assertThat(tooMany.errorMessage()).contains("1000000 fields");
  }
}
