package io.tasklane.store;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** jOOQ tables and typed columns named only from the registry. */
public final class Columns {
  static final String ID = "id";
  static final String CUSTOMER = "customer_id";

  private Columns() {}

  static Table<?> table(ObjectType type, String alias) {
    return DSL.table(DSL.name(type.table())).as(DSL.name(alias));
  }

  static Table<?> table(ObjectType type) {
    return DSL.table(DSL.name(type.table()));
  }

  static Field<Object> column(String alias, FieldDef field) {
    return typed(DSL.name(alias, field.requireColumn()), field.type());
  }

  static Field<Object> column(FieldDef field) {
    return typed(DSL.name(field.requireColumn()), field.type());
  }

  static Field<String> id(String alias) {
    return DSL.field(DSL.name(alias, ID), String.class);
  }

  static Field<String> customer(String alias) {
    return DSL.field(DSL.name(alias, CUSTOMER), String.class);
  }

  static Field<String> string(String alias, String column) {
    return DSL.field(DSL.name(alias, column), String.class);
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> typed(org.jooq.Name name, FieldType type) {
    return (Field<Object>) DSL.field(name, javaType(type));
  }

  /**
   * {@code field = ANY(?)} with all values in one array bind: one statement and one parse whatever
   * the number of IDs.
   */
  public static org.jooq.Condition anyOf(Field<String> field, java.util.Collection<String> values) {
    // A template, because jOOQ's DSL.any expands the array into one bind per element on H2.
    return DSL.condition(
        "{0} = any({1})",
        field, DSL.val(values.toArray(String[]::new), org.jooq.impl.SQLDataType.VARCHAR.array()));
  }

  static Class<?> javaType(FieldType type) {
    return switch (type) {
      case STRING, TEXT, ENUM, ID -> String.class;
      case INT -> Integer.class;
      case DOUBLE -> Double.class;
      case DECIMAL -> BigDecimal.class;
      case BOOLEAN -> Boolean.class;
      case DATE_TIME -> OffsetDateTime.class;
      case DATE -> LocalDate.class;
    };
  }
}
