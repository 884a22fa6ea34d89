package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * {@code report} (reference §4.6): groups keyed by value, {@code <fn>_<field>} for sum, avg, min,
 * max, count and dcount, several levels, and {@code $$ROLLUP} totals per level; checked against
 * aggregates computed in Java.
 */
@BothEngines
class ReportsIT {
  @Parameter Engine engine;

  private World w;
  private Api admin;

  @BeforeEach
  void world() {
    w = QueryServer.world(engine);
    admin = QueryServer.get(engine).admin();
  }

  private JsonNode report(String... params) {
    return admin.get("/USER/report", w.scoped(params)).ok().data();
  }

  private String groupName(Person p) {
    return w.groupNames.get(p.homeGroupId());
  }

  private static void assertAggregates(JsonNode node, List<Person> people) {
    List<Double> fte = people.stream().map(Person::fte).filter(Objects::nonNull).toList();
    DoubleSummaryStatistics s = fte.stream().mapToDouble(Double::doubleValue).summaryStatistics();
    assertThat(node.path("count_ID").asLong()).as("count_ID in %s", node).isEqualTo(people.size());
    assertThat(node.path("count_fte").asLong()).as("count_fte in %s", node).isEqualTo(fte.size());
    if (fte.isEmpty()) {
      for (String fn : List.of("sum", "avg", "min", "max")) {
        assertThat(node.path(fn + "_fte").isNull()).as("%s_fte in %s", fn, node).isTrue();
      }
      return;
    }
    assertThat(node.path("sum_fte").asDouble())
        .as("sum in %s", node)
        .isCloseTo(s.getSum(), within(1e-9));
    assertThat(node.path("avg_fte").asDouble()).isCloseTo(s.getAverage(), within(1e-9));
    assertThat(node.path("min_fte").asDouble()).isEqualTo(s.getMin());
    assertThat(node.path("max_fte").asDouble()).isEqualTo(s.getMax());
    assertThat(node.path("count_fte").asLong()).isEqualTo(fte.size());
    assertThat(node.path("dcount_fte").asLong()).isEqualTo(fte.stream().distinct().count());
    assertThat(node.path("count_ID").asLong()).isEqualTo(people.size());
  }

  private static final String[] ALL_FUNCTIONS = {
    "fte_AggFunc",
    "sum",
    "fte_AggFunc",
    "avg",
    "fte_AggFunc",
    "min",
    "fte_AggFunc",
    "max",
    "fte_AggFunc",
    "count",
    "fte_AggFunc",
    "dcount",
    "ID_AggFunc",
    "count"
  };

  @Test
  void groupsByOneLevelWithEveryFunction() {
    List<String> params = new java.util.ArrayList<>(List.of("homeGroup:name_GroupBy", "true"));
    params.addAll(List.of(ALL_FUNCTIONS));
    JsonNode r = report(params.toArray(String[]::new));
    Map<String, List<Person>> groups =
        w.people.stream()
            .collect(Collectors.groupingBy(this::groupName, TreeMap::new, Collectors.toList()));
    assertThat(r.size()).isEqualTo(groups.size());
    groups.forEach(
        (name, people) -> {
          JsonNode g = r.path(name);
          assertThat(g.path("homeGroup:name").asText()).isEqualTo(name);
          assertAggregates(g, people);
        });
  }

  @Test
  void groupsBySeveralLevelsWithRollups() {
    List<String> params =
        new java.util.ArrayList<>(
            List.of(
                "city_2_GroupBy", "true", "homeGroup:name_1_GroupBy", "true", "$$ROLLUP", "true"));
    params.addAll(List.of(ALL_FUNCTIONS));
    JsonNode r = report(params.toArray(String[]::new));
    Function<Person, String> city = p -> p.city() == null ? "" : p.city();
    Map<String, Map<String, List<Person>>> expected =
        w.people.stream()
            .collect(
                Collectors.groupingBy(
                    this::groupName,
                    TreeMap::new,
                    Collectors.groupingBy(city, TreeMap::new, Collectors.toList())));
    assertAggregates(r.path("$$ROLLUP"), w.people);
    expected.forEach(
        (group, byCity) -> {
          JsonNode g = r.path(group);
          assertAggregates(
              g.path("$$ROLLUP"), byCity.values().stream().flatMap(List::stream).toList());
          assertThat(g.size())
              .as("cities of %s and its rollup", group)
              .isEqualTo(byCity.size() + 1);
          byCity.forEach(
              (c, people) -> {
                JsonNode leaf = g.path(c);
                assertThat(leaf.path("homeGroup:name").asText()).isEqualTo(group);
                assertAggregates(leaf, people);
              });
        });
  }

  @Test
  void aggregatesWithoutGroupsAndOnOtherTypes() {
    JsonNode total = report(ALL_FUNCTIONS);
    assertAggregates(total, w.people);
    JsonNode members =
        admin
            .get(
                "/TEAMMB/report",
                "team:name_GroupBy",
                "true",
                "user:ID_AggFunc",
                "dcount",
                "user:companyID",
                w.companyId)
            .ok()
            .data();
    w.teams.forEach(
        (label, id) ->
            assertThat(members.path(w.teamNames.get(id)).path("dcount_user:ID").asLong())
                .as(label)
                .isEqualTo(w.people.stream().filter(p -> p.teamIds().contains(id)).count()));
  }
}
