package io.tasklane.query;

import static io.tasklane.query.QueryFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date wildcards of reference §4.4, evaluated in UTC at Wednesday 2026-05-13 15:42:10.250Z; the
 * expected instants are worked out by hand (weeks run Sunday to Saturday).
 */
class WildcardsTest {
  // A caller far from UTC: the wildcards must not care (reference §4.4, "evaluated in UTC").
  private static final QueryFixtures.TestCaller CALLER =
      new QueryFixtures.TestCaller(
          false,
          ZoneId.of("America/Denver"),
          NOW,
          Map.of(
              "ID", "c".repeat(32),
              "homeGroupID", "d".repeat(32),
              "teamIDs", List.of("e".repeat(32), "f".repeat(32))));

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "$$NOW,          2026-05-13T15:42:10.250Z",
    "$$TODAY,        2026-05-13T00:00:00Z",
    "$$TODAY-7d,     2026-05-06T00:00:00Z",
    "$$TODAY+1,      2026-05-14T00:00:00Z",
    "$$TODAY 7d,     2026-05-20T00:00:00Z",
    "$$NOW+2h,       2026-05-13T17:42:10.250Z",
    "$$NOW-1d+3h,    2026-05-12T18:42:10.250Z",
    "$$TODAY+1w,     2026-05-20T00:00:00Z",
    "$$TODAY+1m,     2026-06-13T00:00:00Z",
    "$$TODAY+1q,     2026-08-13T00:00:00Z",
    "$$TODAY-1y,     2025-05-13T00:00:00Z",
    "$$TODAYb,       2026-05-10T00:00:00Z",
    "$$TODAYe,       2026-05-16T23:59:59.999999Z",
    "$$TODAYbw,      2026-05-10T00:00:00Z",
    "$$TODAYb-1w,    2026-05-03T00:00:00Z",
    "$$TODAYe-1w,    2026-05-09T23:59:59.999999Z",
    "$$TODAYb+2w,    2026-05-24T00:00:00Z",
    "$$TODAYbd,      2026-05-13T00:00:00Z",
    "$$TODAYed,      2026-05-13T23:59:59.999999Z",
    "$$TODAYbm,      2026-05-01T00:00:00Z",
    "$$TODAYem,      2026-05-31T23:59:59.999999Z",
    "$$TODAYbm-1m,   2026-04-01T00:00:00Z",
    "$$TODAYbq,      2026-04-01T00:00:00Z",
    "$$TODAYeq,      2026-06-30T23:59:59.999999Z",
    "$$TODAYby,      2026-01-01T00:00:00Z",
    "$$TODAYey,      2026-12-31T23:59:59.999999Z",
    "$$NOWbh,        2026-05-13T15:00:00Z",
    "$$NOWeh,        2026-05-13T15:59:59.999999Z",
  })
  void evaluatesDateArithmeticInUtc(String wildcard, String expected) {
    assertThat(Wildcards.resolve(wildcard, CALLER)).containsExactly(Instant.parse(expected));
  }

  @Test
  void resolvesTheCallersValues() {
    assertThat(Wildcards.resolve("$$USER", CALLER)).containsExactly("c".repeat(32));
    assertThat(Wildcards.resolve("$$USER.ID", CALLER)).containsExactly("c".repeat(32));
    assertThat(Wildcards.resolve("$$USER.homeGroupID", CALLER)).containsExactly("d".repeat(32));
    assertThat(Wildcards.resolve("$$USER.teamIDs", CALLER))
        .containsExactly("e".repeat(32), "f".repeat(32));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"$$today", "$$TODAYm", "$$TODAY+x", "$$TOMORROW", "$$USER.nothing", "$$NOW++1d"})
  void namesAnUnknownWildcard(String wildcard) {
    assertThatThrownBy(() -> Wildcards.resolve(wildcard, CALLER))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining(wildcard.trim());
  }
}
