package io.tasklane.store;

import io.tasklane.common.ApiException;
import io.tasklane.query.FieldPath;
import io.tasklane.query.Filter;
import io.tasklane.query.Modifier;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Compiles filter trees to SQL conditions. Reference steps become LEFT JOINs of the enclosing
 * scope; a collection step becomes a correlated EXISTS over the children (any element matches),
 * except for negative modifiers, {@code isnull} and {@code isblank}, where a parent is excluded
 * only when it has elements and none of them match (reference §4.3).
 */
final class FilterCompiler {
  private final Registry registry;

  FilterCompiler(Registry registry) {
    this.registry = registry;
  }

  Condition compile(Filter filter, FromScope from, FromScope outer) {
    return compile(filter, from, from.alias(), outer, true);
  }

  /**
   * {@code filter} on the object at {@code alias} of {@code from}. With {@code narrow}, each
   * sub-query over another type (an EXISTS block, a collection step) keeps only the objects the
   * scope's narrowing lets the caller find; the server's own filters ({@link Filter.Trusted}) are
   * not narrowed.
   */
  private Condition compile(
      Filter filter, FromScope from, String alias, FromScope outer, boolean narrow) {
    if (filter instanceof Filter.All all) {
      List<Condition> parts = new ArrayList<>();
      for (Filter f : all.parts()) {
        parts.add(compile(f, from, alias, outer, narrow));
      }
      return DSL.and(parts);
    }
    if (filter instanceof Filter.Any any) {
      List<Condition> parts = new ArrayList<>();
      for (Filter f : any.parts()) {
        parts.add(compile(f, from, alias, outer, narrow));
      }
      return DSL.or(parts);
    }
    if (filter instanceof Filter.Trusted t) {
      return compile(t.filter(), from, alias, outer, false);
    }
    if (filter instanceof Filter.Compare c) {
      boolean emptyMatches =
          c.modifier().negative()
              || c.modifier() == Modifier.ISNULL
              || c.modifier() == Modifier.ISBLANK;
      return onPath(
          from,
          alias,
          c.path().steps(),
          c.path().field(),
          column -> Predicates.of(column, c.modifier(), c.values()),
          emptyMatches,
          narrow);
    }
    requireBase(from, alias, filter);
    if (filter instanceof Filter.CompareFields c) {
      Field<Object> left = column(from, c.left());
      Field<Object> right = column(c.rightIsOuter() ? outer : from, c.right());
      return Predicates.compareFields(left, c.modifier(), right);
    }
    Filter.Exists e = (Filter.Exists) filter;
    FromScope sub = new FromScope(e.target(), from.scope(), from.aliases());
    Condition inner = compile(e.filter(), sub, sub.alias(), from, narrow);
    if (narrow) {
      inner = inner.and(visible(sub, sub.alias(), e.target()));
    }
    Condition exists = DSL.exists(DSL.selectOne().from(sub.from()).where(sub.scoped().and(inner)));
    return e.negated() ? DSL.not(exists) : exists;
  }

  /** A filter that keeps every object (value-less conditions are not nothing). */
  static boolean everything(Filter f) {
    if (f instanceof Filter.Trusted t) {
      return everything(t.filter());
    }
    return f instanceof Filter.All all && all.parts().stream().allMatch(FilterCompiler::everything);
  }

  /** What the caller may find of {@code type}, on the object at {@code alias} of {@code from}. */
  Condition visible(FromScope from, String alias, ObjectType type) {
    return compile(from.scope().narrowing().apply(type), from, alias, null, false);
  }

  /** FIELD: comparisons and EXISTS blocks correlate with a scope's base object only. */
  private static void requireBase(FromScope from, String alias, Filter filter) {
    if (!alias.equals(from.alias())) {
      throw new IllegalStateException("not on a scope's base object: " + filter);
    }
  }

  /** A column reachable through reference steps only (sorts and FIELD: comparisons). */
  Field<Object> column(FromScope from, FieldPath path) {
    if (path.crossesCollection()) {
      throw ApiException.badRequest(
          "'"
              + path
              + "' goes through a collection; only reference paths can be sorted on or"
              + " compared with FIELD:.");
    }
    String alias = from.joinRefs(from.alias(), path.steps());
    return Columns.column(alias, path.field());
  }

  private Condition onPath(
      FromScope from,
      String alias,
      List<FieldPath.Step> steps,
      FieldDef field,
      Function<Field<Object>, Condition> predicate,
      boolean emptyMatches,
      boolean narrow) {
    int k = firstCollection(steps);
    if (k < 0) {
      String a = from.joinRefs(alias, steps);
      return predicate.apply(Columns.column(a, field));
    }
    String parentAlias = from.joinRefs(alias, steps.subList(0, k));
    FieldPath.CollectionStep step = (FieldPath.CollectionStep) steps.get(k);
    Children children = children(from, parentAlias, step, narrow);
    Condition inner =
        onPath(
            children.scope,
            children.targetAlias,
            steps.subList(k + 1, steps.size()),
            field,
            predicate,
            emptyMatches,
            narrow);
    Condition matching =
        DSL.exists(
            DSL.selectOne()
                .from(children.scope.from())
                .where(children.scope.scoped().and(children.correlation).and(inner)));
    if (!emptyMatches) {
      return matching;
    }
    Children any = children(from, parentAlias, step, narrow);
    Condition hasElements =
        DSL.exists(
            DSL.selectOne().from(any.scope.from()).where(any.scope.scoped().and(any.correlation)));
    return DSL.not(hasElements).or(matching);
  }

  private record Children(FromScope scope, String targetAlias, Condition correlation) {}

  /**
   * A sub-scope over the elements of {@code step}, correlated with {@code parentAlias}; with {@code
   * narrow} only the elements the caller may find.
   */
  private Children children(
      FromScope from, String parentAlias, FieldPath.CollectionStep step, boolean narrow) {
    CollectionDef c = step.collection();
    Children children;
    if (c.link().isEmpty()) {
      FromScope sub = new FromScope(step.target(), from.scope(), from.aliases());
      String childColumn = step.target().field(c.childField()).orElseThrow().requireColumn();
      Condition correlation = Columns.string(sub.alias(), childColumn).eq(Columns.id(parentAlias));
      children = new Children(sub, sub.alias(), correlation);
    } else {
      CollectionDef.Link link = c.link().get();
      ObjectType linkType = registry.get(link.code());
      FromScope sub = new FromScope(linkType, from.scope(), from.aliases());
      String parentColumn = linkType.field(link.parentField()).orElseThrow().requireColumn();
      Condition correlation = Columns.string(sub.alias(), parentColumn).eq(Columns.id(parentAlias));
      RefDef toTarget =
          linkType
              .refByIdField(link.targetField())
              .orElseThrow(() -> new IllegalStateException(link.code() + " lacks a reference"));
      String targetAlias =
          sub.joinRefs(sub.alias(), List.of(new FieldPath.RefStep(toTarget, step.target())));
      children = new Children(sub, targetAlias, correlation);
    }
    if (!narrow) {
      return children;
    }
    Condition visible = visible(children.scope, children.targetAlias, step.target());
    return new Children(children.scope, children.targetAlias, children.correlation.and(visible));
  }

  private static int firstCollection(List<FieldPath.Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof FieldPath.CollectionStep) {
        return i;
      }
    }
    return -1;
  }
}
