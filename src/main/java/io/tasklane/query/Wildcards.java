package io.tasklane.query;

import io.tasklane.common.ApiException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filter wildcards (reference §4.4): {@code $$USER} and {@code $$USER.<field>}, and {@code $$TODAY}
 * / {@code $$NOW} with {@code + -} offsets in {@code h d w m q y} and the {@code b}/{@code e}
 * period bounds, evaluated in UTC.
 */
public final class Wildcards {
  private static final Pattern DATE =
      Pattern.compile("\\$\\$(TODAY|NOW)([be])?([hdwmqy])?((?:[+-]\\d+[hdwmqy]?)*)");
  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d+)([hdwmqy])?");

  private Wildcards() {}

  public static boolean isWildcard(String value) {
    return value.startsWith("$$");
  }

  /**
   * The values a wildcard stands for: strings for user values (several for list-valued ones), an
   * {@link Instant} for dates. Unknown wildcards are an error naming them.
   */
  public static List<Object> resolve(String raw, Caller caller) {
    String v = raw.trim();
    if (v.equals("$$USER") || v.equals("$$USER.ID")) {
      return List.of(caller.userValue("ID").orElseThrow(() -> unknown(raw)));
    }
    if (v.startsWith("$$USER.")) {
      Object value = caller.userValue(v.substring(7)).orElseThrow(() -> unknown(raw));
      if (value instanceof List<?> list) {
        return List.copyOf(list);
      }
      return List.of(value);
    }
    // An unencoded '+' arrives as a space ($$TODAY+7d typed into a URL): read it back as '+'.
    Matcher m = DATE.matcher(v.replace(' ', '+'));
    if (m.matches()) {
      return List.of(date(m, caller.now()));
    }
    throw unknown(raw);
  }

  private static Instant date(Matcher m, Instant now) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    if (m.group(1).equals("TODAY")) {
      t = t.truncatedTo(ChronoUnit.DAYS);
    }
    String boundUnit = m.group(3);
    String lastOffsetUnit = null;
    Matcher o = OFFSET.matcher(m.group(4));
    while (o.find()) {
      long n = Long.parseLong(o.group(2)) * (o.group(1).equals("-") ? -1 : 1);
      String unit = Optional.ofNullable(o.group(3)).orElse("d");
      lastOffsetUnit = unit;
      t = plus(t, n, unit);
    }
    if (m.group(2) != null) {
      String unit = boundUnit != null ? boundUnit : lastOffsetUnit != null ? lastOffsetUnit : "w";
      ZonedDateTime start = startOf(t, unit);
      t = m.group(2).equals("b") ? start : plus(start, 1, unit).minusNanos(1000);
    } else if (boundUnit != null) {
      throw ApiException.badRequest(
          "Wildcard " + m.group() + " names a period '" + boundUnit + "' without b or e.");
    }
    return t.toInstant();
  }

  private static ZonedDateTime plus(ZonedDateTime t, long n, String unit) {
    return switch (unit) {
      case "h" -> t.plusHours(n);
      case "d" -> t.plusDays(n);
      case "w" -> t.plusWeeks(n);
      case "m" -> t.plusMonths(n);
      case "q" -> t.plusMonths(3 * n);
      case "y" -> t.plusYears(n);
      default -> throw new IllegalArgumentException(unit);
    };
  }

  private static ZonedDateTime startOf(ZonedDateTime t, String unit) {
    ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
    return switch (unit) {
      case "h" -> t.truncatedTo(ChronoUnit.HOURS);
      case "d" -> day;
      // Workfront weeks run Sunday to Saturday.
      case "w" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
      case "m" -> day.withDayOfMonth(1);
      case "q" -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
      case "y" -> day.withDayOfYear(1);
      default -> throw new IllegalArgumentException(unit);
    };
  }

  /** A date wildcard as a calendar date (for date-only fields), in UTC. */
  public static LocalDate toDate(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static ApiException unknown(String raw) {
    return ApiException.badRequest(
        "Unknown wildcard '"
            + raw
            + "'; known wildcards are $$USER, $$USER.<field>, $$TODAY and $$NOW with"
            + " offsets such as $$TODAY-7d or $$TODAYbm.");
  }
}
