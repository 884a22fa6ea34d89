package io.tasklane.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workfront's output escaping (reference §10.3), character class by character class. */
class JsonOutputTest {
  @ParameterizedTest(name = "U+{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0000|\\u0000",
        "0007|\\u0007",
        "0008|\\b",
        "0009|\\t",
        "000a|\\n",
        "000b|\\u000b",
        "000c|\\f",
        "000d|\\r",
        "000e|\\u000e",
        "001f|\\u001f",
        "002f|\\/",
        "003c|\\u003c",
        "005c|\\\\",
        "0022|\\\"",
        "0041|A",
        "003e|>",
        "007f|\u007f",
        "0080|\\u0080",
        "00e9|\\u00e9",
        "20ac|\\u20ac",
      })
  void escapesEachCharacterAsWorkfrontDoes(String hex, String expected) {
    String in = String.valueOf((char) Integer.parseInt(hex, 16));
    assertThat(JsonOutput.write(in)).isEqualTo("\"" + expected + "\"");
  }

  @Test
  void escapesCharactersOutsideTheBasicPlaneAsSurrogatePairs() {
    assertThat(JsonOutput.write("😀")).isEqualTo("\"\\ud83d\\ude00\"");
  }

  @Test
  void writesNestedStructuresInInsertionOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ID", "abc");
    m.put("n", 3);
    m.put("d", 2.5);
    m.put("whole", 12.0);
    m.put("money", new BigDecimal("10.50"));
    m.put("ok", true);
    m.put("none", null);
    m.put("list", List.of(1, "</x>"));
    assertThat(JsonOutput.write(Map.of("data", m)))
        .isEqualTo(
            "{\"data\":{\"ID\":\"abc\",\"n\":3,\"d\":2.5,\"whole\":12.0,\"money\":10.50,"
                + "\"ok\":true,\"none\":null,\"list\":[1,\"\\u003c\\/x>\"]}}");
  }

  @Test
  void writesNonFiniteNumbersAsNull() {
    assertThat(JsonOutput.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY)))
        .isEqualTo("[null,null]");
  }

  @Test
  void writesRepliesLargerThanOneChunk() {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    StringBuilder expected = new StringBuilder("[");
    for (int i = 0; i < 5_000; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("ID", "id-" + i);
      row.put("n", -i);
      rows.add(row);
      expected.append(i == 0 ? "" : ",").append("{\"ID\":\"id-").append(i);
      expected.append("\",\"n\":").append(-i).append('}');
    }
    assertThat(JsonOutput.write(rows)).isEqualTo(expected.append(']').toString());
  }
}
