package io.tasklane.work;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.CopyOptions;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/**
 * OPTASK: an issue belongs to a project, or to a task and through it to the task's project; its
 * status and percentComplete agree as a task's do; the reporter is its owner by default. Changing
 * {@code projectID} or {@code taskID} moves it.
 */
final class IssueRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final Assignments assignments;
  private final AccessPolicy access;
  private final Moves moves;

  IssueRules(
      Writes writes, Registry registry, Assignments assignments, AccessPolicy access, Moves moves) {
    this.writes = writes;
    this.registry = registry;
    this.assignments = assignments;
    this.access = access;
    this.moves = moves;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    placeUnderTask(ctx, d);
    String projectId =
        d.string("projectID")
            .orElseThrow(() -> ApiException.badRequest("OPTASK needs a projectID or a taskID."));
    writes.read(ctx, registry.get("PROJ"), projectId);
    access.requireView(ctx, "PROJ", projectId);
    d.copy()
        .ifPresent(
            c -> {
              d.set("assignedToID", null);
              if (c.options().contains(CopyOptions.CLEAR_PROGRESS)) {
                d.set("status", Statuses.NEW);
                d.set("percentComplete", 0.0);
                d.set("actualCompletionDate", null);
              }
            });
    if (d.get("ownerID") == null) {
      d.set("ownerID", ctx.actorId().orElse(null));
    }
    if (d.get("opTaskType") == null) {
      d.set("opTaskType", "ISU");
    }
    if (d.get("priority") == null) {
      d.set("priority", 2);
    }
    checkRanges(d);
    Progress.apply(ctx, d, Statuses.ISSUE);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, "OPTASK", d.id());
    if (d.changes("taskID")) {
      placeUnderTask(ctx, d);
    } else if (d.changes("projectID") && d.get("taskID") != null) {
      Map<String, Object> task = writes.read(ctx, registry.get("TASK"), d.get("taskID").toString());
      if (!d.get("projectID").equals(task.get("projectID"))) {
        d.set("taskID", null); // moved to another project, it leaves the task behind
      }
    }
    if (d.changes("projectID")) {
      if (d.get("projectID") == null) {
        throw ApiException.badRequest("OPTASK.projectID cannot be removed.");
      }
      writes.read(ctx, registry.get("PROJ"), d.get("projectID").toString());
      access.requireView(ctx, "PROJ", d.get("projectID").toString());
    }
    checkRanges(d);
    if (d.changes("percentComplete") || d.changes("status")) {
      Progress.apply(ctx, d, Statuses.ISSUE);
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (d.changes("assignedToID")) {
      if (d.get("assignedToID") != null) {
        assignments.ensurePrimary(ctx, "OPTASK", d.id(), d.get("assignedToID").toString());
      } else if (!d.isCreate()) {
        assignments.clearPrimary(ctx, "OPTASK", d.id());
      }
    }
    if (!d.isCreate() && d.changes("projectID")) {
      moves.issueMoved(
          ctx, d.id(), d.previous("projectID").toString(), d.get("projectID").toString());
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    access.requireManage(ctx, "OPTASK", row.get("ID").toString());
  }

  /** An issue of a task is in the task's project. */
  private void placeUnderTask(WriteContext ctx, Draft d) {
    if (d.get("taskID") == null) {
      return;
    }
    Map<String, Object> task = writes.read(ctx, registry.get("TASK"), d.get("taskID").toString());
    Object project = task.get("projectID");
    if (d.changes("projectID")
        && d.get("projectID") != null
        && !d.get("projectID").equals(project)) {
      throw ApiException.badRequest(
          "Task "
              + d.get("taskID")
              + " is in project "
              + project
              + ", not "
              + d.get("projectID")
              + ".");
    }
    d.set("projectID", project);
  }

  private static void checkRanges(Draft d) {
    range(d, "priority", 0, 4);
    range(d, "severity", 0, 5);
  }

  static void range(Draft d, String field, int min, int max) {
    if (d.changes(field) && d.get(field) instanceof Integer v && (v < min || v > max)) {
      throw ApiException.badRequest(
          d.type().code()
              + "."
              + field
              + " must be between "
              + min
              + " and "
              + max
              + ", not "
              + v
              + ".");
    }
  }
}
