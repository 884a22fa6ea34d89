package io.tasklane.hours;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.HashMap;
import java.util.Map;

/**
 * HOUR: time is logged by its owner (the caller by default; administrators may log for others) on a
 * task, an issue or a project — filed under the work's project — or as general time; at most 24
 * hours per entry; Project Time by default. Only administrators approve or reject, and approved
 * hours are frozen for everyone else. The work's actualWork follows the hours logged.
 */
final class HourRules implements ObjectRules {
  static final double MAX_HOURS = 24;

  private final Writes writes;
  private final Registry registry;
  private final AccessPolicy access;

  HourRules(Writes writes, Registry registry, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.access = access;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (d.get("ownerID") == null) {
      d.set("ownerID", ctx.actorId().orElse(null));
    }
    if (d.get("ownerID") == null) {
      throw ApiException.badRequest("HOUR.ownerID is required.");
    }
    if (!ctx.privileged() && !ctx.actorId().get().equals(d.get("ownerID"))) {
      throw ApiException.forbidden("You may log hours only for yourself.");
    }
    if (d.get("status") == null) {
      d.set("status", "SUB");
    }
    if (!ctx.privileged() && !"SUB".equals(d.get("status"))) {
      throw ApiException.forbidden("Only administrators approve or reject hours.");
    }
    file(ctx, d);
    checkHours(d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (!ctx.privileged()) {
      if (!ctx.actorId().get().equals(d.previous("ownerID"))) {
        throw ApiException.forbidden("You may change only your own hours.");
      }
      if ("APP".equals(d.previous("status"))) {
        throw ApiException.rule("Approved hours can be changed by administrators only.");
      }
      if (d.changes("status") || d.changes("ownerID")) {
        throw ApiException.forbidden("Only administrators approve, reject or re-assign hours.");
      }
    }
    if (d.changes("taskID")
        || d.changes("opTaskID")
        || d.changes("projectID")
        || d.changes("hourTypeID")) {
      if (d.changes("taskID") || d.changes("opTaskID")) {
        d.set("projectID", null);
      }
      file(ctx, d);
    }
    checkHours(d);
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    if (!ctx.privileged()) {
      if (!ctx.actorId().get().equals(row.get("ownerID"))) {
        throw ApiException.forbidden("You may delete only your own hours.");
      }
      if ("APP".equals(row.get("status"))) {
        throw ApiException.rule("Approved hours can be deleted by administrators only.");
      }
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    Map<String, Object> before = new HashMap<>(d.existing());
    Map<String, Object> after = new HashMap<>(d.existing());
    after.putAll(d.changes());
    recompute(ctx, before);
    recompute(ctx, after);
  }

  @Override
  public void afterDelete(WriteContext ctx, Map<String, Object> row) {
    recompute(ctx, row);
  }

  /** Files the hours under the project of their task or issue, and checks the hour type. */
  private void file(WriteContext ctx, Draft d) {
    if (d.get("taskID") != null && d.get("opTaskID") != null) {
      throw ApiException.badRequest("Hours are logged on a task or an issue, not both.");
    }
    String work = d.get("taskID") != null ? "TASK" : d.get("opTaskID") != null ? "OPTASK" : null;
    if (work != null) {
      String id = d.get(work.equals("TASK") ? "taskID" : "opTaskID").toString();
      Map<String, Object> row = writes.read(ctx, registry.get(work), id);
      access.requireContribute(ctx, work, id);
      d.set("projectID", row.get("projectID"));
    } else if (d.get("projectID") != null) {
      writes.read(ctx, registry.get("PROJ"), d.get("projectID").toString());
      access.requireView(ctx, "PROJ", d.get("projectID").toString());
    }
    boolean onWork = d.get("projectID") != null;
    if (d.get("hourTypeID") == null) {
      if (!onWork) {
        throw ApiException.badRequest(
            "General time (no task, issue or project) needs an hourTypeID.");
      }
      d.set("hourTypeID", HourTypes.find(ctx, HourTypes.PROJECT_TIME).orElse(null));
    }
    if (d.get("hourTypeID") != null) {
      Map<String, Object> type =
          writes.read(ctx, registry.get("HOURT"), d.get("hourTypeID").toString());
      if (!Boolean.TRUE.equals(type.get("isActive"))) {
        throw ApiException.rule("Hour type " + type.get("name") + " is not active.");
      }
      if (onWork != "PROJECT".equals(type.get("scope"))) {
        throw ApiException.badRequest(
            "Hour type "
                + type.get("name")
                + (onWork ? " is for general time, not for work." : " is for hours on work."));
      }
    }
  }

  private static void checkHours(Draft d) {
    Object h = d.get("hours");
    if (h instanceof Double v && (v <= 0 || v > MAX_HOURS)) {
      throw ApiException.badRequest(
          "HOUR.hours must be more than 0 and at most " + (int) MAX_HOURS + ", not " + v + ".");
    }
  }

  /** actualWork of the task or issue and of the project the hours are filed under. */
  private void recompute(WriteContext ctx, Map<String, Object> hour) {
    set(ctx, "TASK", "task_id", hour.get("taskID"));
    set(ctx, "OPTASK", "op_task_id", hour.get("opTaskID"));
    set(ctx, "PROJ", "project_id", hour.get("projectID"));
  }

  private void set(WriteContext ctx, String code, String column, Object id) {
    if (id == null || !writes.exists(ctx, registry.get(code), id.toString())) {
      return;
    }
    Double total =
        ctx.dsl()
            .select(sum(field(name("hours"), Double.class)))
            .from(table(name("hours")))
            .where(field(name(column), String.class).eq(id.toString()))
            .fetchOne(0, Double.class);
    Map<String, Object> v = new HashMap<>();
    v.put("actualWork", total == null ? 0.0 : total);
    writes.setDerived(ctx, registry.get(code), id.toString(), v);
  }
}
