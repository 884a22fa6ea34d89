package io.tasklane.store;

import io.tasklane.query.FieldPath;
import io.tasklane.schema.ObjectType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Table;

/**
 * The tables of one SELECT: a base table and the LEFT JOINs its reference paths need, one per
 * distinct path. Sub-queries for collections and EXISTS blocks get their own scope.
 */
final class FromScope {
  private final ObjectType type;
  private final String alias;
  private final Scope scope;
  private final AliasSource aliases;
  private final Map<String, Join> joins = new LinkedHashMap<>();
  private final Map<String, ObjectType> typeOfAlias = new HashMap<>();
  private Table<?> base;

  private record Join(String alias, Table<?> table, Condition on) {}

  /** Hands out unique aliases within one statement. */
  static final class AliasSource {
    private int next;

    String next(String prefix) {
      return prefix + (next++);
    }
  }

  FromScope(ObjectType type, Scope scope, AliasSource aliases) {
    this.type = type;
    this.scope = scope;
    this.aliases = aliases;
    this.alias = aliases.next("t");
    typeOfAlias.put(alias, type);
    this.base = Columns.table(type, alias);
  }

  /**
   * Reads the base type's rows from {@code standIn} (aliased {@link #alias()}) instead of its
   * table: pre-summed rows for a report (SummarySource).
   */
  void standIn(Table<?> standIn) {
    this.base = standIn;
  }

  ObjectType type() {
    return type;
  }

  String alias() {
    return alias;
  }

  Scope scope() {
    return scope;
  }

  AliasSource aliases() {
    return aliases;
  }

  /** The base table's customer condition. */
  Condition scoped() {
    return Columns.customer(alias).eq(scope.customerId());
  }

  /**
   * Follows reference steps from {@code fromAlias} and returns the alias of the last target, adding
   * one LEFT JOIN per distinct path.
   */
  String joinRefs(String fromAlias, List<FieldPath.Step> refSteps) {
    String current = fromAlias;
    for (FieldPath.Step step : refSteps) {
      FieldPath.RefStep ref = (FieldPath.RefStep) step;
      String key = current + ":" + ref.name();
      Join join = joins.get(key);
      if (join == null) {
        String a = aliases.next("j");
        ObjectType owner = typeOfAlias.get(current);
        String idColumn = owner.field(ref.ref().idField()).orElseThrow().requireColumn();
        Condition on =
            Columns.id(a)
                .eq(Columns.string(current, idColumn))
                .and(Columns.customer(a).eq(scope.customerId()));
        join = new Join(a, Columns.table(ref.target(), a), on);
        joins.put(key, join);
        typeOfAlias.put(a, ref.target());
      }
      current = join.alias();
    }
    return current;
  }

  Table<?> from() {
    Table<?> t = base;
    for (Join j : joins.values()) {
      t = t.leftJoin(j.table()).on(j.on());
    }
    return t;
  }
}
