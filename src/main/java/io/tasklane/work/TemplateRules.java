package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/**
 * TMPL and TTSK: a template's owner (the creator by default) or an administrator changes it;
 * template tasks are numbered within their template and nest within it without cycles.
 */
final class TemplateRules {
  private TemplateRules() {}

  static final class Template implements ObjectRules {
    @Override
    public void beforeCreate(WriteContext ctx, Draft d) {
      if (d.get("ownerID") == null && d.copy().isEmpty()) {
        d.set("ownerID", ctx.actorId().orElse(null));
      }
    }

    @Override
    public void beforeEdit(WriteContext ctx, Draft d) {
      requireOwner(ctx, d.previous("ownerID"), d.previous("enteredByID"));
    }

    @Override
    public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
      requireOwner(ctx, row.get("ownerID"), row.get("enteredByID"));
    }
  }

  static final class TemplateTask implements ObjectRules {
    private final Writes writes;
    private final Registry registry;

    TemplateTask(Writes writes, Registry registry) {
      this.writes = writes;
      this.registry = registry;
    }

    @Override
    public void beforeCreate(WriteContext ctx, Draft d) {
      String template =
          d.string("templateID")
              .orElseThrow(() -> ApiException.badRequest("TTSK.templateID is required."));
      Map<String, Object> t = writes.read(ctx, registry.get("TMPL"), template);
      requireOwner(ctx, t.get("ownerID"), t.get("enteredByID"));
      if (d.get("parentID") != null) {
        checkParent(ctx, d, template);
      }
      Integer top =
          ctx.dsl()
              .select(max(field(name("task_number"), Integer.class)))
              .from(table(name("template_tasks")))
              .where(field(name("template_id"), String.class).eq(template))
              .fetchOne(0, Integer.class);
      d.set("taskNumber", top == null ? 1 : top + 1);
      check(d);
    }

    @Override
    public void beforeEdit(WriteContext ctx, Draft d) {
      String template = d.get("templateID").toString();
      Map<String, Object> t = writes.read(ctx, registry.get("TMPL"), template);
      requireOwner(ctx, t.get("ownerID"), t.get("enteredByID"));
      if (d.changes("parentID") && d.get("parentID") != null) {
        checkParent(ctx, d, template);
      }
      check(d);
    }

    @Override
    public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
      if (writes.exists(ctx, registry.get("TMPL"), row.get("templateID").toString())) {
        Map<String, Object> t =
            writes.read(ctx, registry.get("TMPL"), row.get("templateID").toString());
        requireOwner(ctx, t.get("ownerID"), t.get("enteredByID"));
      }
    }

    private void checkParent(WriteContext ctx, Draft d, String template) {
      String up = d.get("parentID").toString();
      Map<String, Object> parent = writes.read(ctx, registry.get("TTSK"), up);
      if (!template.equals(parent.get("templateID"))) {
        throw ApiException.badRequest("Parent template task " + up + " is in another template.");
      }
      for (int depth = 0; up != null && depth < 1000; depth++) {
        if (up.equals(d.id())) {
          throw ApiException.badRequest("A template task cannot be nested under itself.");
        }
        up = (String) writes.read(ctx, registry.get("TTSK"), up).get("parentID");
      }
    }

    private static void check(Draft d) {
      for (String f : new String[] {"work", "duration"}) {
        if (d.get(f) instanceof Double v && v < 0) {
          throw ApiException.badRequest("TTSK." + f + " cannot be negative.");
        }
      }
      if (d.get("startDay") instanceof Integer v && v < 0) {
        throw ApiException.badRequest("TTSK.startDay cannot be negative.");
      }
    }
  }

  static void requireOwner(WriteContext ctx, Object owner, Object creator) {
    if (ctx.privileged()) {
      return;
    }
    String me = ctx.actorId().orElseThrow();
    if (!me.equals(owner) && !me.equals(creator)) {
      throw ApiException.forbidden("Only the template's owner or an administrator may change it.");
    }
  }
}
