package io.tasklane.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 32-hex, time-ordered identifiers. */
class IdsTest {
  @Test
  void idsAre32LowercaseHexAndOrderedByCreationTime() {
    String earlier = Ids.newId(1_700_000_000_000L);
    String later = Ids.newId(1_700_000_000_001L);
    assertThat(earlier).matches("[0-9a-f]{32}");
    assertThat(earlier.compareTo(later)).isNegative();
    assertThat(earlier.charAt(12)).isEqualTo('7');
  }

  @Test
  void idsIncreaseStrictlyWithinOneMillisecondAndAcrossCounterOverflow() {
    long ms = 1_800_000_000_000L;
    String previous = Ids.newId(ms);
    for (int i = 0; i < 10_000; i++) {
      String next = Ids.newId(ms);
      assertThat(next.compareTo(previous)).as("id %d", i).isPositive();
      previous = next;
    }
    // after the counter ran out the clock moved on; a later real millisecond still sorts after
    assertThat(Ids.newId(ms + 100).compareTo(previous)).isPositive();
  }

  @Test
  void idsAreUnique() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(Ids.newId())).isTrue();
    }
  }

  @Test
  void recognisesIdsInAnyCaseOnly() {
    assertThat(Ids.isId("0123456789ABCDEF0123456789abcdef")).isTrue();
    assertThat(Ids.isId("0123456789abcdef0123456789abcde")).isFalse();
    assertThat(Ids.isId("0123456789abcdef0123456789abcdeg")).isFalse();
    assertThat(Ids.isId(null)).isFalse();
  }
}
