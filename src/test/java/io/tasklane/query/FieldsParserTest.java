package io.tasklane.query;

import static io.tasklane.query.QueryFixtures.PARSER;
import static io.tasklane.query.QueryFixtures.USER;
import static io.tasklane.query.QueryFixtures.admin;
import static io.tasklane.query.QueryFixtures.member;
import static io.tasklane.query.QueryFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code fields} parameter of reference §4.1 as a selection tree. */
class FieldsParserTest {
  @ParameterizedTest(name = "[{index}] fields={0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                         | ID name objCode",
        "title                      | ID name objCode title",
        "'title, city'              | ID name objCode title city",
        "homeGroup                  | ID name objCode homeGroup{ID name objCode}",
        "homeGroup:description      | ID name objCode homeGroup{ID name objCode description}",
        "manager:manager:homeGroup:parent:name"
            + " | ID name objCode manager{ID name objCode manager{ID name objCode"
            + " homeGroup{ID name objCode parent{ID name objCode}}}}",
        "teams                      | ID name objCode teams[ID name objCode]",
        "teams:owner:name           | ID name objCode teams[ID name objCode owner{ID name objCode}]",
        "'userGroups,userGroups:group' | ID name objCode userGroups[ID name objCode userID groupID"
            + " group{ID name objCode}]",
      })
  void buildsTheSelection(String fields, String expected) {
    Selection s = PARSER.selection(USER, params("fields", fields), admin());
    assertThat(render(s)).isEqualTo(expected);
  }

  @Test
  void starMeansEveryReadableDirectField() {
    Selection admin = PARSER.selection(USER, params("fields", "*"), admin());
    Selection member = PARSER.selection(USER, params("fields", "*"), member(Map.of()));
    assertThat(render(admin)).contains("billingPerHour").doesNotContain("password");
    assertThat(render(member)).doesNotContain("billingPerHour").doesNotContain("password");
    assertThat(admin.fields())
        .hasSize((int) USER.fields().stream().filter(f -> !f.name().equals("password")).count());
    Selection nested = PARSER.selection(USER, params("fields", "teams:*"), admin());
    assertThat(render(nested)).contains("teams[ID name objCode customerID entryDate");
  }

  @Test
  void namesWhatItRefuses() {
    assertThatThrownBy(() -> PARSER.selection(USER, params("fields", "shoeSize"), admin()))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Unknown field 'shoeSize' on USER");
    assertThatThrownBy(() -> PARSER.selection(USER, params("fields", "teams:shoeSize"), admin()))
        .hasMessageContaining("Unknown field 'shoeSize' on TEAMOB in 'teams:shoeSize'");
    assertThatThrownBy(
            () ->
                PARSER.selection(
                    USER,
                    params("fields", "manager:manager:manager:manager:manager:name"),
                    admin()))
        .hasMessageContaining("deeper than 4");
    assertThatThrownBy(() -> PARSER.selection(USER, params("fields", "title:name"), admin()))
        .hasMessageContaining("has no fields of its own");
    assertThatThrownBy(() -> PARSER.selection(USER, params("fields", "*:name"), admin()))
        .hasMessageContaining("must end");
    assertThatThrownBy(() -> PARSER.selection(USER, params("fields", "password"), admin()))
        .hasMessageContaining("write-only");
    assertThatThrownBy(
            () -> PARSER.selection(USER, params("fields", "manager:costPerHour"), member(Map.of())))
        .hasMessageContaining("You may not read field 'manager:costPerHour'");
  }

  static String render(Selection s) {
    return s.items().stream()
        .map(
            i -> {
              if (i instanceof Selection.RefItem r) {
                return r.key() + "{" + render(r.selection()) + "}";
              }
              if (i instanceof Selection.CollectionItem c) {
                return c.key() + "[" + render(c.selection()) + "]";
              }
              return i.key();
            })
        .collect(Collectors.joining(" "));
  }
}
