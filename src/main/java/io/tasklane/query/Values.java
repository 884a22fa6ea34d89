package io.tasklane.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.common.Ids;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Coerces wire values to the Java type of a field: strings from query parameters and JSON values
 * from {@code updates}. String booleans and numbers are accepted ({@code "isActive":"false"} is
 * {@code false}, reference §2.4); anything else that does not fit is an error naming the field.
 */
public final class Values {
  /** Workfront's own output form, {@code 2026-03-02T09:30:00:000-0700} (reference §2.4). */
  public static final DateTimeFormatter WIRE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss:SSSZ", Locale.ROOT);

  /** Accepted input: the wire form, ISO with {@code .SSS}, {@code Z} or {@code ±hh:mm}. */
  private static final DateTimeFormatter INPUT =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss]")
          .optionalStart()
          .appendLiteral(':')
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, false)
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Values() {}

  /** A query-string or form value for {@code field}; dates without offset are in {@code zone}. */
  public static Object fromString(FieldDef field, String raw, ZoneId zone) {
    String v = raw.trim();
    switch (field.type()) {
      case STRING:
      case TEXT:
        return checkedLength(field, raw);
      case ENUM:
        return enumValue(field, v);
      case ID:
        return id(field, v);
      case INT:
        return intValue(field, v);
      case DOUBLE:
        return doubleValue(field, v);
      case DECIMAL:
        return decimalValue(field, v);
      case BOOLEAN:
        return booleanValue(field, v);
      case DATE_TIME:
        return dateTime(field, v, zone);
      case DATE:
        return date(field, v, zone);
      default:
        throw new IllegalStateException(field.type().toString());
    }
  }

  /** A JSON value from {@code updates}; JSON null clears the field. */
  public static Object fromJson(FieldDef field, JsonNode node, ZoneId zone) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isContainerNode()) {
      throw wrongType(field, node.toString());
    }
    if (node.isTextual()) {
      return fromString(field, node.textValue(), zone);
    }
    switch (field.type()) {
      case INT:
        if (node.canConvertToInt() && node.isIntegralNumber()) {
          return node.intValue();
        }
        if (node.isNumber() && node.decimalValue().stripTrailingZeros().scale() <= 0) {
          return intValue(field, node.decimalValue().toBigInteger().toString());
        }
        throw wrongType(field, node.toString());
      case DOUBLE:
        if (node.isNumber()) {
          return node.doubleValue();
        }
        throw wrongType(field, node.toString());
      case DECIMAL:
        if (node.isNumber()) {
          return node.decimalValue();
        }
        throw wrongType(field, node.toString());
      case BOOLEAN:
        if (node.isBoolean()) {
          return node.booleanValue();
        }
        throw wrongType(field, node.toString());
      default:
        if (node.isNumber() || node.isBoolean()) {
          // Text fields take numbers and booleans as their text, as Workfront does.
          return fromString(field, node.asText(), zone);
        }
        throw wrongType(field, node.toString());
    }
  }

  private static String checkedLength(FieldDef field, String v) {
    if (v.length() > field.maxLength()) {
      throw ApiException.badRequest(
          "Value for " + field.name() + " is longer than " + field.maxLength() + " characters.");
    }
    return v;
  }

  private static String enumValue(FieldDef field, String v) {
    for (String allowed : field.enumValues()) {
      if (allowed.equalsIgnoreCase(v)) {
        return allowed;
      }
    }
    throw ApiException.badRequest(
        "Invalid value '" + v + "' for " + field.name() + "; allowed: " + field.enumValues() + ".");
  }

  private static String id(FieldDef field, String v) {
    if (!Ids.isId(v)) {
      throw ApiException.badRequest(
          "Invalid ID '" + v + "' for " + field.name() + "; IDs are 32 hexadecimal characters.");
    }
    return v.toLowerCase(Locale.ROOT);
  }

  private static Integer intValue(FieldDef field, String v) {
    try {
      BigDecimal d = new BigDecimal(v);
      return d.intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw wrongType(field, v);
    }
  }

  private static Double doubleValue(FieldDef field, String v) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw wrongType(field, v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw wrongType(field, v);
    }
  }

  private static BigDecimal decimalValue(FieldDef field, String v) {
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw wrongType(field, v);
    }
  }

  private static Boolean booleanValue(FieldDef field, String v) {
    if (v.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (v.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw wrongType(field, v);
  }

  /** Parses any accepted date-time form; a value without offset is read in {@code zone}. */
  public static OffsetDateTime parseDateTime(String v, ZoneId zone) {
    if (v.length() == 10) {
      return LocalDate.parse(v).atStartOfDay(zone).toOffsetDateTime();
    }
    var parsed = INPUT.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime odt) {
      return odt;
    }
    return ((LocalDateTime) parsed).atZone(zone).toOffsetDateTime();
  }

  private static OffsetDateTime dateTime(FieldDef field, String v, ZoneId zone) {
    try {
      return parseDateTime(v, zone).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Invalid date '"
              + v
              + "' for "
              + field.name()
              + "; use yyyy-MM-dd'T'HH:mm:ss:SSSZ, ISO-8601 or yyyy-MM-dd.");
    }
  }

  private static LocalDate date(FieldDef field, String v, ZoneId zone) {
    try {
      if (v.length() == 10) {
        return LocalDate.parse(v);
      }
      return parseDateTime(v, zone).atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          "Invalid date '" + v + "' for " + field.name() + "; use yyyy-MM-dd.");
    }
  }

  private static ApiException wrongType(FieldDef field, String v) {
    return ApiException.badRequest(
        "Invalid value '"
            + (v.length() > 100 ? v.substring(0, 100) + "…" : v)
            + "' for "
            + field.name()
            + "; expected "
            + describe(field.type())
            + ".");
  }

  private static String describe(FieldType type) {
    return switch (type) {
      case INT -> "a whole number";
      case DOUBLE, DECIMAL -> "a number";
      case BOOLEAN -> "true or false";
      case DATE_TIME -> "a date and time";
      case DATE -> "a date";
      default -> "text";
    };
  }
}
