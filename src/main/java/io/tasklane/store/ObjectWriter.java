package io.tasklane.store;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Writes objects by API field name. Every statement carries the customer condition; values are
 * bound, columns come from the registry.
 */
public final class ObjectWriter {
  // Inserts, updates and the row lock run on every write; their SQL is rendered once per type and
  // column list (PlainQueries) instead of building and rendering a jOOQ query each time.
  private record Insert(String type, List<String> columns, int rows) {}

  private record Update(String type, List<String> columns) {}

  private record Lock(String type) {}

  public void insert(DSLContext dsl, Scope scope, ObjectType type, Map<String, Object> values) {
    insertAll(dsl, scope, type, List.of(values));
  }

  /**
   * Inserts several rows of one type in one statement; a field some rows lack is NULL in them.
   * Nothing for no rows.
   */
  public void insertAll(
      DSLContext dsl, Scope scope, ObjectType type, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<FieldDef> fields = new ArrayList<>();
    fields.add(type.field("customerID").orElseThrow());
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Map<String, Object> row : rows) {
      names.addAll(row.keySet());
    }
    names.remove("customerID");
    for (String name : names) {
      fields.add(stored(type, name));
    }
    List<Object> binds = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      binds.add(scope.customerId());
      for (FieldDef f : fields.subList(1, fields.size())) {
        binds.add(bind(f, row.get(f.name())));
      }
    }
    String sql =
        PlainQueries.shape(
            new Insert(type.code(), names(fields), rows.size()),
            () -> {
              var insert =
                  dsl.insertInto(Columns.table(type))
                      .columns(fields.stream().map(Columns::column).toList());
              var values = insert.values(params(fields));
              for (int i = 1; i < rows.size(); i++) {
                values = values.values(params(fields));
              }
              return dsl.render(values);
            });
    PlainQueries.update(dsl, sql, binds);
  }

  /** Updates one row; false when no row of this customer has the ID. */
  public boolean update(
      DSLContext dsl, Scope scope, ObjectType type, String id, Map<String, Object> values) {
    if (values.isEmpty()) {
      return true;
    }
    List<FieldDef> fields = new ArrayList<>();
    List<Object> binds = new ArrayList<>();
    values.forEach(
        (name, value) -> {
          FieldDef f = stored(type, name);
          fields.add(f);
          binds.add(bind(f, value));
        });
    binds.add(id);
    binds.add(scope.customerId());
    String sql =
        PlainQueries.shape(
            new Update(type.code(), names(fields)),
            () -> {
              Map<Field<?>, Object> set = new LinkedHashMap<>();
              List<Field<?>> params = params(fields);
              for (int i = 0; i < fields.size(); i++) {
                set.put(Columns.column(fields.get(i)), params.get(i));
              }
              return dsl.render(
                  dsl.update(Columns.table(type))
                      .set(set)
                      .where(DSL.field(DSL.name(Columns.ID), String.class).eq(text("id")))
                      .and(
                          DSL.field(DSL.name(Columns.CUSTOMER), String.class)
                              .eq(text("customer"))));
            });
    return PlainQueries.update(dsl, sql, binds) > 0;
  }

  public boolean delete(DSLContext dsl, Scope scope, ObjectType type, String id) {
    return dsl.deleteFrom(Columns.table(type))
            .where(DSL.field(DSL.name(Columns.ID), String.class).eq(id))
            .and(DSL.field(DSL.name(Columns.CUSTOMER), String.class).eq(scope.customerId()))
            .execute()
        > 0;
  }

  /**
   * The stored, readable values of one object, locking its row until the transaction ends (so
   * concurrent edits of one object serialise).
   */
  public Optional<Map<String, Object>> lock(
      DSLContext dsl, Scope scope, ObjectType type, String id) {
    List<FieldDef> fields = storedFields(type);
    String sql =
        PlainQueries.shape(
            new Lock(type.code()),
            () ->
                dsl.render(
                    dsl.select(fields.stream().map(Columns::column).toList())
                        .from(Columns.table(type))
                        .where(DSL.field(DSL.name(Columns.ID), String.class).eq(text("id")))
                        .and(
                            DSL.field(DSL.name(Columns.CUSTOMER), String.class)
                                .eq(text("customer")))
                        .forUpdate()));
    return PlainQueries.list(
            dsl,
            sql,
            List.of(id, scope.customerId()),
            rs -> BatchReads.row(rs, RowShape.of(fields), false))
        .stream()
        .findFirst();
  }

  /** Which of {@code ids} exist in this customer. */
  public Set<String> existing(
      DSLContext dsl, Scope scope, ObjectType type, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        dsl.select(DSL.field(DSL.name(Columns.ID), String.class))
            .from(Columns.table(type))
            .where(DSL.field(DSL.name(Columns.CUSTOMER), String.class).eq(scope.customerId()))
            .and(
                DSL.field(DSL.name(Columns.ID), String.class)
                    .eq(DSL.any(ids.toArray(String[]::new))))
            .fetch(0, String.class));
  }

  /** IDs of the objects of {@code type} whose {@code field} equals {@code value}. */
  public List<String> idsWhere(
      DSLContext dsl, Scope scope, ObjectType type, String field, Object value) {
    return dsl.select(DSL.field(DSL.name(Columns.ID), String.class))
        .from(Columns.table(type))
        .where(DSL.field(DSL.name(Columns.CUSTOMER), String.class).eq(scope.customerId()))
        .and(Columns.column(stored(type, field)).eq(value))
        .orderBy(DSL.field(DSL.name(Columns.ID)))
        .fetch(0, String.class);
  }

  /** Every stored field except write-only ones, in declaration order. */
  public static List<FieldDef> storedFields(ObjectType type) {
    return type.fields().stream().filter(f -> f.stored() && !f.has(FieldFlag.WRITE_ONLY)).toList();
  }

  private static FieldDef stored(ObjectType type, String name) {
    FieldDef f =
        type.field(name)
            .orElseThrow(() -> new IllegalArgumentException(type.code() + " has no " + name));
    if (!f.stored()) {
      throw new IllegalArgumentException(type.code() + "." + name + " is not stored");
    }
    return f;
  }

  private static List<String> names(List<FieldDef> fields) {
    return fields.stream().map(FieldDef::name).toList();
  }

  /** Typed placeholders, so that the rendered SQL casts where the engine needs it. */
  private static List<Field<?>> params(List<FieldDef> fields) {
    List<Field<?>> out = new ArrayList<>();
    for (FieldDef f : fields) {
      out.add(DSL.param(f.name(), Columns.javaType(f.type())));
    }
    return out;
  }

  private static Field<String> text(String name) {
    return DSL.param(name, String.class);
  }

  /** The JDBC value of a field; NULLs carry the column's type (PostgreSQL needs it). */
  private static Object bind(FieldDef f, Object value) {
    Object v = jdbc(value);
    if (v != null) {
      return v;
    }
    return new PlainQueries.Null(
        switch (f.type()) {
          case INT -> Types.INTEGER;
          case DOUBLE -> Types.DOUBLE;
          case DECIMAL -> Types.NUMERIC;
          case BOOLEAN -> Types.BOOLEAN;
          case DATE_TIME -> Types.TIMESTAMP_WITH_TIMEZONE;
          case DATE -> Types.DATE;
          default -> Types.VARCHAR;
        });
  }

  private static Object jdbc(Object value) {
    if (value instanceof Instant i) {
      return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
    return value;
  }
}
