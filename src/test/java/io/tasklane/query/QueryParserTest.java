package io.tasklane.query;

import static io.tasklane.query.QueryFixtures.PARSER;
import static io.tasklane.query.QueryFixtures.USER;
import static io.tasklane.query.QueryFixtures.admin;
import static io.tasklane.query.QueryFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reserved names, the filters JSON, paging, sorting and report parameters (§3.4, §4.5, §4.6). */
class QueryParserTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sessionID", "apiKey", "username", "password", "method", "action", "id", "fields",
        "updates", "map", "force", "atomic", "copySourceID", "$$FIRST", "$$LIMIT", "$$ROLLUP",
        "title_Sort", "title_1_Sort", "title_GroupBy", "title_2_GroupBy", "fte_AggFunc"
      })
  void reservedAndControlParametersAreNeverFilters(String name) {
    Filter f = PARSER.filter(USER, params(name, "1", "title", "x"), admin());
    assertThat(FilterParserTest.render(f)).isEqualTo("title EQ [x]");
  }

  @Test
  void filtersJsonReachesReservedNamesAndRepeatsArrays() {
    Filter f =
        PARSER.filter(
            USER,
            params(
                "username", "admin",
                "filters", "{username:'ana@example.com',title:['Dr','Mx'],fte_Mod:'gt',fte:0.5}"),
            admin());
    assertThat(FilterParserTest.render(f))
        .isEqualTo("and(username EQ [ana@example.com], title IN [Dr, Mx], fte GT [0.5])");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{\"$$LIMIT\":5}", "{\"name_Sort\":\"asc\"}", "{\"fte_AggFunc\":\"sum\"}"})
  void filtersJsonRefusesControlParameters(String json) {
    assertThatThrownBy(() -> PARSER.filter(USER, params("filters", json), admin()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("as a parameter of its own");
  }

  @Test
  void filtersJsonMustBeAnObjectOfScalars() {
    assertThatThrownBy(() -> PARSER.filter(USER, params("filters", "[1]"), admin()))
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> PARSER.filter(USER, params("filters", "{title:{a:1}}"), admin()))
        .hasMessageContaining("filters.title");
    assertThatThrownBy(() -> PARSER.filter(USER, params("filters", "{title:"), admin()))
        .hasMessageContaining("Malformed JSON in filters");
  }

  @Test
  void sortsByLevelThenArrival() {
    QuerySpec spec =
        PARSER.search(
            USER,
            params(
                "city_Sort", "desc",
                "title_2_Sort", "asc",
                "manager:name_1_Sort", "DESC",
                "fte_Sort", "asc"),
            admin());
    assertThat(spec.sorts())
        .extracting(s -> s.path().text() + (s.descending() ? " desc" : " asc"))
        .containsExactly("city desc", "fte asc", "manager:name desc", "title asc");
  }

  @Test
  void refusesBadSorts() {
    assertThatThrownBy(() -> PARSER.search(USER, params("title_Sort", "up"), admin()))
        .hasMessageContaining("must be asc or desc");
    // _Sort is case-sensitive: title_sort is no sort but an unknown field
    assertThatThrownBy(() -> PARSER.search(USER, params("title_sort", "asc"), admin()))
        .hasMessageContaining("Unknown field 'title_sort'");
    assertThatThrownBy(() -> PARSER.search(USER, params("teams:name_Sort", "asc"), admin()))
        .hasMessageContaining("goes through a collection");
  }

  @Test
  void pagesWithDefaultAndMaximum() {
    assertThat(PARSER.search(USER, params(), admin()).limit()).isEqualTo(100);
    assertThat(PARSER.search(USER, params(), admin()).first()).isZero();
    QuerySpec page = PARSER.search(USER, params("$$FIRST", "200", "$$LIMIT", "50"), admin());
    assertThat(List.of(page.first(), page.limit())).containsExactly(200, 50);
    assertThat(PARSER.search(USER, params("$$LIMIT", "2000"), admin()).limit()).isEqualTo(2000);
    assertThatThrownBy(() -> PARSER.search(USER, params("$$LIMIT", "2001"), admin()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("2001")
        .satisfies(
            e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.ILLEGAL_ARGUMENT));
    assertThatThrownBy(() -> PARSER.search(USER, params("$$FIRST", "-1"), admin()))
        .hasMessageContaining("$$FIRST");
    assertThatThrownBy(() -> PARSER.search(USER, params("$$LIMIT", "ten"), admin()))
        .hasMessageContaining("$$LIMIT");
  }

  @Test
  void readsReportLevelsAndAggregates() {
    ReportSpec spec =
        PARSER.report(
            USER,
            params(
                "title_2_GroupBy", "true",
                "homeGroup:name_1_GroupBy", "true",
                "city_GroupBy", "false",
                "fte_AggFunc", "sum",
                "ID_AggFunc", "dcount",
                "workTime_AggFunc", "AVG",
                "$$ROLLUP", "true",
                "isActive", "true"),
            admin());
    assertThat(spec.groupBy())
        .extracting(FieldPath::text)
        .containsExactly("homeGroup:name", "title");
    assertThat(spec.aggregates())
        .extracting(ReportSpec.Aggregate::key)
        .containsExactly("sum_fte", "dcount_ID", "avg_workTime");
    assertThat(spec.rollup()).isTrue();
    assertThat(FilterParserTest.render(spec.filter())).isEqualTo("isActive EQ [true]");
  }

  @Test
  void refusesBadReports() {
    assertThatThrownBy(() -> PARSER.report(USER, params("title", "x"), admin()))
        .hasMessageContaining("_GroupBy");
    assertThatThrownBy(() -> PARSER.report(USER, params("fte_AggFunc", "median"), admin()))
        .hasMessageContaining("Unknown aggregate 'median'");
    assertThatThrownBy(() -> PARSER.report(USER, params("title_AggFunc", "sum"), admin()))
        .hasMessageContaining("numeric");
    assertThatThrownBy(() -> PARSER.report(USER, params("teams:name_GroupBy", "true"), admin()))
        .hasMessageContaining("collection");
    assertThatThrownBy(
            () ->
                PARSER.report(
                    USER,
                    params("billingPerHour_AggFunc", "sum"),
                    QueryFixtures.member(java.util.Map.of())))
        .hasMessageContaining("You may not read field");
  }
}
