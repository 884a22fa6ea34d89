package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * {@code $$FIRST}/{@code $$LIMIT} and {@code _Sort} (reference §4.5). The order is deterministic:
 * every sort ends with the ID, so pages of a sort with ties never repeat or skip a row. Expected
 * orders are sorted in Java with nulls last ascending and first descending (PostgreSQL's order; H2
 * runs with DEFAULT_NULL_ORDERING=HIGH). The sorted text is lower-case ASCII, which C and
 * linguistic collations order alike.
 */
@BothEngines
class PagingSortingIT {
  @Parameter Engine engine;

  private World w;
  private Api admin;
  private Map<String, Person> byId;

  @BeforeEach
  void world() {
    w = QueryServer.world(engine);
    admin = QueryServer.get(engine).admin();
    byId = w.people.stream().collect(Collectors.toMap(Person::id, p -> p));
  }

  private List<String> labels(JsonNode data) {
    List<String> out = new ArrayList<>();
    data.forEach(o -> out.add(byId.get(o.path("ID").asText()).label()));
    return out;
  }

  private List<String> expected(Comparator<Person> order) {
    return w.people.stream().sorted(order.thenComparing(Person::id)).map(Person::label).toList();
  }

  private static <T extends Comparable<T>> Comparator<Person> asc(Function<Person, T> key) {
    return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
  }

  private static <T extends Comparable<T>> Comparator<Person> desc(Function<Person, T> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.<T>reverseOrder()));
  }

  private String managerName(Person p) {
    return p.managerId() == null ? null : byId.get(p.managerId()).name();
  }

  /** The whole result in pages of {@code size}, and the same result in one request. */
  private void pagesMatch(List<String> expected, String... sort) {
    List<String> one = labels(admin.get("/USER/search", w.scoped(sort)).ok().data());
    assertThat(one).as("order for %s", List.of(sort)).isEqualTo(expected);
    for (int size : new int[] {1, 5, 7}) {
      List<String> paged = new ArrayList<>();
      for (int first = 0; first < expected.size() + size; first += size) {
        List<String> params = new ArrayList<>(List.of(sort));
        params.addAll(
            List.of(
                "companyID",
                w.companyId,
                "$$FIRST",
                Integer.toString(first),
                "$$LIMIT",
                Integer.toString(size)));
        JsonNode page = admin.get("/USER/search", params.toArray(String[]::new)).ok().data();
        assertThat(page.size()).isLessThanOrEqualTo(size);
        paged.addAll(labels(page));
      }
      assertThat(paged).as("pages of %d for %s", size, List.of(sort)).isEqualTo(expected);
    }
  }

  @Test
  void defaultOrderIsIdOrder() {
    // IDs are time-ordered, so this is creation order across milliseconds
    pagesMatch(expected(Comparator.comparing(p -> "")));
  }

  @Test
  void sortsAscendingAndDescendingWithTiesBrokenById() {
    pagesMatch(expected(asc(Person::city)), "city_Sort", "asc");
    pagesMatch(expected(desc(Person::city)), "city_Sort", "desc");
    pagesMatch(expected(asc(Person::fte)), "fte_Sort", "ASC");
    pagesMatch(expected(desc(Person::entryDate)), "entryDate_Sort", "desc");
    pagesMatch(expected(asc(Person::logTimeInDays)), "logTimeInDays_Sort", "asc");
  }

  @Test
  void sortsOnSeveralLevelsAndReferencePaths() {
    pagesMatch(
        expected(asc(Person::city).thenComparing(desc(Person::fte))),
        "fte_2_Sort",
        "desc",
        "city_1_Sort",
        "asc");
    pagesMatch(expected(desc(this::managerName)), "manager:name_Sort", "desc");
    pagesMatch(
        expected(
            asc((Person p) -> w.groupNames.get(p.homeGroupId())).thenComparing(asc(Person::fte))),
        "homeGroup:name_1_Sort",
        "asc",
        "fte_2_Sort",
        "asc");
  }

  @Test
  void pagesDefaultToOneHundredAndSkipWithFirst() {
    Crowd crowd = QueryServer.crowd(engine);
    JsonNode page = admin.get("/USER/search", "companyID", crowd.companyId()).ok().data();
    assertThat(page.size()).isEqualTo(100);
    List<String> ids = new ArrayList<>();
    page.forEach(o -> ids.add(o.path("ID").asText()));
    List<String> sorted = crowd.userIds().stream().sorted().toList();
    assertThat(ids).isEqualTo(sorted.subList(0, 100));
    JsonNode rest =
        admin.get("/USER/search", "companyID", crowd.companyId(), "$$FIRST", "100").ok().data();
    assertThat(rest.size()).isEqualTo(Crowd.SIZE - 100);
    assertThat(rest.get(0).path("ID").asText()).isEqualTo(sorted.get(100));
    JsonNode beyond =
        admin.get("/USER/search", "companyID", crowd.companyId(), "$$FIRST", "5000").ok().data();
    assertThat(beyond.size()).isZero();
    assertThat(admin.get("/USER/search", "$$LIMIT", "2001").fails(400).errorClass())
        .isEqualTo("java.lang.IllegalArgumentException");
  }
}
