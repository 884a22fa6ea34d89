package io.tasklane.work;

import io.tasklane.access.AccessPolicy;
import io.tasklane.objects.CopyOptions;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * PROJ: a status from the customer's project statuses (Planning by default), the creator as owner
 * by default, actual dates stamped when the project starts and completes; a project created with
 * {@code templateID} gets the template's tasks. percentComplete and work are rolled up.
 */
final class ProjectRules implements ObjectRules {
  private final AccessPolicy access;
  private final Templates templates;

  ProjectRules(AccessPolicy access, Templates templates) {
    this.access = access;
    this.templates = templates;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (d.get("status") == null) {
      d.set("status", "PLN");
    }
    if (d.get("ownerID") == null && d.copy().isEmpty()) {
      d.set("ownerID", ctx.actorId().orElse(null));
    }
    if (d.get("priority") == null) {
      d.set("priority", 2);
    }
    d.set("percentComplete", 0.0);
    if (d.copy().filter(c -> c.options().contains(CopyOptions.CLEAR_PROGRESS)).isPresent()) {
      d.set("status", "PLN");
      d.set("actualStartDate", null);
      d.set("actualCompletionDate", null);
    }
    status(ctx, d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, "PROJ", d.id());
    if (d.changes("status")) {
      status(ctx, d);
    }
    Dates.check(d);
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (d.isCreate() && d.copy().isEmpty() && d.get("templateID") != null) {
      templates.instantiate(ctx, d.id(), d.get("templateID").toString(), start(d));
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    access.requireManage(ctx, "PROJ", row.get("ID").toString());
  }

  private static OffsetDateTime start(Draft d) {
    return d.get("plannedStartDate") instanceof OffsetDateTime t ? t : null;
  }

  private static void status(WriteContext ctx, Draft d) {
    if (d.get("status") == null) {
      d.set("status", "PLN");
    }
    String status = d.get("status").toString().toUpperCase(Locale.ROOT);
    d.set("status", status);
    String base = Statuses.base(ctx, Statuses.PROJECT, "PROJ", status);
    OffsetDateTime now = ctx.now().atOffset(ZoneOffset.UTC);
    if ((base.equals("CUR") || base.equals("CPL")) && d.get("actualStartDate") == null) {
      d.set("actualStartDate", now);
    }
    if (base.equals("CPL") && d.get("actualCompletionDate") == null) {
      d.set("actualCompletionDate", now);
    }
    Dates.check(d);
  }
}
