package io.tasklane.query;

import static io.tasklane.query.QueryFixtures.PARSER;
import static io.tasklane.query.QueryFixtures.USER;
import static io.tasklane.query.QueryFixtures.admin;
import static io.tasklane.query.QueryFixtures.member;
import static io.tasklane.query.QueryFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The filter grammar of reference §4.2 to filter trees, and the errors it names. */
class FilterParserTest {
  private static final String GROUP = "1".repeat(32);

  static Stream<Arguments> grammar() {
    return Stream.of(
        Arguments.of(List.of("title", "Dr"), "title EQ [Dr]"),
        Arguments.of(List.of("title", "Dr", "title", "Mx"), "title IN [Dr, Mx]"),
        Arguments.of(List.of("title", "Dr,Mx", "title_Mod", "in"), "title IN [Dr, Mx]"),
        Arguments.of(List.of("title", "Dr,Mx"), "title EQ [Dr,Mx]"),
        Arguments.of(List.of("title", "dr", "title_Mod", "ciin"), "title CIIN [dr]"),
        Arguments.of(List.of("fte", "0.5", "fte_Mod", "gte"), "fte GTE [0.5]"),
        Arguments.of(
            List.of("fte", "0.2", "fte_Range", "0.8", "fte_Mod", "between"),
            "fte BETWEEN [0.2, 0.8]"),
        Arguments.of(List.of("title_Mod", "isnull"), "title ISNULL []"),
        Arguments.of(List.of("title_Mod", "null"), "title ISNULL []"),
        Arguments.of(List.of("title_Mod", "blank"), "title ISBLANK []"),
        Arguments.of(List.of("title_Mod", "NotBlank"), "title NOTBLANK []"),
        Arguments.of(List.of("isActive", "FALSE"), "isActive EQ [false]"),
        Arguments.of(List.of("homeGroupID", GROUP.toUpperCase()), "homeGroupID EQ [" + GROUP + "]"),
        Arguments.of(List.of("homeGroup", GROUP), "homeGroup EQ [" + GROUP + "]"),
        Arguments.of(List.of("title", "50%", "title_Mod", "contains"), "title CONTAINS [50%]"),
        Arguments.of(
            List.of("manager:homeGroup:parent:parent:name", "Ops"),
            "manager:homeGroup:parent:parent:name EQ [Ops]"),
        Arguments.of(List.of("name", "a", "title", "b"), "and(name EQ [a], title EQ [b])"),
        Arguments.of(
            List.of("title", "x", "OR:1:title", "y", "OR:2:city", "z", "OR:2:state", "w"),
            "or(title EQ [x], title EQ [y], and(city EQ [z], state EQ [w]))"),
        Arguments.of(
            List.of(
                "name",
                "green",
                "name_Mod",
                "cicontains",
                "AND:1:name",
                "red",
                "AND:1:name_Mod",
                "cinotcontains"),
            "and(name CICONTAINS [green], name CINOTCONTAINS [red])"),
        Arguments.of(
            List.of("lastUpdateDate", "FIELD:entryDate", "lastUpdateDate_Mod", "gt"),
            "lastUpdateDate GT FIELD:entryDate"),
        Arguments.of(
            List.of(
                "EXISTS:A:$$OBJCODE", "jrnle",
                "EXISTS:A:objID", "FIELD:ID",
                "EXISTS:A:$$EXISTSMOD", "NOTEXISTS"),
            "notexists JRNLE (objID EQ FIELD:outer.ID)"),
        Arguments.of(
            List.of(
                "AND:B:EXISTS:A:$$OBJCODE", "USRGPS",
                "AND:B:EXISTS:A:userID", "FIELD:ID",
                "AND:B:EXISTS:A:isOwner", "true"),
            "exists USRGPS (and(userID EQ FIELD:outer.ID, isOwner EQ [true]))"),
        Arguments.of(List.of("teams:name", "Core"), "teams:name EQ [Core]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grammar")
  void parsesTheGrammar(List<String> pairs, String expected) {
    Filter f = PARSER.filter(USER, params(pairs.toArray(String[]::new)), admin());
    assertThat(render(f)).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(List.of("nosuch", "x"), "Unknown field 'nosuch' on USER"),
        Arguments.of(List.of("title_mod", "cieq"), "Unknown field 'title_mod'"),
        Arguments.of(List.of("title", "x", "title_Mod", "sounds"), "Unknown modifier 'sounds'"),
        Arguments.of(List.of("fte", "lots"), "Invalid value 'lots' for fte"),
        Arguments.of(List.of("isActive", "yes"), "Invalid value 'yes' for isActive"),
        Arguments.of(List.of("entryDate", "yesterday"), "Invalid date 'yesterday' for entryDate"),
        Arguments.of(List.of("homeGroupID", "abc"), "Invalid ID 'abc' for homeGroupID"),
        Arguments.of(
            List.of("manager:nosuch:name", "x"), "Unknown reference or collection 'nosuch'"),
        Arguments.of(List.of("OR:1:nosuch", "x"), "Unknown field 'nosuch'"),
        Arguments.of(
            List.of("manager:manager:manager:manager:manager:name", "x"), "deeper than 4 levels"),
        Arguments.of(List.of("filters", "{password:'x'}"), "cannot be used in filters"),
        Arguments.of(List.of("objCode", "USER"), "cannot be used in filters"),
        Arguments.of(List.of("fte", "1", "fte_Mod", "contains"), "applies to text fields"),
        Arguments.of(List.of("isActive", "true", "isActive_Mod", "gt"), "boolean field"),
        Arguments.of(List.of("fte", "1", "fte_Mod", "between"), "needs fte_Range"),
        Arguments.of(List.of("fte", "1", "fte_Range", "2"), "fte_Range applies only with"),
        Arguments.of(List.of("title_Mod", "eq"), "needs a value"),
        Arguments.of(List.of("title", "$$TOMORROW"), "Unknown wildcard '$$TOMORROW'"),
        Arguments.of(List.of("title", "$$USER.shoeSize"), "Unknown wildcard '$$USER.shoeSize'"),
        Arguments.of(List.of("title", "$$TODAY"), "not a date"),
        Arguments.of(List.of("$$OBJCODE", "USER"), "belongs inside an EXISTS block"),
        Arguments.of(List.of("$$SOMETHING", "1"), "Unknown parameter '$$SOMETHING'"),
        Arguments.of(List.of("EXISTS:A:name", "x"), "needs $$OBJCODE"),
        Arguments.of(List.of("EXISTS:A:$$OBJCODE", "NOPE"), "Unknown object code 'NOPE'"),
        Arguments.of(
            List.of("EXISTS:A:$$OBJCODE", "JRNLE", "EXISTS:A:$$EXISTSMOD", "SOMETIMES"),
            "Unknown $$EXISTSMOD 'SOMETIMES'"),
        Arguments.of(List.of("fte", "FIELD:title", "fte_Mod", "gt"), "same kind"),
        Arguments.of(List.of("title", "FIELD:nosuch"), "Unknown field 'nosuch'"),
        Arguments.of(List.of("title", "a", "title", "b", "title_Mod", "gt"), "takes one"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void refusesWithAnErrorNamingTheProblem(List<String> pairs, String message) {
    assertThatThrownBy(() -> PARSER.filter(USER, params(pairs.toArray(String[]::new)), admin()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
  }

  @Test
  void refusesFieldsTheCallerMayNotReadWhereverTheyAppear() {
    QueryFixtures.TestCaller member = member(Map.of("ID", "b".repeat(32)));
    for (String[] pairs :
        List.of(
            new String[] {"billingPerHour", "10"},
            new String[] {"manager:costPerHour_Mod", "notnull"},
            new String[] {"OR:1:billingPerHour", "1"},
            new String[] {"fte", "FIELD:billingPerHour"},
            new String[] {"directReports:costPerHour", "1"})) {
      assertThatThrownBy(() -> PARSER.filter(USER, params(pairs), member))
          .as("%s", List.of(pairs))
          .isInstanceOf(ApiException.class)
          .hasMessageContaining("You may not read field")
          .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
    }
    assertThat(render(PARSER.filter(USER, params("billingPerHour", "10"), admin())))
        .isEqualTo("billingPerHour EQ [10]");
  }

  @Test
  void expandsListValuedUserWildcards() {
    String g1 = "1".repeat(32);
    String g2 = "2".repeat(32);
    QueryFixtures.TestCaller member =
        member(Map.of("otherGroupIDs", List.of(g1, g2), "roleIDs", List.of()));
    assertThat(render(PARSER.filter(USER, params("homeGroupID", "$$USER.otherGroupIDs"), member)))
        .isEqualTo("homeGroupID IN [" + g1 + ", " + g2 + "]");
    assertThat(
            render(
                PARSER.filter(
                    USER,
                    params("homeGroupID", "$$USER.otherGroupIDs", "homeGroupID_Mod", "ne"),
                    member)))
        .isEqualTo("homeGroupID NOTIN [" + g1 + ", " + g2 + "]");
    // a comma list may mix wildcards and values, each expanded in place
    String other = "3".repeat(32);
    assertThat(
            render(
                PARSER.filter(
                    USER,
                    params("homeGroupID", "$$USER.otherGroupIDs," + other, "homeGroupID_Mod", "in"),
                    member)))
        .isEqualTo("homeGroupID IN [" + g1 + ", " + g2 + ", " + other + "]");
    // no roles at all: an IN over nothing, which matches nothing
    assertThat(render(PARSER.filter(USER, params("roleID", "$$USER.roleIDs"), member)))
        .isEqualTo("roleID IN []");
  }

  static String render(Filter f) {
    if (f instanceof Filter.All all) {
      return all.parts().isEmpty()
          ? "true"
          : "and(" + all.parts().stream().map(FilterParserTest::render).collect(joining()) + ")";
    }
    if (f instanceof Filter.Any any) {
      return "or(" + any.parts().stream().map(FilterParserTest::render).collect(joining()) + ")";
    }
    if (f instanceof Filter.Compare c) {
      return c.path() + " " + c.modifier() + " " + c.values();
    }
    if (f instanceof Filter.CompareFields c) {
      return c.left()
          + " "
          + c.modifier()
          + " FIELD:"
          + (c.rightIsOuter() ? "outer." : "")
          + c.right();
    }
    Filter.Exists e = (Filter.Exists) f;
    return (e.negated() ? "notexists " : "exists ")
        + e.target().code()
        + " ("
        + render(e.filter())
        + ")";
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
