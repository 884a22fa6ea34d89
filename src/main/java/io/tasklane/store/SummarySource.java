package io.tasklane.store;

import io.tasklane.query.FieldPath;
import io.tasklane.query.ReportSpec;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import io.tasklane.schema.Summary;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The rows a report adds up, pre-summed where the registry declares a maintained total ({@link
 * Summary}). A report that only sums the measure, over every object, grouped by the summary's
 * reference (its ID or any path through it) gets the same groups and sums from one row per target —
 * its total — plus the objects that point at no target, instead of from every object: the HOUR
 * report by project reads 1,000 project totals, not 2,000,000 hours.
 *
 * <p>The stand-in rows carry the columns such a report can touch: customer, the reference's ID
 * column and the measure. A target belongs when its total is not 0 or it has objects at all (a
 * target whose objects sum to 0 is still a group).
 */
final class SummarySource {
  private final Registry registry;

  SummarySource(Registry registry) {
    this.registry = registry;
  }

  /** The stand-in base table for {@code spec}, aliased {@code alias}, if a summary answers it. */
  Optional<Table<?>> of(ReportSpec spec, Scope scope, String alias) {
    if (!FilterCompiler.everything(spec.filter()) || spec.aggregates().isEmpty()) {
      return Optional.empty();
    }
    for (Summary s : spec.type().summaries()) {
      if (answers(spec, s)) {
        return Optional.of(table(spec.type(), s, scope, alias));
      }
    }
    return Optional.empty();
  }

  private static boolean answers(ReportSpec spec, Summary s) {
    RefDef ref = spec.type().ref(s.ref()).orElseThrow();
    for (ReportSpec.Aggregate a : spec.aggregates()) {
      if (a.function() != ReportSpec.Function.SUM
          || !a.path().steps().isEmpty()
          || !a.path().field().name().equals(s.measure())) {
        return false;
      }
    }
    for (FieldPath g : spec.groupBy()) {
      boolean byId = g.steps().isEmpty() && g.field().name().equals(ref.idField());
      boolean through =
          !g.steps().isEmpty()
              && g.steps().get(0) instanceof FieldPath.RefStep r
              && r.ref().name().equals(ref.name());
      if (!byId && !through) {
        return false;
      }
    }
    return true;
  }

  private Table<?> table(ObjectType type, Summary s, Scope scope, String alias) {
    ObjectType target = registry.get(type.ref(s.ref()).orElseThrow().targetCode());
    FieldDef idField = type.field(type.ref(s.ref()).orElseThrow().idField()).orElseThrow();
    FieldDef measure = type.field(s.measure()).orElseThrow();
    FieldDef total = target.field(s.total()).orElseThrow();
    String refColumn = idField.requireColumn();
    String measureColumn = measure.requireColumn();
    Field<Object> totalValue = Columns.column("s", total);
    var members =
        DSL.exists(
            DSL.selectOne()
                .from(Columns.table(type, "m"))
                .where(Columns.customer("m").eq(scope.customerId()))
                .and(Columns.string("m", refColumn).eq(Columns.id("s"))));
    var totals =
        DSL.select(
                Columns.customer("s").as(Columns.CUSTOMER),
                Columns.id("s").as(refColumn),
                totalValue.as(measureColumn))
            .from(Columns.table(target, "s"))
            .where(Columns.customer("s").eq(scope.customerId()))
            .and(totalValue.ne(DSL.inline(0)).or(members));
    var unattached =
        DSL.select(
                Columns.customer("u").as(Columns.CUSTOMER),
                Columns.string("u", refColumn).as(refColumn),
                Columns.column("u", measure).as(measureColumn))
            .from(Columns.table(type, "u"))
            .where(Columns.customer("u").eq(scope.customerId()))
            .and(Columns.string("u", refColumn).isNull());
    return totals.unionAll(unattached).asTable(DSL.name(alias));
  }
}
