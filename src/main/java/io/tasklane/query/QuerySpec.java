package io.tasklane.query;

import io.tasklane.schema.ObjectType;
import java.util.List;

/**
 * A validated search: which objects ({@code filter}), in which order, which page, and what to show
 * of each. The store compiles it; no SQL is known here.
 */
public record QuerySpec(
    ObjectType type, Filter filter, List<Sort> sorts, int first, int limit, Selection selection) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 2000;

  public QuerySpec {
    sorts = List.copyOf(sorts);
  }
}
