package io.tasklane.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.query.Params;
import org.junit.jupiter.api.Test;

/** Lenient parsing of query strings and form bodies as clients really send them. */
class QueryStringsTest {
  private static Params parse(String raw) {
    Params.Builder b = Params.builder();
    QueryStrings.parse(raw, b);
    return b.build();
  }

  @Test
  void keepsRawBracesQuotesAndWildcardsAsSent() {
    Params p = parse("updates={\"isActive\":\"false\"}&$$LIMIT=5&method=put");
    assertThat(p.first("updates")).contains("{\"isActive\":\"false\"}");
    assertThat(p.first("$$LIMIT")).contains("5");
    assertThat(p.first("method")).contains("put");
  }

  @Test
  void decodesPercentEscapesAsUtf8AndPlusAsSpace() {
    Params p = parse("name=R%26D+Caf%C3%A9&updates=%7B%22a%22%3A1%7D");
    assertThat(p.first("name")).contains("R&D Café");
    assertThat(p.first("updates")).contains("{\"a\":1}");
  }

  @Test
  void keepsMalformedEscapesLiterally() {
    assertThat(parse("name=100%&x=%zz").first("name")).contains("100%");
    assertThat(parse("x=%zz").first("x")).contains("%zz");
  }

  @Test
  void collectsRepeatedNamesInOrderAndAcceptsEmptyValues() {
    Params p = parse("id=a&id=b&flag&empty=");
    assertThat(p.all("id")).containsExactly("a", "b");
    assertThat(p.first("flag")).contains("");
    assertThat(p.first("empty")).contains("");
  }
}
