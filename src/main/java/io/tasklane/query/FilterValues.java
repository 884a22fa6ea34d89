package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Types the raw values of one filter by its field (reference §4.2, §4.4) and checks that the
 * modifier applies to the field: a bad value is an error naming the value and the field, never a
 * condition that silently matches nothing.
 */
final class FilterValues {
  private FilterValues() {}

  /**
   * The typed values of {@code raw} (one parameter value): a wildcard expands to its values
   * (several for list-valued {@code $$USER} fields); textual modifiers keep the text as it is.
   */
  static List<Object> typed(FieldPath path, Modifier modifier, String raw, Caller caller) {
    FieldDef field = path.field();
    if (Wildcards.isWildcard(raw)) {
      List<Object> out = new ArrayList<>();
      for (Object v : Wildcards.resolve(raw, caller)) {
        out.add(wildcardValue(path, v, caller));
      }
      return out;
    }
    if (modifier.textual()) {
      return List.of(raw);
    }
    return List.of(Values.fromString(field, raw, caller.zone()));
  }

  private static Object wildcardValue(FieldPath path, Object v, Caller caller) {
    FieldDef field = path.field();
    if (v instanceof Instant instant) {
      return switch (field.type()) {
        case DATE_TIME -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        case DATE -> Wildcards.toDate(instant);
        default ->
            throw ApiException.badRequest(
                "A date wildcard is used on " + path + ", which is not a date.");
      };
    }
    return v == null ? null : Values.fromString(field, v.toString(), caller.zone());
  }

  /** Refuses modifiers that make no sense for the field's type. */
  static void checkApplicable(FieldPath path, Modifier modifier) {
    FieldType type = path.field().type();
    if ((modifier.textual() || modifier.caseInsensitive()) && !type.isText()) {
      throw ApiException.badRequest(
          "Modifier "
              + name(modifier)
              + " applies to text fields; "
              + path
              + " is "
              + type.metadataName()
              + ".");
    }
    if (ordering(modifier) && type == FieldType.BOOLEAN) {
      throw ApiException.badRequest(
          "Modifier " + name(modifier) + " does not apply to the boolean field " + path + ".");
    }
  }

  /**
   * {@code FIELD:} compares like with like: text with text, numbers with numbers, dates with dates,
   * booleans with booleans (a mixed comparison is an error, not a database failure).
   */
  static void checkComparable(FieldPath left, Modifier modifier, FieldPath right) {
    FieldType a = left.field().type();
    FieldType b = right.field().type();
    if (family(a) != family(b)) {
      throw ApiException.badRequest(
          "FIELD: compares "
              + left
              + " ("
              + a.metadataName()
              + ") with "
              + right
              + " ("
              + b.metadataName()
              + "); both sides must be of the same kind.");
    }
    if (modifier.caseInsensitive() && !a.isText()) {
      throw ApiException.badRequest(
          "Modifier " + name(modifier) + " applies to text fields; " + left + " is not text.");
    }
    if (ordering(modifier) && a == FieldType.BOOLEAN) {
      throw ApiException.badRequest(
          "Modifier " + name(modifier) + " does not apply to the boolean field " + left + ".");
    }
  }

  private static int family(FieldType t) {
    if (t.isText()) {
      return 0;
    }
    if (t.isNumeric()) {
      return 1;
    }
    if (t.isTemporal()) {
      return 2;
    }
    return 3;
  }

  private static boolean ordering(Modifier modifier) {
    return switch (modifier) {
      case GT, GTE, LT, LTE, BETWEEN, NOTBETWEEN -> true;
      default -> false;
    };
  }

  static String name(Modifier modifier) {
    return modifier.name().toLowerCase(Locale.ROOT);
  }
}
