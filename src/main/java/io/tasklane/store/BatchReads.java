package io.tasklane.store;

import io.tasklane.query.Filter;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Loads by lists of IDs: objects by ID, and the elements of a collection for many parents. Each is
 * one statement whatever the number of IDs (one array bind, {@code = ANY(?)}), and of a fixed shape
 * per type and field list, so its SQL is rendered once ({@link PlainQueries}): these statements run
 * for every GET and for every nested selection of every search.
 */
final class BatchReads {
  private final Registry registry;

  BatchReads(Registry registry) {
    this.registry = registry;
  }

  /** The shape of a load by IDs; {@code arity} 0 binds them as an array, else as that many. */
  private record ByIds(
      String type, List<String> shape, List<String> conditions, String guard, int arity) {}

  /** What the loads of one ID that share a statement have in common besides the ID. */
  private record Lane(ByIds shape, String customerId, List<Object> credential) {}

  private final CoalescedLoads coalesced = new CoalescedLoads();

  /** GETs by ID and other loads of one object answered by a statement shared with others. */
  long sharedLoads() {
    return coalesced.shared();
  }

  /** Collections with equal definitions (a record) read alike, whichever type declares them. */
  private record Children(CollectionDef collection, List<String> shape) {}

  /**
   * Objects by ID that also pass {@code conditions}: value-less comparisons ({@code isnull}, {@code
   * notnull} …) on direct fields, such as the rules' "not a deleted tombstone", which belong to the
   * shape because they bind nothing.
   */
  List<Map<String, Object>> byIds(
      DSLContext dsl,
      Scope scope,
      ObjectType type,
      Collection<String> ids,
      RowShape requested,
      List<Filter.Compare> conditions) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() == 1 && scope.guard().isPresent() && Database.holdsNoConnectionYet(dsl)) {
      // The first statement of a guarded read (auto-committed, never inside a write's
      // transaction): loads of one ID with the same shape and credential may share a statement.
      Guard guard = scope.guard().get();
      ByIds one = byIdsKey(type, requested, conditions, guard.sql(), 1);
      return coalesced.load(
          new Lane(one, scope.customerId(), guard.credential()),
          ids.iterator().next(),
          guard,
          (batch, g) ->
              load(
                  dsl,
                  new Scope(scope.customerId(), Optional.of(g)),
                  type,
                  batch,
                  true,
                  requested,
                  conditions));
    }
    return load(dsl, scope, type, ids, false, requested, conditions);
  }

  private List<Map<String, Object>> load(
      DSLContext dsl,
      Scope scope,
      ObjectType type,
      Collection<String> ids,
      boolean inList,
      RowShape requested,
      List<Filter.Compare> conditions) {
    // One ID is compared as a scalar, and a batch of CoalescedLoads as an IN list of a fixed size:
    // PostgreSQL then settles on one generic plan per statement, while an array makes it plan
    // every execution anew (0.5 ms with a guard) — too dear for a join, which such loads leave out.
    boolean scalars = inList || ids.size() == 1;
    int arity = scalars ? CoalescedLoads.arity(ids.size()) : 0;
    RowShape shape = scalars ? requested : requested.unjoined();
    String sql =
        PlainQueries.shape(
            byIdsKey(type, shape, conditions, scope.guard().map(Guard::sql).orElse(""), arity),
            () -> {
              String a = "t";
              List<Condition> where = new ArrayList<>();
              where.add(Columns.customer(a).eq(textParam("customer")));
              if (arity == 1) {
                where.add(Columns.id(a).eq(textParam("id")));
              } else if (arity > 1) {
                List<Field<String>> params = new ArrayList<>();
                for (int i = 0; i < arity; i++) {
                  params.add(textParam("id" + i));
                }
                where.add(Columns.id(a).in(params));
              } else {
                where.add(anyId(Columns.id(a)));
              }
              for (Filter.Compare c : conditions) {
                where.add(
                    Predicates.of(Columns.column(a, c.path().field()), c.modifier(), List.of()));
              }
              // Plain SQL without values: its "?" stay placeholders, bound below.
              scope.guard().ifPresent(g -> where.add(DSL.condition(g.sql())));
              return dsl.render(
                  dsl.select(shape.select(a, shape::fixedAlias))
                      .from(shape.joined(Columns.table(type, a), type, a))
                      .where(where)
                      .orderBy(Columns.id(a)));
            });
    List<Object> binds = new ArrayList<>();
    binds.add(scope.customerId());
    if (arity == 0) {
      binds.add(ids.toArray(String[]::new));
    } else {
      // an IN list of the statement's size: the last ID fills the places left
      String last = null;
      for (String id : ids) {
        binds.add(id);
        last = id;
      }
      for (int i = ids.size(); i < arity; i++) {
        binds.add(last);
      }
    }
    scope.guard().ifPresent(g -> binds.addAll(g.binds()));
    return PlainQueries.list(dsl, sql, binds, rs -> row(rs, shape, false));
  }

  private static ByIds byIdsKey(
      ObjectType type,
      RowShape shape,
      List<Filter.Compare> conditions,
      String guardSql,
      int arity) {
    List<String> keys =
        conditions.stream().map(c -> c.path().field().name() + " " + c.modifier()).toList();
    return new ByIds(type.code(), shape.shapeKey(), keys, guardSql, arity);
  }

  List<Map<String, Object>> children(
      DSLContext dsl,
      Scope scope,
      CollectionDef c,
      Collection<String> parentIds,
      RowShape shape,
      int limit) {
    if (parentIds.isEmpty()) {
      return List.of();
    }
    String sql = PlainQueries.shape(new Children(c, shape.shapeKey()), () -> render(dsl, c, shape));
    return PlainQueries.list(
        dsl,
        sql,
        List.of(scope.customerId(), parentIds.toArray(String[]::new), limit),
        rs -> row(rs, shape, true));
  }

  private String render(DSLContext dsl, CollectionDef c, RowShape shape) {
    ObjectType target = registry.get(c.targetCode());
    Param<Integer> limit = DSL.param("limit", SQLDataType.INTEGER);
    String a = "t";
    if (c.link().isEmpty()) {
      String childColumn = target.field(c.childField()).orElseThrow().requireColumn();
      List<Field<?>> select = new ArrayList<>(shape.select(a, shape::fixedAlias));
      select.add(Columns.string(a, childColumn).as(ObjectReader.PARENT));
      return dsl.render(
          dsl.select(select)
              .from(shape.joined(Columns.table(target, a), target, a))
              .where(Columns.customer(a).eq(textParam("customer")))
              .and(anyId(Columns.string(a, childColumn)))
              .orderBy(Columns.id(a))
              .limit(limit));
    }
    CollectionDef.Link link = c.link().get();
    ObjectType linkType = registry.get(link.code());
    RefDef toTarget = linkType.refByIdField(link.targetField()).orElseThrow();
    String l = "l";
    String parentColumn = linkType.field(link.parentField()).orElseThrow().requireColumn();
    String targetColumn = linkType.field(toTarget.idField()).orElseThrow().requireColumn();
    List<Field<?>> select = new ArrayList<>(shape.select(a, shape::fixedAlias));
    select.add(Columns.string(l, parentColumn).as(ObjectReader.PARENT));
    return dsl.render(
        dsl.select(select)
            .from(
                shape.joined(
                    Columns.table(linkType, l)
                        .join(Columns.table(target, a))
                        .on(Columns.id(a).eq(Columns.string(l, targetColumn))),
                    target,
                    a))
            .where(Columns.customer(l).eq(textParam("customer")))
            .and(anyId(Columns.string(l, parentColumn)))
            .orderBy(Columns.id(l))
            .limit(limit));
  }

  private static Param<String> textParam(String name) {
    return DSL.param(name, SQLDataType.VARCHAR);
  }

  /**
   * {@code column = ANY(?)} with one array bind, written as a template: jOOQ's own {@code DSL.any}
   * renders a null placeholder as {@code false} and, on H2, expands arrays into one bind per
   * element, which would make the SQL depend on the number of IDs.
   */
  private static org.jooq.Condition anyId(Field<String> column) {
    return DSL.condition("{0} = any({1})", column, DSL.param("ids", SQLDataType.VARCHAR.array()));
  }

  /** A row keyed by field name, typed as jOOQ would type it (Columns.javaType). */
  static Map<String, Object> row(ResultSet rs, RowShape shape, boolean parent) throws SQLException {
    return shape.row((i, f) -> f == null ? rs.getString(i + 1) : value(rs, i + 1, f), parent);
  }

  private static Object value(ResultSet rs, int i, FieldDef f) throws SQLException {
    Object v =
        switch (f.type()) {
          case STRING, TEXT, ENUM, ID -> rs.getString(i);
          case INT -> rs.getInt(i);
          case DOUBLE -> rs.getDouble(i);
          case DECIMAL -> rs.getBigDecimal(i);
          case BOOLEAN -> rs.getBoolean(i);
          case DATE_TIME -> rs.getObject(i, OffsetDateTime.class);
          case DATE -> rs.getObject(i, LocalDate.class);
        };
    return rs.wasNull() ? null : v;
  }
}
