package io.tasklane.query;

import io.tasklane.schema.ObjectType;
import java.util.List;

/**
 * A validated {@code report} (reference §4.6): filter, group-by levels and aggregates; with {@code
 * rollup} every level also gets its totals under {@code $$ROLLUP}.
 */
public record ReportSpec(
    ObjectType type,
    Filter filter,
    List<FieldPath> groupBy,
    List<Aggregate> aggregates,
    boolean rollup) {

  public ReportSpec {
    groupBy = List.copyOf(groupBy);
    aggregates = List.copyOf(aggregates);
  }

  /** Aggregate functions; the reply key is {@code <fn>_<field>}. */
  public enum Function {
    SUM,
    AVG,
    MIN,
    MAX,
    COUNT,
    DCOUNT
  }

  /** One aggregate; {@code key} ({@code <fn>_<field>}) is worked out once, not once per group. */
  public record Aggregate(Function function, FieldPath path, String key) {
    public Aggregate(Function function, FieldPath path) {
      this(function, path, function.name().toLowerCase(java.util.Locale.ROOT) + "_" + path.text());
    }
  }
}
