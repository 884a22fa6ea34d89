package io.tasklane.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.RefDef;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.Parameter;

/**
 * The query language on every object type of the registry, on a server with the demo organisation:
 * properties that must hold for any data, so the test grows with every type added. For each field:
 * {@code isnull} and {@code notnull} partition the type, {@code eq} finds a row by its own value,
 * sorts return everything (in order, for numbers, dates and booleans); for each reference the
 * joined path agrees with the ID field; for each collection the EXISTS path agrees with the loaded
 * elements; every enum and boolean field groups the whole type in a report.
 */
@BothEngines
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryQueryIT {
  private static final DateTimeFormatter WIRE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss:SSSZ");

  @Parameter Engine engine;

  private TestServer server;
  private Api admin;

  @BeforeAll
  void start() {
    server =
        TestServer.start(
            engine, c -> TestServer.withDemo(c, true, Optional.of(TestServer.ADMIN_PASSWORD)));
    admin = server.admin();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  private long count(ObjectType t, String... params) {
    return admin.get("/" + t.code() + "/count", params).ok().data().path("count").asLong();
  }

  private JsonNode search(ObjectType t, String... params) {
    List<String> all = new ArrayList<>(List.of(params));
    all.addAll(List.of("$$LIMIT", "2000"));
    return admin.get("/" + t.code() + "/search", all.toArray(String[]::new)).ok().data();
  }

  @Test
  void everyTypeAnswersTheWholeLanguage() {
    SoftAssertions soft = new SoftAssertions();
    int types = 0;
    for (ObjectType t : server.app().parts().registry().types()) {
      if (t.internal() || !t.allows(Operation.SEARCH) || !t.allows(Operation.COUNT)) {
        continue;
      }
      types++;
      long total = count(t);
      JsonNode all = search(t, "fields", "*");
      soft.assertThat((long) all.size()).as("%s search size", t).isEqualTo(Math.min(total, 2000));
      for (FieldDef f : t.fields()) {
        if (f.stored() && !f.has(FieldFlag.WRITE_ONLY)) {
          field(soft, t, f, total, all);
        }
      }
      for (RefDef r : t.refs()) {
        soft.assertThat(count(t, r.name() + ":ID_Mod", "notnull"))
            .as("%s.%s joined", t, r.name())
            .isEqualTo(count(t, r.idField() + "_Mod", "notnull"));
      }
      if (total <= 2000) {
        for (CollectionDef c : t.collections()) {
          collection(soft, t, c, total);
        }
      }
    }
    soft.assertThat(types).as("searchable types").isGreaterThanOrEqualTo(10);
    soft.assertAll();
  }

  private void field(SoftAssertions soft, ObjectType t, FieldDef f, long total, JsonNode all) {
    String n = f.name();
    soft.assertThat(count(t, n + "_Mod", "isnull") + count(t, n + "_Mod", "notnull"))
        .as("%s.%s isnull + notnull", t, n)
        .isEqualTo(total);
    if (f.type().isText()) {
      soft.assertThat(count(t, n + "_Mod", "isblank") + count(t, n + "_Mod", "notblank"))
          .as("%s.%s isblank + notblank", t, n)
          .isEqualTo(total);
    }
    for (JsonNode row : all) {
      JsonNode v = row.path(n);
      if (v.isNull() || v.isMissingNode() || v.asText().length() > 200) {
        continue;
      }
      String id = row.path("ID").asText();
      JsonNode found;
      if (f.type() == FieldType.DATE_TIME) {
        // the wire form has milliseconds; stored instants may have microseconds
        OffsetDateTime at = OffsetDateTime.parse(v.asText(), WIRE);
        found =
            search(
                t,
                n,
                v.asText(),
                n + "_Mod",
                "gte",
                "AND:1:" + n,
                WIRE.format(at.plusNanos(1_000_000)),
                "AND:1:" + n + "_Mod",
                "lt",
                "ID",
                id);
      } else {
        found = search(t, n, v.asText(), "ID", id);
      }
      soft.assertThat(found.size()).as("%s.%s eq its own value %s", t, n, v).isEqualTo(1);
      break;
    }
    for (String dir : List.of("asc", "desc")) {
      JsonNode sorted = search(t, "fields", n, n + "_Sort", dir);
      soft.assertThat((long) sorted.size())
          .as("%s sorted by %s", t, n)
          .isEqualTo(Math.min(total, 2000));
      if (f.type().isNumeric() || f.type().isTemporal() || f.type() == FieldType.BOOLEAN) {
        List<JsonNode> values = new ArrayList<>();
        sorted.forEach(o -> values.add(o.path(n)));
        soft.assertThat(ordered(values, f.type(), dir.equals("desc")))
            .as("%s ordered by %s %s: %s", t, n, dir, values)
            .isTrue();
      }
    }
    if ((f.type() == FieldType.ENUM || f.type() == FieldType.BOOLEAN)
        && t.allows(Operation.REPORT)) {
      JsonNode report =
          admin
              .get("/" + t.code() + "/report", n + "_GroupBy", "true", "ID_AggFunc", "count")
              .ok()
              .data();
      long sum = 0;
      for (JsonNode g : report) {
        sum += g.path("count_ID").asLong();
      }
      soft.assertThat(sum).as("%s grouped by %s", t, n).isEqualTo(total);
    }
  }

  private void collection(SoftAssertions soft, ObjectType t, CollectionDef c, long total) {
    JsonNode loaded = search(t, "fields", c.name());
    long withElements = 0;
    for (JsonNode o : loaded) {
      if (o.path(c.name()).size() > 0) {
        withElements++;
      }
    }
    soft.assertThat(count(t, c.name() + ":ID_Mod", "notnull"))
        .as("%s.%s any element", t, c.name())
        .isEqualTo(withElements);
    soft.assertThat(count(t, c.name() + ":ID_Mod", "isnull"))
        .as("%s.%s no element", t, c.name())
        .isEqualTo(total - withElements);
  }

  /** Nulls last ascending, first descending; otherwise non-decreasing (or non-increasing). */
  private static boolean ordered(List<JsonNode> values, FieldType type, boolean desc) {
    for (int i = 1; i < values.size(); i++) {
      JsonNode a = values.get(i - 1);
      JsonNode b = values.get(i);
      if (a.isNull() || b.isNull()) {
        if (desc ? (b.isNull() && !a.isNull()) : (a.isNull() && !b.isNull())) {
          return false;
        }
        continue;
      }
      int cmp =
          switch (type) {
            case DATE_TIME ->
                OffsetDateTime.parse(a.asText(), WIRE)
                    .compareTo(OffsetDateTime.parse(b.asText(), WIRE));
            case BOOLEAN -> Boolean.compare(a.asBoolean(), b.asBoolean());
            case DATE -> a.asText().compareTo(b.asText());
            default -> a.decimalValue().compareTo(b.decimalValue());
          };
      if (desc ? cmp < 0 : cmp > 0) {
        return false;
      }
    }
    return true;
  }
}
