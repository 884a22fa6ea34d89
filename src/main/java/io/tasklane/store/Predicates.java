package io.tasklane.store;

import io.tasklane.common.ApiException;
import io.tasklane.query.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * One SQL condition per modifier (reference §4.3). Values are always bound. Negative modifiers
 * include rows without a value ({@code ne}, {@code notin}, {@code notcontains} …), as a person
 * reading "status is not CPL" expects.
 */
final class Predicates {
  private static final char ESCAPE = '!';

  private Predicates() {}

  static Condition of(Field<Object> column, Modifier modifier, List<Object> values) {
    return switch (modifier) {
      case EQ -> eq(column, first(values));
      case NE -> negate(column, eq(column, first(values)));
      case CIEQ -> lower(column).eq(lowerValue(first(values)));
      case CINE -> negate(column, lower(column).eq(lowerValue(first(values))));
      case GT -> column.gt(first(values));
      case GTE -> column.ge(first(values));
      case LT -> column.lt(first(values));
      case LTE -> column.le(first(values));
      case BETWEEN -> column.between(values.get(0), values.get(1));
      case NOTBETWEEN -> negate(column, column.between(values.get(0), values.get(1)));
      case CONTAINS -> text(column).like(fragment(first(values), false), ESCAPE);
      case CICONTAINS -> lower(column).like(fragment(first(values), true), ESCAPE);
      case NOTCONTAINS -> negate(column, text(column).like(fragment(first(values), false), ESCAPE));
      case CINOTCONTAINS ->
          negate(column, lower(column).like(fragment(first(values), true), ESCAPE));
      case LIKE -> text(column).like(String.valueOf(first(values)));
      case CILIKE -> lower(column).like(lowerValue(first(values)));
      case IN -> in(column, values);
      case NOTIN -> negate(column, in(column, values));
      case CIIN -> ciIn(column, values);
      case CINOTIN -> negate(column, ciIn(column, values));
      case ISNULL -> column.isNull();
      case NOTNULL -> column.isNotNull();
      case ISBLANK -> blank(column);
      case NOTBLANK -> DSL.not(blank(column));
    };
  }

  /** {@code left <modifier> right} for {@code FIELD:} comparisons. */
  static Condition compareFields(Field<Object> left, Modifier modifier, Field<Object> right) {
    return switch (modifier) {
      case EQ -> left.eq(right);
      case NE -> left.ne(right);
      case GT -> left.gt(right);
      case GTE -> left.ge(right);
      case LT -> left.lt(right);
      case LTE -> left.le(right);
      case CIEQ -> lower(left).eq(lower(right));
      case CINE -> lower(left).ne(lower(right));
      default ->
          throw ApiException.badRequest(
              "Modifier "
                  + modifier.name().toLowerCase(Locale.ROOT)
                  + " cannot compare two fields; use eq, ne, gt, gte, lt, lte, cieq or cine.");
    };
  }

  private static Object first(List<Object> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static Condition eq(Field<Object> column, Object value) {
    return value == null ? column.isNull() : column.eq(value);
  }

  /**
   * Text lists travel as one array bind ({@code = ANY(?)}): one statement text whatever the list's
   * length, so the driver's prepared-statement cache keeps working. Other types use IN.
   */
  private static Condition in(Field<Object> column, List<Object> values) {
    List<Object> present = values.stream().filter(v -> v != null).toList();
    Condition c = present.isEmpty() ? DSL.falseCondition() : anyOf(column, present);
    return present.size() < values.size() ? c.or(column.isNull()) : c;
  }

  @SuppressWarnings("unchecked")
  private static Condition anyOf(Field<?> column, List<?> values) {
    if (String.class.equals(column.getType()) && values.size() > 1) {
      List<String> texts = values.stream().map(String::valueOf).toList();
      return Columns.anyOf((Field<String>) column, texts);
    }
    return ((Field<Object>) column).in(values);
  }

  private static Condition ciIn(Field<Object> column, List<Object> values) {
    List<String> lowered = lowerValues(values);
    return lowered.isEmpty() ? DSL.falseCondition() : anyOf(lower(column), lowered);
  }

  /** NOT c, keeping rows where the column is NULL. */
  private static Condition negate(Field<Object> column, Condition c) {
    return column.isNull().or(DSL.not(c));
  }

  private static Condition blank(Field<Object> column) {
    if (String.class.equals(column.getType())) {
      return column.isNull().or(text(column).eq(""));
    }
    return column.isNull();
  }

  @SuppressWarnings("unchecked")
  private static Field<String> text(Field<Object> column) {
    return String.class.equals(column.getType())
        ? (Field<String>) (Field<?>) column
        : column.cast(String.class);
  }

  private static Field<String> lower(Field<Object> column) {
    return DSL.lower(text(column));
  }

  private static String lowerValue(Object value) {
    return String.valueOf(value).toLowerCase(Locale.ROOT);
  }

  private static List<String> lowerValues(List<Object> values) {
    List<String> out = new ArrayList<>();
    for (Object v : values) {
      if (v != null) {
        out.add(lowerValue(v));
      }
    }
    return out;
  }

  /** {@code %fragment%} with LIKE's special characters escaped: an exact phrase. */
  private static String fragment(Object value, boolean lowerCase) {
    String s = String.valueOf(value);
    if (lowerCase) {
      s = s.toLowerCase(Locale.ROOT);
    }
    StringBuilder out = new StringBuilder("%");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '_' || c == ESCAPE) {
        out.append(ESCAPE);
      }
      out.append(c);
    }
    return out.append('%').toString();
  }
}
