package io.tasklane.hours;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HOURT: every customer has built-in hour types — Project Time for hours on work, and general ones
 * for time off and overhead — which may be deactivated but not renamed or deleted; custom ones are
 * added by administrators.
 */
public final class HourTypes implements ObjectRules {
  public static final String PROJECT_TIME = "Project Time";

  static final List<String> GENERAL =
      List.of("Administration", "Meetings", "Training", "Vacation", "Sick Leave", "Holiday");

  private final Writes writes;
  private final Registry registry;

  HourTypes(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  /** Creates the built-in hour types of the context's customer unless it has them. */
  public void ensureBuiltIns(WriteContext ctx) {
    if (find(ctx, PROJECT_TIME).isPresent()) {
      return;
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(PROJECT_TIME, "PROJECT");
    GENERAL.forEach(g -> all.put(g, "GENERAL"));
    all.forEach(
        (name, scope) ->
            writes.create(
                ctx,
                registry.get("HOURT"),
                Map.of("name", name, "scope", scope, "isActive", true, "isBuiltIn", true)));
  }

  static Optional<String> find(WriteContext ctx, String typeName) {
    return ctx.dsl()
        .select(field(name("id"), String.class))
        .from(table(name("hour_types")))
        .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(field(name("name"), String.class).eq(typeName))
        .fetchOptional(0, String.class);
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (d.get("scope") == null) {
      d.set("scope", "GENERAL");
    }
    if (d.get("isActive") == null) {
      d.set("isActive", true);
    }
    if (ctx.actor().isPresent()) {
      d.set("isBuiltIn", false);
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (Boolean.TRUE.equals(d.previous("isBuiltIn")) && (d.changes("name") || d.changes("scope"))) {
      throw ApiException.rule(
          "Built-in hour type " + d.previous("name") + " keeps its name and scope.");
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    if (Boolean.TRUE.equals(row.get("isBuiltIn"))) {
      throw ApiException.rule(
          "Built-in hour type " + row.get("name") + " cannot be deleted; deactivate it instead.");
    }
  }
}
