package io.tasklane.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Serialises response values (maps, lists, strings, numbers, booleans, null) with Workfront's
 * escaping (reference §10.3): ASCII-only output, control characters as {@code \b \t \n \f \r} or
 * {@code \}{@code u00xx}, {@code /} as {@code \/}, {@code <} as {@code \}{@code u003c}, and every
 * character above 127 as {@code \}{@code uxxxx} (surrogate pairs as two escapes).
 */
public final class JsonOutput {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonOutput() {}

  public static String write(Object value) {
    return bytes(value).toString();
  }

  /** The value's JSON as the bytes of a reply (one per character: the output is ASCII). */
  static AsciiChunks bytes(Object value) {
    AsciiChunks out = new AsciiChunks();
    write(out, value);
    return out;
  }

  private static void write(AsciiChunks out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.append(((Number) value).longValue());
    } else if (value instanceof BigInteger i) {
      out.append(i.toString());
    } else if (value instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        out.append("null");
      } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        out.append((long) d).append(".0");
      } else {
        out.append(Double.toString(d));
      }
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(':');
        write(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object o : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(out, o);
      }
      out.append(']');
    } else if (value instanceof Number n) {
      out.append(n.toString());
    } else {
      string(out, value.toString());
    }
  }

  private static void string(AsciiChunks out, String s) {
    out.append('"');
    // Runs of characters that need no escape are copied in one append.
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7f && c != '"' && c != '\\' && c != '/' && c != '<') {
        continue;
      }
      out.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '/' -> out.append("\\/");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default ->
            out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
      }
    }
    out.append(s, run, s.length());
    out.append('"');
  }
}
