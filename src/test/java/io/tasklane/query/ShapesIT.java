package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Response shapes of reference §4.1 and §4.6: nested fields, collections, *, map, count, get. */
@BothEngines
class ShapesIT {
  @Parameter Engine engine;

  private World w;
  private Api admin;
  private TestServer server;

  @BeforeEach
  void world() {
    server = QueryServer.get(engine);
    w = QueryServer.world(engine);
    admin = server.admin();
  }

  private JsonNode one(String label, String fields) {
    return admin.get("/USER/" + w.person(label).id(), "fields", fields).ok().data();
  }

  private static List<String> keys(JsonNode o) {
    List<String> out = new ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Set<String> ids(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(o -> out.add(o.path("ID").asText()));
    return out;
  }

  @Test
  void nestsReferencesFourLevelsDeep() {
    JsonNode p04 = one("p04", "manager:manager:homeGroup:parent:name,title");
    assertThat(keys(p04)).containsExactly("ID", "name", "objCode", "manager", "title");
    JsonNode p01 = p04.path("manager").path("manager");
    assertThat(p01.path("ID").asText()).isEqualTo(w.person("p01").id());
    assertThat(keys(p01)).containsExactly("ID", "name", "objCode", "homeGroup");
    JsonNode g0 = p01.path("homeGroup").path("parent");
    assertThat(keys(g0)).containsExactly("ID", "name", "objCode");
    assertThat(g0.path("name").asText()).isEqualTo(w.tag + " group G0");
    assertThat(g0.path("objCode").asText()).isEqualTo("GROUP");
    // a missing reference is null, not an empty object
    assertThat(one("p01", "manager").path("manager").isNull()).isTrue();
    admin
        .get(
            "/USER/" + w.person("p06").id(),
            "fields",
            "manager:manager:manager:manager:manager:name")
        .fails(400);
  }

  @Test
  void loadsCollectionsAndTheirNestedFields() {
    Person p01 = w.person("p01");
    JsonNode teams = one("p01", "teams").path("teams");
    assertThat(ids(teams)).isEqualTo(new TreeSet<>(p01.teamIds()));
    assertThat(keys(teams.get(0))).containsExactly("ID", "name", "objCode");
    JsonNode all = one("p01", "teams:*").path("teams").get(0);
    ObjectType team = server.app().parts().registry().get("TEAMOB");
    assertThat(new TreeSet<>(keys(all)))
        .isEqualTo(new TreeSet<>(team.fields().stream().map(FieldDef::name).toList()));
    JsonNode groups = one("p02", "userGroups:group:name").path("userGroups");
    Set<String> groupIds = new TreeSet<>();
    groups.forEach(g -> groupIds.add(g.path("group").path("ID").asText()));
    assertThat(groupIds).isEqualTo(new TreeSet<>(w.person("p02").groupIds()));
    JsonNode reports = one("p01", "directReports:directReports").path("directReports");
    Set<String> second = new TreeSet<>();
    reports.forEach(r -> second.addAll(ids(r.path("directReports"))));
    Set<String> expected = new TreeSet<>();
    w.people.stream()
        .filter(
            p ->
                p.managerId() != null
                    && p01.id()
                        .equals(
                            w.people.stream()
                                .filter(m -> m.id().equals(p.managerId()))
                                .findFirst()
                                .orElseThrow()
                                .managerId()))
        .forEach(p -> expected.add(p.id()));
    assertThat(second).isEqualTo(expected);
    // an element-less collection is an empty array
    assertThat(one("p04", "teams").path("teams").isArray()).isTrue();
    assertThat(one("p04", "teams").path("teams").size()).isZero();
  }

  @Test
  void starIsEveryFieldTheCallerMayRead() {
    ObjectType user = server.app().parts().registry().get("USER");
    JsonNode p01 = one("p01", "*");
    Set<String> expected = new TreeSet<>();
    user.fields().stream()
        .filter(f -> !f.has(FieldFlag.WRITE_ONLY))
        .forEach(f -> expected.add(f.name()));
    assertThat(new TreeSet<>(keys(p01))).isEqualTo(expected);
    assertThat(p01.path("billingPerHour").decimalValue()).isEqualByComparingTo("100.5");
    assertThat(p01.path("entryDate").asText()).isEqualTo("2026-05-13T00:00:00:000+0000");
  }

  @Test
  void mapAndCountAndGetBySeveralIds() {
    JsonNode map = admin.get("/USER/search", w.scoped("map", "true", "fields", "city")).ok().data();
    assertThat(map.isObject()).isTrue();
    Iterator<String> names = map.fieldNames();
    Set<String> keys = new TreeSet<>();
    names.forEachRemaining(keys::add);
    Set<String> all = new TreeSet<>();
    w.people.forEach(p -> all.add(p.id()));
    assertThat(keys).isEqualTo(all);
    Person p05 = w.person("p05");
    assertThat(map.path(p05.id()).path("city").asText()).isEqualTo(p05.city());
    assertThat(admin.get("/USER/count", "companyID", w.companyId).ok().data().path("count").asInt())
        .isEqualTo(w.people.size());
    String a = w.person("p07").id();
    String b = w.person("p02").id();
    JsonNode both = admin.get("/USER", "id", a + "," + b, "fields", "city").ok().data();
    assertThat(both.get(0).path("ID").asText()).isEqualTo(a);
    assertThat(both.get(1).path("ID").asText()).isEqualTo(b);
  }
}
