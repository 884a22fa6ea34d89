package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.tasklane.common.ApiException;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coercion of wire values to field types (reference §2.4). */
class ValuesTest {
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final JsonNodeFactory J = JsonNodeFactory.instance;

  private static FieldDef f(FieldType t) {
    FieldDef.Builder b = FieldDef.of("f", t);
    if (t == FieldType.ENUM) {
      b.values("CUR", "PLN");
    }
    return b.build();
  }

  @ParameterizedTest
  @CsvSource({"true,true", "false,false", "TRUE,true", "False,false"})
  void coercesStringBooleans(String in, boolean out) {
    assertThat(Values.fromString(f(FieldType.BOOLEAN), in, DENVER)).isEqualTo(out);
    assertThat(Values.fromJson(f(FieldType.BOOLEAN), J.textNode(in), DENVER)).isEqualTo(out);
  }

  @Test
  void coercesNumbersFromStringsAndJson() {
    assertThat(Values.fromString(f(FieldType.INT), "12", DENVER)).isEqualTo(12);
    assertThat(Values.fromJson(f(FieldType.INT), J.textNode("12"), DENVER)).isEqualTo(12);
    assertThat(Values.fromJson(f(FieldType.INT), J.numberNode(12.0), DENVER)).isEqualTo(12);
    assertThat(Values.fromJson(f(FieldType.DOUBLE), J.textNode("2.5"), DENVER)).isEqualTo(2.5);
    assertThat(Values.fromJson(f(FieldType.DECIMAL), J.numberNode(new BigDecimal("10.25")), DENVER))
        .isEqualTo(new BigDecimal("10.25"));
  }

  @Test
  void acceptsEveryDocumentedDateForm() {
    OffsetDateTime expected = OffsetDateTime.of(2026, 3, 2, 16, 30, 0, 0, ZoneOffset.UTC);
    for (String in :
        new String[] {
          "2026-03-02T09:30:00:000-0700",
          "2026-03-02T16:30:00.000Z",
          "2026-03-02T09:30:00-07:00",
          "2026-03-02T09:30:00",
          "2026-03-02T09:30"
        }) {
      assertThat(Values.fromString(f(FieldType.DATE_TIME), in, DENVER)).as(in).isEqualTo(expected);
    }
    assertThat(Values.fromString(f(FieldType.DATE_TIME), "2026-03-02", DENVER))
        .isEqualTo(OffsetDateTime.of(2026, 3, 2, 7, 0, 0, 0, ZoneOffset.UTC));
    assertThat(Values.fromString(f(FieldType.DATE), "2026-03-02", DENVER))
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void normalisesEnumsAndIds() {
    assertThat(Values.fromString(f(FieldType.ENUM), "cur", DENVER)).isEqualTo("CUR");
    assertThat(Values.fromString(f(FieldType.ID), "0123456789ABCDEF0123456789ABCDEF", DENVER))
        .isEqualTo("0123456789abcdef0123456789abcdef");
  }

  @Test
  void refusesValuesThatDoNotFitNamingTheField() {
    assertThatThrownBy(() -> Values.fromString(f(FieldType.INT), "twelve", DENVER))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("'twelve'")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> Values.fromString(f(FieldType.INT), "1.5", DENVER))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Values.fromString(f(FieldType.BOOLEAN), "yes", DENVER))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> Values.fromString(f(FieldType.ENUM), "XYZ", DENVER))
        .hasMessageContaining("allowed");
    assertThatThrownBy(() -> Values.fromString(f(FieldType.ID), "not-an-id", DENVER))
        .hasMessageContaining("32 hexadecimal");
    assertThatThrownBy(() -> Values.fromString(f(FieldType.DATE_TIME), "yesterday", DENVER))
        .hasMessageContaining("Invalid date");
    assertThatThrownBy(() -> Values.fromJson(f(FieldType.STRING), J.objectNode(), DENVER))
        .hasMessageContaining("expected text");
    assertThatThrownBy(() -> Values.fromString(f(FieldType.DOUBLE), "NaN", DENVER))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void refusesOverlongText() {
    FieldDef shortField = FieldDef.of("code", FieldType.STRING).max(3).build();
    assertThatThrownBy(() -> Values.fromString(shortField, "abcd", DENVER))
        .hasMessageContaining("longer than 3");
  }
}
