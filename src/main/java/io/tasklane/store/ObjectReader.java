package io.tasklane.store;

import io.tasklane.query.FieldPath;
import io.tasklane.query.Filter;
import io.tasklane.query.QuerySpec;
import io.tasklane.query.ReportSpec;
import io.tasklane.query.Sort;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Reads objects as rows keyed by API field name. Lists of IDs travel as one array bind ({@code =
 * ANY(?)}), so a batch load is one statement whatever the number of IDs.
 */
public final class ObjectReader {
  /** Key of the parent's ID in rows returned by {@link #children}. */
  public static final String PARENT = "parent_ref";

  private final Registry registry;
  private final FilterCompiler filters;
  private final BatchReads batches;
  private final SummarySource summaries;

  public ObjectReader(Registry registry) {
    this.registry = registry;
    this.filters = new FilterCompiler(registry);
    this.batches = new BatchReads(registry);
    this.summaries = new SummarySource(registry);
  }

  /** One page of {@code spec}, each object read in the given shape. */
  public List<Map<String, Object>> search(
      DSLContext dsl, Scope scope, QuerySpec spec, RowShape shape) {
    FromScope from = new FromScope(spec.type(), scope, new FromScope.AliasSource());
    Condition where = guarded(from, scope).and(filters.compile(spec.filter(), from, null));
    List<SortField<?>> order = new ArrayList<>();
    for (Sort s : spec.sorts()) {
      Field<Object> column = filters.column(from, s.path());
      order.add(s.descending() ? column.desc() : column.asc());
    }
    // IDs are time-ordered and unique: a deterministic tie-breaker, so pages never overlap.
    order.add(Columns.id(from.alias()).asc());
    List<Field<?>> select = select(from, from.alias(), shape);
    var result =
        dsl.select(select)
            .from(from.from())
            .where(where)
            .orderBy(order)
            .limit(spec.limit())
            .offset(spec.first())
            .fetch();
    return rows(result, shape, false);
  }

  /** Most groups a report may return (reference §4.8's response-size limit). */
  public static final int MAX_GROUPS = 50_000;

  /**
   * Aggregates of a report grouped by its first {@code levels} group-by paths: one row per group
   * with the group values (keyed by path text) and aggregates (keyed {@code <fn>_<field>}).
   */
  public List<Map<String, Object>> report(
      DSLContext dsl, Scope scope, ReportSpec spec, int levels) {
    FromScope from = new FromScope(spec.type(), scope, new FromScope.AliasSource());
    summaries.of(spec, scope, from.alias()).ifPresent(from::standIn);
    Condition where = from.scoped().and(filters.compile(spec.filter(), from, null));
    List<Field<?>> groups = new ArrayList<>();
    for (FieldPath g : spec.groupBy().subList(0, levels)) {
      groups.add(filters.column(from, g));
    }
    List<Field<?>> select = new ArrayList<>(groups);
    for (ReportSpec.Aggregate a : spec.aggregates()) {
      select.add(aggregate(a, filters.column(from, a.path())));
    }
    if (select.isEmpty()) {
      select.add(DSL.count());
    }
    var result =
        dsl.select(select)
            .from(from.from())
            .where(where)
            .groupBy(groups)
            .orderBy(groups.stream().map(Field::asc).toList())
            .limit(MAX_GROUPS + 1)
            .fetch();
    if (result.size() > MAX_GROUPS) {
      throw new io.tasklane.common.ApiException(
          io.tasklane.common.ErrorCode.PAYLOAD_TOO_LARGE,
          "The report has more than " + MAX_GROUPS + " groups; filter it further.");
    }
    List<Map<String, Object>> out = new ArrayList<>(result.size());
    for (Record r : result) {
      Map<String, Object> row = new LinkedHashMap<>();
      int i = 0;
      for (FieldPath g : spec.groupBy().subList(0, levels)) {
        row.put(g.text(), r.get(i++));
      }
      for (ReportSpec.Aggregate a : spec.aggregates()) {
        row.put(a.key(), r.get(i++));
      }
      out.add(row);
    }
    return out;
  }

  /**
   * Sums and averages run on the column's own numeric type: a cast to NUMERIC would take H2's
   * default scale of 0 and round 0.8 to 1.
   */
  @SuppressWarnings("unchecked")
  private static Field<?> aggregate(ReportSpec.Aggregate a, Field<Object> column) {
    Field<? extends Number> number = (Field<? extends Number>) (Field<?>) column;
    return switch (a.function()) {
      case SUM -> DSL.sum(number);
      case AVG -> DSL.avg(number);
      case MIN -> DSL.min(column);
      case MAX -> DSL.max(column);
      case COUNT -> DSL.count(column);
      case DCOUNT -> DSL.countDistinct(column);
    };
  }

  public long count(DSLContext dsl, Scope scope, ObjectType type, Filter filter) {
    FromScope from = new FromScope(type, scope, new FromScope.AliasSource());
    Condition where = guarded(from, scope).and(filters.compile(filter, from, null));
    Integer n = dsl.selectCount().from(from.from()).where(where).fetchOne(0, Integer.class);
    return n == null ? 0 : n;
  }

  /** Loads of one object answered by a statement shared with concurrent ones (CoalescedLoads). */
  public long sharedLoads() {
    return batches.sharedLoads();
  }

  /** Objects with these IDs (missing ones are simply absent), in ID order. */
  public List<Map<String, Object>> byIds(
      DSLContext dsl, Scope scope, ObjectType type, Collection<String> ids, RowShape shape) {
    return batches.byIds(dsl, scope, type, ids, shape, List.of());
  }

  /**
   * Objects by ID that pass value-less conditions on their own fields ({@link #valueless(Filter)});
   * one statement of a fixed shape.
   */
  public List<Map<String, Object>> byIds(
      DSLContext dsl,
      Scope scope,
      ObjectType type,
      Collection<String> ids,
      RowShape shape,
      List<Filter.Compare> conditions) {
    return batches.byIds(dsl, scope, type, ids, shape, conditions);
  }

  /**
   * The filter as a list of value-less comparisons on direct stored fields ({@code isnull}, {@code
   * notnull}, {@code isblank}, {@code notblank}) if it is only that; such a filter can join a
   * fixed-shape statement.
   */
  public static java.util.Optional<List<Filter.Compare>> valueless(Filter filter) {
    List<Filter.Compare> out = new ArrayList<>();
    return collectValueless(filter, out) ? java.util.Optional.of(out) : java.util.Optional.empty();
  }

  private static boolean collectValueless(Filter f, List<Filter.Compare> out) {
    if (f instanceof Filter.Trusted t) {
      return collectValueless(t.filter(), out);
    }
    if (f instanceof Filter.All all) {
      for (Filter part : all.parts()) {
        if (!collectValueless(part, out)) {
          return false;
        }
      }
      return true;
    }
    if (f instanceof Filter.Compare c
        && c.path().direct()
        && c.path().field().stored()
        && c.modifier().unary()) {
      out.add(c);
      return true;
    }
    return false;
  }

  /**
   * The elements of collection {@code c} of the given parents; each row carries its parent's ID
   * under {@link #PARENT}.
   */
  public List<Map<String, Object>> children(
      DSLContext dsl, Scope scope, CollectionDef c, Collection<String> parentIds, RowShape shape) {
    return children(dsl, scope, c, parentIds, shape, Integer.MAX_VALUE);
  }

  /**
   * As {@link #children}, reading at most {@code limit} rows (the caller's size budget); only the
   * elements the scope's narrowing lets the caller find.
   */
  public List<Map<String, Object>> children(
      DSLContext dsl,
      Scope scope,
      CollectionDef c,
      Collection<String> parentIds,
      RowShape requested,
      int limit) {
    // the parents' IDs are one array bind: no joins (RowShape#unjoined)
    RowShape shape = requested.unjoined();
    ObjectType target = registry.get(c.targetCode());
    if (parentIds.isEmpty() || FilterCompiler.everything(scope.narrowing().apply(target))) {
      return batches.children(dsl, scope, c, parentIds, shape, limit);
    }
    // Not a fixed shape: the caller's visibility of the elements joins the statement.
    FromScope from;
    String alias;
    Field<String> parent;
    if (c.link().isEmpty()) {
      from = new FromScope(target, scope, new FromScope.AliasSource());
      alias = from.alias();
      parent = Columns.string(alias, target.field(c.childField()).orElseThrow().requireColumn());
    } else {
      CollectionDef.Link link = c.link().get();
      ObjectType linkType = registry.get(link.code());
      from = new FromScope(linkType, scope, new FromScope.AliasSource());
      io.tasklane.schema.RefDef toTarget = linkType.refByIdField(link.targetField()).orElseThrow();
      alias = from.joinRefs(from.alias(), List.of(new FieldPath.RefStep(toTarget, target)));
      parent =
          Columns.string(
              from.alias(), linkType.field(link.parentField()).orElseThrow().requireColumn());
    }
    Condition visible = filters.visible(from, alias, target);
    List<Field<?>> select = new ArrayList<>(select(from, alias, shape));
    select.add(parent.as(PARENT));
    var result =
        dsl.select(select)
            .from(from.from())
            .where(from.scoped())
            // the target of a link is LEFT JOINed: a link to no element is not an element
            .and(Columns.customer(alias).eq(scope.customerId()))
            .and(Columns.anyOf(parent, parentIds))
            .and(visible)
            .orderBy(Columns.id(from.alias()))
            .limit(limit)
            .fetch();
    return rows(result, shape, true);
  }

  /** The base table's customer condition and the scope's guard, if any. */
  private static Condition guarded(FromScope from, Scope scope) {
    return scope.guard().map(g -> from.scoped().and(g.condition())).orElseGet(from::scoped);
  }

  /**
   * The shape's select list over {@code from}, whose rows are at {@code alias}: joined references
   * share the LEFT JOINs the statement's filters and sorts already made along the same path.
   */
  private static List<Field<?>> select(FromScope from, String alias, RowShape shape) {
    return shape.select(
        alias, j -> from.joinRefs(alias, List.of(new FieldPath.RefStep(j.ref(), j.target()))));
  }

  private static List<Map<String, Object>> rows(
      org.jooq.Result<? extends Record> result, RowShape shape, boolean parent) {
    List<Map<String, Object>> out = new ArrayList<>(result.size());
    try {
      for (Record r : result) {
        out.add(shape.row((i, f) -> r.get(i), parent));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("a fetched record cannot fail to read", e);
    }
    return out;
  }
}
