package io.tasklane.store;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
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
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Writes objects by API field name. Every statement carries the customer condition; values are
 * bound, columns come from the registry.
 */
public final class ObjectWriter {

  public void insert(DSLContext dsl, Scope scope, ObjectType type, Map<String, Object> values) {
    List<Field<?>> columns = new ArrayList<>();
    List<Object> row = new ArrayList<>();
    columns.add(Columns.column(type.field("customerID").orElseThrow()));
    row.add(scope.customerId());
    values.forEach(
        (name, value) -> {
          if (name.equals("customerID")) {
            return;
          }
          FieldDef f = stored(type, name);
          columns.add(Columns.column(f));
          row.add(jdbc(value));
        });
    dsl.insertInto(Columns.table(type)).columns(columns).values(row).execute();
  }

  /** Updates one row; false when no row of this customer has the ID. */
  public boolean update(
      DSLContext dsl, Scope scope, ObjectType type, String id, Map<String, Object> values) {
    if (values.isEmpty()) {
      return true;
    }
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    values.forEach((name, value) -> set.put(Columns.column(stored(type, name)), jdbc(value)));
    return dsl.update(Columns.table(type))
            .set(set)
            .where(DSL.field(DSL.name(Columns.ID), String.class).eq(id))
            .and(DSL.field(DSL.name(Columns.CUSTOMER), String.class).eq(scope.customerId()))
            .execute()
        > 0;
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
    Record r =
        dsl.select(fields.stream().map(Columns::column).toList())
            .from(Columns.table(type))
            .where(DSL.field(DSL.name(Columns.ID), String.class).eq(id))
            .and(DSL.field(DSL.name(Columns.CUSTOMER), String.class).eq(scope.customerId()))
            .forUpdate()
            .fetchOne();
    if (r == null) {
      return Optional.empty();
    }
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      row.put(fields.get(i).name(), r.get(i));
    }
    return Optional.of(row);
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

  private static Object jdbc(Object value) {
    if (value instanceof Instant i) {
      return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
    return value;
  }
}
