package io.tasklane.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.schema.ObjectType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns request parameters into validated query specifications. Credential and control parameters
 * (reference §3.4) are never filters; {@code _Mod}, {@code _Range}, {@code _Sort}, {@code _GroupBy}
 * and {@code _AggFunc} are case-sensitive suffixes.
 */
public final class QueryParser {
  /** Parameters that are never filters (reference §3.4 and the batch/lifecycle extras). */
  public static final Set<String> RESERVED =
      Set.of(
          "sessionID",
          "apiKey",
          "username",
          "password",
          "method",
          "action",
          "id",
          "fields",
          "updates",
          "filters",
          "map",
          "force",
          "atomic",
          "copySourceID",
          "options",
          "$$FIRST",
          "$$LIMIT",
          "$$ROLLUP",
          "uri",
          "uri[]",
          "concurrent",
          "reason");

  private static final Pattern SORT = Pattern.compile("^(.+?)(?:_(\\d+))?_Sort$");
  private static final Pattern GROUP_BY = Pattern.compile("^(.+?)(?:_(\\d+))?_GroupBy$");
  private static final Pattern GROUP_OR_AGG = Pattern.compile("^.+_(?:\\d+_)?(GroupBy|AggFunc)$");

  private final Paths paths;
  private final FieldsParser fields;
  private final FilterParser filters;

  public QueryParser(Paths paths) {
    this.paths = paths;
    this.fields = new FieldsParser(paths);
    this.filters = new FilterParser(paths);
  }

  public Paths paths() {
    return paths;
  }

  /** {@code search}: filter, sort, page and shape. */
  public QuerySpec search(ObjectType type, Params params, Caller caller) {
    return new QuerySpec(
        type,
        filter(type, params, caller),
        sorts(type, params, caller),
        first(params),
        limit(params),
        selection(type, params, caller));
  }

  /** The response shape of any operation returning objects. */
  public Selection selection(ObjectType type, Params params, Caller caller) {
    return fields.parse(type, params.all("fields"), caller);
  }

  /** The filter of {@code search}, {@code count} and {@code report}. */
  public Filter filter(ObjectType type, Params params, Caller caller) {
    return filters.parse(type, filterParams(params), caller);
  }

  /** The filter pairs among {@code params}, with those of a {@code filters} JSON object. */
  public Params filterParams(Params params) {
    Params.Builder out = Params.builder();
    params
        .asMap()
        .forEach(
            (name, values) -> {
              if (!isControl(name)) {
                values.forEach(v -> out.add(name, v));
              }
            });
    for (String json : params.all("filters")) {
      addJsonFilters(out, JsonInput.parse(json, "filters"));
    }
    return out.build();
  }

  private static boolean isControl(String name) {
    return RESERVED.contains(name)
        || SORT.matcher(name).matches()
        || GROUP_OR_AGG.matcher(name).matches();
  }

  /**
   * The pairs of a {@code filters} JSON object are filters, credential names included: {@code
   * filters={"username":"x"}} is how clients filter on a reserved name (reference §3.4). Paging,
   * sorting and grouping belong outside it.
   */
  private static void addJsonFilters(Params.Builder out, JsonNode node) {
    if (!node.isObject()) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "filters must be a JSON object.");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      if (name.equals("$$FIRST")
          || name.equals("$$LIMIT")
          || name.equals("$$ROLLUP")
          || SORT.matcher(name).matches()
          || GROUP_OR_AGG.matcher(name).matches()) {
        throw ApiException.badRequest(
            "filters holds filters only; send " + name + " as a parameter of its own.");
      }
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> out.add(e.getKey(), scalar(e.getKey(), v)));
      } else {
        out.add(e.getKey(), scalar(e.getKey(), e.getValue()));
      }
    }
  }

  private static String scalar(String name, JsonNode v) {
    if (v.isContainerNode() || v.isNull()) {
      throw new ApiException(
          ErrorCode.MALFORMED_JSON, "filters." + name + " must be a string, number or boolean.");
    }
    return v.asText();
  }

  /**
   * {@code report}: {@code <field>_GroupBy=true} or {@code <field>_<n>_GroupBy=true} levels, {@code
   * <field>_AggFunc=sum|avg|min|max|count|dcount} and {@code $$ROLLUP=true}.
   */
  public ReportSpec report(ObjectType type, Params params, Caller caller) {
    record Level(int level, int arrival, FieldPath path) {}
    List<Level> levels = new ArrayList<>();
    List<ReportSpec.Aggregate> aggregates = new ArrayList<>();
    int arrival = 0;
    for (Map.Entry<String, List<String>> e : params.asMap().entrySet()) {
      Matcher g = GROUP_BY.matcher(e.getKey());
      if (g.matches()) {
        String v = e.getValue().isEmpty() ? "true" : e.getValue().get(0);
        if (!v.equalsIgnoreCase("true")) {
          continue;
        }
        int level = g.group(2) == null ? 0 : Integer.parseInt(g.group(2));
        levels.add(new Level(level, arrival++, reportPath(type, g.group(1), caller)));
        continue;
      }
      if (e.getKey().endsWith("_AggFunc")) {
        String path = e.getKey().substring(0, e.getKey().length() - "_AggFunc".length());
        for (String fn : e.getValue()) {
          ReportSpec.Function function;
          try {
            function = ReportSpec.Function.valueOf(fn.trim().toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException ex) {
            throw ApiException.badRequest(
                "Unknown aggregate '"
                    + fn
                    + "' in "
                    + e.getKey()
                    + "; use sum, avg, min, max, count or dcount.");
          }
          FieldPath fieldPath = reportPath(type, path, caller);
          boolean numeric = fieldPath.field().type().isNumeric();
          if ((function == ReportSpec.Function.SUM || function == ReportSpec.Function.AVG)
              && !numeric) {
            throw ApiException.badRequest(
                fn
                    + " needs a numeric field; "
                    + path
                    + " is "
                    + fieldPath.field().type().metadataName()
                    + ".");
          }
          aggregates.add(new ReportSpec.Aggregate(function, fieldPath));
        }
      }
    }
    if (aggregates.isEmpty() && levels.isEmpty()) {
      throw ApiException.badRequest(
          "report needs <field>_GroupBy=true and/or <field>_AggFunc=sum|avg|min|max|count|dcount.");
    }
    levels.sort(Comparator.comparingInt(Level::level).thenComparingInt(Level::arrival));
    return new ReportSpec(
        type,
        filter(type, params, caller),
        levels.stream().map(Level::path).toList(),
        aggregates,
        params.flag("$$ROLLUP"));
  }

  private FieldPath reportPath(ObjectType type, String text, Caller caller) {
    FieldPath path = paths.filterPath(type, text, caller);
    if (path.crossesCollection()) {
      throw ApiException.badRequest(
          "Reports group and aggregate over reference paths only; '"
              + text
              + "' goes through a collection.");
    }
    return path;
  }

  List<Sort> sorts(ObjectType type, Params params, Caller caller) {
    record Keyed(int level, int arrival, Sort sort) {}
    List<Keyed> keyed = new ArrayList<>();
    int arrival = 0;
    for (Map.Entry<String, List<String>> e : params.asMap().entrySet()) {
      Matcher m = SORT.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      String direction = e.getValue().isEmpty() ? "asc" : e.getValue().get(0);
      boolean descending =
          switch (direction.toLowerCase(Locale.ROOT)) {
            case "asc", "" -> false;
            case "desc" -> true;
            default ->
                throw ApiException.badRequest(
                    "Sort " + e.getKey() + " must be asc or desc, not '" + direction + "'.");
          };
      int level = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      FieldPath path = paths.filterPath(type, m.group(1), caller);
      if (path.crossesCollection()) {
        throw ApiException.badRequest(
            "Cannot sort on '"
                + m.group(1)
                + "': it goes through a collection; sort on fields and reference paths.");
      }
      keyed.add(new Keyed(level, arrival++, new Sort(path, descending)));
    }
    keyed.sort(Comparator.comparingInt(Keyed::level).thenComparingInt(Keyed::arrival));
    return keyed.stream().map(Keyed::sort).toList();
  }

  static int first(Params params) {
    return params.first("$$FIRST").map(v -> nonNegative("$$FIRST", v, Integer.MAX_VALUE)).orElse(0);
  }

  static int limit(Params params) {
    int limit =
        params
            .first("$$LIMIT")
            .map(v -> nonNegative("$$LIMIT", v, Integer.MAX_VALUE))
            .orElse(QuerySpec.DEFAULT_LIMIT);
    if (limit > QuerySpec.MAX_LIMIT) {
      // Workfront answers IllegalArgumentException here (reference §4.5).
      throw new ApiException(
          ErrorCode.ILLEGAL_ARGUMENT,
          "$$LIMIT " + limit + " exceeds the maximum of " + QuerySpec.MAX_LIMIT + ".");
    }
    return limit == 0 ? QuerySpec.DEFAULT_LIMIT : limit;
  }

  private static int nonNegative(String name, String v, int max) {
    try {
      long n = Long.parseLong(v.trim());
      if (n < 0) {
        throw ApiException.badRequest(name + " must not be negative.");
      }
      return (int) Math.min(n, max);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, not '" + v + "'.");
    }
  }
}
