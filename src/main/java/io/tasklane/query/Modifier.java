package io.tasklane.query;

import io.tasklane.common.ApiException;
import java.util.Locale;

/** Search modifiers of reference §4.3, with their alternate spellings. */
public enum Modifier {
  EQ,
  NE,
  CIEQ,
  CINE,
  GT,
  GTE,
  LT,
  LTE,
  BETWEEN,
  NOTBETWEEN,
  CONTAINS,
  CICONTAINS,
  NOTCONTAINS,
  CINOTCONTAINS,
  LIKE,
  CILIKE,
  IN,
  NOTIN,
  CIIN,
  CINOTIN,
  ISNULL,
  NOTNULL,
  ISBLANK,
  NOTBLANK;

  /** Parses a {@code _Mod} value; {@code null} and {@code blank} are the report spellings. */
  public static Modifier parse(String raw, String field) {
    String v = raw.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "null":
        return ISNULL;
      case "blank":
        return ISBLANK;
      default:
        for (Modifier m : values()) {
          if (m.name().toLowerCase(Locale.ROOT).equals(v)) {
            return m;
          }
        }
        throw ApiException.badRequest(
            "Unknown modifier '"
                + raw
                + "' in "
                + field
                + "_Mod; known modifiers are eq, ne,"
                + " cieq, cine, gt, gte, lt, lte, between, notbetween, contains, cicontains,"
                + " notcontains, cinotcontains, like, cilike, in, notin, ciin, cinotin, isnull,"
                + " null, notnull, isblank, blank, notblank.");
    }
  }

  /** Modifiers that take no value. */
  public boolean unary() {
    return this == ISNULL || this == NOTNULL || this == ISBLANK || this == NOTBLANK;
  }

  /** Modifiers that take a list of values. */
  public boolean list() {
    return this == IN || this == NOTIN || this == CIIN || this == CINOTIN;
  }

  public boolean range() {
    return this == BETWEEN || this == NOTBETWEEN;
  }

  /** Modifiers whose values are patterns or fragments, compared as text whatever the field. */
  public boolean textual() {
    return switch (this) {
      case CONTAINS, CICONTAINS, NOTCONTAINS, CINOTCONTAINS, LIKE, CILIKE -> true;
      default -> false;
    };
  }

  public boolean caseInsensitive() {
    return switch (this) {
      case CIEQ, CINE, CICONTAINS, CINOTCONTAINS, CILIKE, CIIN, CINOTIN -> true;
      default -> false;
    };
  }

  /**
   * Negative modifiers on a collection path exclude a parent only when all its elements match the
   * positive form (reference §4.3, "notcontains").
   */
  public boolean negative() {
    return switch (this) {
      case NE, CINE, NOTBETWEEN, NOTCONTAINS, CINOTCONTAINS, NOTIN, CINOTIN -> true;
      default -> false;
    };
  }

  /** The positive form of a negative modifier. */
  public Modifier positive() {
    return switch (this) {
      case NE -> EQ;
      case CINE -> CIEQ;
      case NOTBETWEEN -> BETWEEN;
      case NOTCONTAINS -> CONTAINS;
      case CINOTCONTAINS -> CICONTAINS;
      case NOTIN -> IN;
      case CINOTIN -> CIIN;
      default -> this;
    };
  }
}
