package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filter values typed by their field, with the errors naming value and field (reference §2.4,
 * §4.2).
 */
class TypedValuesTest {
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-03-02T09:30:00:000-0700,   2026-03-02T16:30:00Z",
    "2026-03-02T09:30:00.000-07:00,  2026-03-02T16:30:00Z",
    "2020-05-13T18:18:37.255Z,       2020-05-13T18:18:37.255Z",
    "2026-03-02T09:30:00,            2026-03-02T16:30:00Z",
    "2026-03-02,                     2026-03-02T07:00:00Z",
    "2026-03-02 09:30,               2026-03-02T16:30:00Z",
  })
  void readsEveryDateForm(String raw, String utc) {
    FieldDef f = FieldDef.of("when", FieldType.DATE_TIME).build();
    Object v = Values.fromString(f, raw, DENVER);
    assertThat(((OffsetDateTime) v).toInstant()).isEqualTo(OffsetDateTime.parse(utc).toInstant());
  }

  @Test
  void typesEachKindAndNamesBadValues() {
    assertThat(Values.fromString(FieldDef.of("n", FieldType.INT).build(), "42", DENVER))
        .isEqualTo(42);
    assertThat(Values.fromString(FieldDef.of("n", FieldType.INT).build(), "4.0", DENVER))
        .isEqualTo(4);
    assertThat(Values.fromString(FieldDef.of("d", FieldType.DOUBLE).build(), "0.25", DENVER))
        .isEqualTo(0.25);
    assertThat(Values.fromString(FieldDef.of("m", FieldType.DECIMAL).build(), "12.50", DENVER))
        .isEqualTo(new BigDecimal("12.50"));
    assertThat(Values.fromString(FieldDef.of("b", FieldType.BOOLEAN).build(), "TRUE", DENVER))
        .isEqualTo(true);
    assertThat(Values.fromString(FieldDef.of("day", FieldType.DATE).build(), "2026-02-28", DENVER))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    FieldDef status = FieldDef.of("status", FieldType.ENUM).values("CUR", "PLN").build();
    assertThat(Values.fromString(status, "cur", DENVER)).isEqualTo("CUR");
    FieldDef id = FieldDef.of("ownerID", FieldType.ID).build();
    assertThat(Values.fromString(id, "ABCDEF0123456789ABCDEF0123456789", DENVER))
        .isEqualTo("abcdef0123456789abcdef0123456789");

    assertBad(FieldDef.of("n", FieldType.INT).build(), "4.5", "Invalid value '4.5' for n");
    assertBad(FieldDef.of("n", FieldType.INT).build(), "99999999999", "for n");
    assertBad(FieldDef.of("d", FieldType.DOUBLE).build(), "NaN", "for d");
    assertBad(FieldDef.of("b", FieldType.BOOLEAN).build(), "1", "true or false");
    assertBad(FieldDef.of("day", FieldType.DATE).build(), "2026-02-30", "Invalid date");
    assertBad(status, "DONE", "allowed: [CUR, PLN]");
    assertBad(id, "12345", "Invalid ID '12345' for ownerID");
    assertBad(FieldDef.of("s", FieldType.STRING).max(3).build(), "abcd", "longer than 3");
  }

  private static void assertBad(FieldDef f, String raw, String message) {
    assertThatThrownBy(() -> Values.fromString(f, raw, DENVER))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining(message);
  }
}
