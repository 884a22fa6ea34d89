package io.tasklane.store;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What a read loads of each row: the row's own stored fields, and to-one references whose target is
 * read by a LEFT JOIN in the same statement instead of by a statement of its own ({@code
 * fields=project:name} on a search or a GET by ID is then one statement, not two). Joins are kept
 * for statements whose plan PostgreSQL reuses; see {@link #unjoined()}.
 */
public record RowShape(List<FieldDef> columns, List<JoinedRef> joins) {
  /** Prefix of the row keys under which joined targets are returned. */
  private static final String JOINED = "joined:";

  public RowShape {
    columns = List.copyOf(columns);
    joins = List.copyOf(joins);
  }

  public static RowShape of(Collection<FieldDef> columns) {
    return new RowShape(List.copyOf(columns), List.of());
  }

  /**
   * This shape for a statement that binds a list of IDs as an array: PostgreSQL plans such a
   * statement on every execution, and planning a join there cost more (0.34–0.43 ms for assignments
   * with their assignees, {@code EXPLAIN ANALYZE}) than planning and running the separate load by
   * ID it would save (0.16 + 0.04 ms). Their references are then loaded by ID (objects.Projector
   * sees no joined rows).
   */
  RowShape unjoined() {
    return joins.isEmpty() ? this : new RowShape(columns, List.of());
  }

  /**
   * A reference of the row's type whose target's {@code columns} (the first of them its ID) join
   * the statement; the target's row, or null when the reference is empty or dangling, is under
   * {@link #key()}.
   */
  public record JoinedRef(RefDef ref, ObjectType target, List<FieldDef> columns) {
    public JoinedRef {
      columns = List.copyOf(columns);
    }

    public String key() {
      return joinedKey(ref);
    }

    /** Part of a fixed-shape statement's cache key. */
    String shapeKey() {
      return ref.idField() + ">" + target.code() + columns.stream().map(FieldDef::name).toList();
    }
  }

  /** The row key of the target of {@code ref} when it is joined. */
  public static String joinedKey(RefDef ref) {
    return JOINED + ref.idField();
  }

  /** Part of a fixed-shape statement's cache key. */
  List<String> shapeKey() {
    List<String> out = new ArrayList<>(columns.size() + joins.size());
    columns.forEach(f -> out.add(f.name()));
    joins.forEach(j -> out.add(j.shapeKey()));
    return out;
  }

  /**
   * The select list: the row's columns from {@code alias}, then each joined target's from the alias
   * {@code joinAlias} gives it.
   */
  List<Field<?>> select(String alias, java.util.function.Function<JoinedRef, String> joinAlias) {
    List<Field<?>> out = new ArrayList<>();
    columns.forEach(f -> out.add(Columns.column(alias, f)));
    for (JoinedRef j : joins) {
      String a = joinAlias.apply(j);
      j.columns().forEach(f -> out.add(Columns.column(a, f)));
    }
    return out;
  }

  /**
   * {@code from} with a LEFT JOIN per joined reference of the rows at {@code alias} (of type {@code
   * owner}), aliased {@code j0}, {@code j1}…; the target is the owner's customer's.
   */
  Table<?> joined(Table<?> from, ObjectType owner, String alias) {
    Table<?> out = from;
    for (int i = 0; i < joins.size(); i++) {
      JoinedRef j = joins.get(i);
      String a = "j" + i;
      String idColumn = owner.field(j.ref().idField()).orElseThrow().requireColumn();
      out =
          out.leftJoin(Columns.table(j.target(), a))
              .on(Columns.id(a).eq(Columns.string(alias, idColumn)))
              .and(Columns.customer(a).eq(Columns.customer(alias)));
    }
    return out;
  }

  /** The alias {@link #joined} gives each joined reference. */
  String fixedAlias(JoinedRef j) {
    return "j" + joins.indexOf(j);
  }

  /** Reads the value at a 0-based position of the select list. */
  @FunctionalInterface
  interface Values {
    /** {@code field} is null for the trailing parent ID of collection elements. */
    Object get(int index, FieldDef field) throws SQLException;
  }

  /**
   * One row keyed by field name, joined targets as nested rows; with {@code parent}, the value
   * after the select list is the parent's ID under {@link ObjectReader#PARENT}.
   */
  Map<String, Object> row(Values values, boolean parent) throws SQLException {
    // Sized for every entry: growing the map was about 30 % of the bytes a TASK search allocated
    // (JFR allocation samples).
    Map<String, Object> row = sized(columns.size() + joins.size() + 1);
    int i = 0;
    for (FieldDef f : columns) {
      row.put(f.name(), values.get(i++, f));
    }
    for (JoinedRef j : joins) {
      Map<String, Object> target = sized(j.columns().size());
      for (FieldDef f : j.columns()) {
        target.put(f.name(), values.get(i++, f));
      }
      row.put(j.key(), target.get("ID") == null ? null : target);
    }
    if (parent) {
      row.put(ObjectReader.PARENT, values.get(i, null));
    }
    return row;
  }

  /** A map that holds {@code entries} without growing (Java 19's newLinkedHashMap). */
  private static Map<String, Object> sized(int entries) {
    return new LinkedHashMap<>((int) Math.ceil(entries / 0.75));
  }
}
