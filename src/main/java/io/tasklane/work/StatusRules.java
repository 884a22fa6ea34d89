package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.util.Locale;
import java.util.Map;
import org.jooq.Condition;

/**
 * CSTEM (reference §10.6): administrators add custom statuses — a three-character code unique in
 * its class and group, equating with one of the class's built-in statuses — and may hide them;
 * built-in statuses keep their code and meaning; a status in use cannot be deleted.
 */
final class StatusRules implements ObjectRules {
  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String enumClass =
        d.string("enumClass")
            .orElseThrow(() -> ApiException.badRequest("CSTEM.enumClass is required."));
    String value = code(d.get("value"), "value");
    d.set("value", value);
    if (d.get("equatesWith") == null) {
      if (!Statuses.builtIn(enumClass, value)) {
        throw ApiException.badRequest(
            "A custom status needs equatesWith, one of " + builtIns(enumClass) + ".");
      }
      d.set("equatesWith", value);
    }
    String equates = code(d.get("equatesWith"), "equatesWith");
    d.set("equatesWith", equates);
    if (!Statuses.builtIn(enumClass, equates)) {
      throw ApiException.badRequest(
          "equatesWith must be a built-in status of "
              + enumClass
              + ": "
              + builtIns(enumClass)
              + ".");
    }
    Condition group =
        d.get("groupID") == null
            ? field(name("group_id")).isNull()
            : field(name("group_id"), String.class).eq(d.get("groupID").toString());
    boolean taken =
        ctx.dsl()
            .fetchExists(
                ctx.dsl()
                    .selectOne()
                    .from(table(name("custom_enums")))
                    .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
                    .and(field(name("enum_class"), String.class).eq(enumClass))
                    .and(field(name("enum_value"), String.class).eq(value))
                    .and(group));
    if (taken) {
      throw ApiException.conflict(enumClass + " already has a status " + value + ".");
    }
    names(d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    String enumClass = d.get("enumClass").toString();
    if (d.changes("equatesWith")) {
      String equates = code(d.get("equatesWith"), "equatesWith");
      if (d.get("groupID") == null && Statuses.builtIn(enumClass, d.get("value").toString())) {
        throw ApiException.rule(
            "Built-in status " + d.get("value") + " always equates with itself.");
      }
      if (!Statuses.builtIn(enumClass, equates)) {
        throw ApiException.badRequest(
            "equatesWith must be a built-in status of "
                + enumClass
                + ": "
                + builtIns(enumClass)
                + ".");
      }
      d.set("equatesWith", equates);
    }
    names(d);
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    String enumClass = row.get("enumClass").toString();
    String value = row.get("value").toString();
    if (row.get("groupID") == null && Statuses.builtIn(enumClass, value)) {
      throw ApiException.rule("Built-in status " + value + " cannot be deleted; hide it instead.");
    }
    String table =
        switch (enumClass) {
          case Statuses.PROJECT -> "projects";
          case Statuses.TASK -> "tasks";
          default -> "issues";
        };
    boolean used =
        ctx.dsl()
            .fetchExists(
                ctx.dsl()
                    .selectOne()
                    .from(table(name(table)))
                    .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
                    .and(field(name("status"), String.class).eq(value)));
    if (used) {
      throw ApiException.conflict("Status " + value + " is in use and cannot be deleted.");
    }
  }

  private static void names(Draft d) {
    if (d.get("label") == null && d.get("name") != null) {
      d.set("label", d.get("name"));
    }
    if (d.get("label") == null) {
      d.set("label", d.get("value"));
    }
    d.set("name", d.get("label"));
  }

  private static String code(Object raw, String field) {
    String v = raw == null ? "" : raw.toString().trim().toUpperCase(Locale.ROOT);
    if (!v.matches("[A-Z0-9]{3}")) {
      throw ApiException.badRequest(
          "CSTEM." + field + " must be a three-character code such as RVW, not '" + raw + "'.");
    }
    return v;
  }

  private static java.util.List<String> builtIns(String enumClass) {
    return Statuses.BUILT_IN.get(enumClass).stream().map(Statuses.BuiltIn::value).toList();
  }
}
