package io.tasklane.objects;

import io.tasklane.query.FieldPath;
import io.tasklane.query.ReportSpec;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Shapes report rows into Workfront's reply: {@code {"<group value>": {…}, "$$ROLLUP": {…}}}.
 * Totals per level come from their own grouped statement (averages and distinct counts cannot be
 * added up from the groups below), so a report runs one statement per level with {@code $$ROLLUP}
 * and one without.
 */
final class Reports {
  static final String ROLLUP = "$$ROLLUP";

  private Reports() {}

  static Map<String, Object> shape(
      ReportSpec spec,
      IntFunction<List<Map<String, Object>>> rowsAtLevel,
      Function<Object, Object> render) {
    int depth = spec.groupBy().size();
    Map<String, Object> root = new LinkedHashMap<>();
    for (Map<String, Object> row : rowsAtLevel.apply(depth)) {
      Map<String, Object> node = root;
      for (int i = 0; i < depth - 1; i++) {
        node = child(node, key(row.get(spec.groupBy().get(i).text()), render));
      }
      Map<String, Object> leaf =
          depth == 0
              ? root
              : child(node, key(row.get(spec.groupBy().get(depth - 1).text()), render));
      putValues(leaf, row, spec, depth, render);
    }
    if (spec.rollup() && depth > 0) {
      for (int level = depth - 1; level >= 0; level--) {
        for (Map<String, Object> row : rowsAtLevel.apply(level)) {
          Map<String, Object> node = root;
          for (int i = 0; i < level; i++) {
            node = child(node, key(row.get(spec.groupBy().get(i).text()), render));
          }
          Map<String, Object> totals = new LinkedHashMap<>();
          putValues(totals, row, spec, level, render);
          node.put(ROLLUP, totals);
        }
      }
    }
    return root;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> node, String key) {
    return (Map<String, Object>) node.computeIfAbsent(key, k -> new LinkedHashMap<>());
  }

  private static void putValues(
      Map<String, Object> target,
      Map<String, Object> row,
      ReportSpec spec,
      int levels,
      Function<Object, Object> render) {
    for (ReportSpec.Aggregate a : spec.aggregates()) {
      target.put(a.key(), number(row.get(a.key())));
    }
    for (FieldPath g : spec.groupBy().subList(0, levels)) {
      target.put(g.text(), render.apply(row.get(g.text())));
    }
  }

  /** Group values as object keys; a missing value groups under the empty key. */
  private static String key(Object value, Function<Object, Object> render) {
    return value == null ? "" : String.valueOf(render.apply(value));
  }

  private static Object number(Object v) {
    if (v instanceof BigDecimal b) {
      BigDecimal s = b.stripTrailingZeros();
      if (s.scale() > 0) {
        return s;
      }
      // A whole number as a long where it fits: the same digits in the reply, without a
      // BigInteger and its toString (9 % of the HOUR report's allocation samples, JFR).
      return s.precision() - s.scale() <= 18 ? (Object) s.longValueExact() : s.toBigIntegerExact();
    }
    return v;
  }
}
