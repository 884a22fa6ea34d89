package io.tasklane.auth;

import java.time.Duration;

/**
 * Session, API-key and login-throttling limits.
 *
 * @param sessionIdle a session unused this long expires
 * @param sessionAbsolute a session expires this long after login, used or not
 * @param apiKeyLifetime Workfront's default is one month (reference §3.2)
 * @param slowDownAfter consecutive failures after which each further attempt must wait
 * @param lockAfter consecutive failures that lock the account for {@code lockFor}
 */
public record AuthSettings(
    Duration sessionIdle,
    Duration sessionAbsolute,
    Duration apiKeyLifetime,
    int slowDownAfter,
    int lockAfter,
    Duration lockFor) {

  public static AuthSettings defaults() {
    return new AuthSettings(
        Duration.ofHours(2),
        Duration.ofHours(12),
        Duration.ofDays(30),
        3,
        10,
        Duration.ofMinutes(15));
  }

  /** Wait before the next attempt after {@code failures} consecutive failures. */
  public Duration backoff(int failures) {
    if (failures < slowDownAfter) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failures - slowDownAfter, 5);
    return Duration.ofSeconds(1L << exponent);
  }
}
