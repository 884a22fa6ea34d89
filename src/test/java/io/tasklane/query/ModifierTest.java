package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every spelling of reference §4.3 and what each modifier is. */
class ModifierTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eq,EQ",
    "ne,NE",
    "cieq,CIEQ",
    "cine,CINE",
    "gt,GT",
    "gte,GTE",
    "lt,LT",
    "lte,LTE",
    "between,BETWEEN",
    "notbetween,NOTBETWEEN",
    "contains,CONTAINS",
    "cicontains,CICONTAINS",
    "notcontains,NOTCONTAINS",
    "cinotcontains,CINOTCONTAINS",
    "like,LIKE",
    "cilike,CILIKE",
    "in,IN",
    "notin,NOTIN",
    "ciin,CIIN",
    "cinotin,CINOTIN",
    "isnull,ISNULL",
    "null,ISNULL",
    "notnull,NOTNULL",
    "isblank,ISBLANK",
    "blank,ISBLANK",
    "notblank,NOTBLANK",
    "' CIContains ',CICONTAINS"
  })
  void parsesEverySpelling(String spelling, Modifier expected) {
    assertThat(Modifier.parse(spelling, "name")).isEqualTo(expected);
  }

  @Test
  void namesTheUnknownModifierAndField() {
    assertThatThrownBy(() -> Modifier.parse("notexists", "name"))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("'notexists' in name_Mod");
  }

  @Test
  void negativeModifiersHaveTheirPositiveForm() {
    for (Modifier m : Modifier.values()) {
      if (m.negative()) {
        assertThat(m.positive()).isNotEqualTo(m);
        assertThat(m.positive().negative()).isFalse();
        assertThat(m.positive().caseInsensitive()).isEqualTo(m.caseInsensitive());
      } else {
        assertThat(m.positive()).isEqualTo(m);
      }
    }
  }
}
