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

  private record ByIds(
      String type, List<String> shape, List<String> conditions, String guard, boolean one) {}

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
    RowShape shape = ids.size() == 1 ? requested : requested.unjoined();
    List<String> keys =
        conditions.stream().map(c -> c.path().field().name() + " " + c.modifier()).toList();
    String sql =
        PlainQueries.shape(
            new ByIds(
                type.code(),
                shape.shapeKey(),
                keys,
                scope.guard().map(Guard::sql).orElse(""),
                ids.size() == 1),
            () -> {
              String a = "t";
              List<Condition> where = new ArrayList<>();
              where.add(Columns.customer(a).eq(textParam("customer")));
              // One ID is compared as a scalar: PostgreSQL then settles on one generic plan for the
              // statement, while an array makes it plan every execution anew (0.5 ms with a guard).
              where.add(ids.size() == 1 ? Columns.id(a).eq(textParam("id")) : anyId(Columns.id(a)));
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
    List<Object> binds =
        new ArrayList<>(
            List.of(
                scope.customerId(),
                ids.size() == 1 ? ids.iterator().next() : ids.toArray(String[]::new)));
    scope.guard().ifPresent(g -> binds.addAll(g.binds()));
    return PlainQueries.list(dsl, sql, binds, rs -> row(rs, shape, false));
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
