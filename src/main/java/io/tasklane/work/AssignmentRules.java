package io.tasklane.work;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;
import java.util.Objects;

/**
 * ASSGN: an assignment belongs to exactly one task or issue and names a user, a job role or a team.
 * The assignment guard checks a new user on every path (direct, the {@code assignments} collection,
 * {@code assignedToID}, bulk, batch, copy, {@code assignMultiple}) because {@code assignedTo} is
 * declared an assignee reference. Work items and the parent's primary assignee follow.
 */
final class AssignmentRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final Assignments assignments;
  private final AccessPolicy access;

  AssignmentRules(Writes writes, Registry registry, Assignments assignments, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.assignments = assignments;
    this.access = access;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    boolean task = d.get("taskID") != null;
    boolean issue = d.get("opTaskID") != null;
    if (task == issue) {
      throw ApiException.badRequest("An assignment needs exactly one of taskID and opTaskID.");
    }
    if (d.get("assignedToID") == null && d.get("roleID") == null && d.get("teamID") == null) {
      throw ApiException.badRequest(
          "An assignment needs an assignedToID (user), a roleID (job role) or a teamID.");
    }
    String objCode = task ? "TASK" : "OPTASK";
    String objId = d.get(task ? "taskID" : "opTaskID").toString();
    Map<String, Object> parent = writes.read(ctx, registry.get(objCode), objId);
    access.requireContribute(ctx, objCode, objId);
    d.set("projectID", parent.get("projectID"));
    d.set("assignedByID", ctx.actorId().orElse(null));
    if (d.get("assignmentPercent") == null) {
      d.set("assignmentPercent", 100.0);
    }
    if (d.get("status") == null) {
      d.set("status", "NEW");
    }
    if (d.get("isPrimary") == null) {
      d.set("isPrimary", false);
    }
    checkPercent(d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, objCode(d), objId(d));
    if (d.get("assignedToID") == null && d.get("roleID") == null && d.get("teamID") == null) {
      throw ApiException.badRequest(
          "An assignment needs an assignedToID (user), a roleID (job role) or a teamID.");
    }
    checkPercent(d);
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    String objCode = objCode(d);
    String objId = objId(d);
    Object before = d.previous("assignedToID");
    Object after = d.get("assignedToID");
    if (!d.isCreate() && before != null && !Objects.equals(before, after)) {
      assignments.dropWorkItem(ctx, objId, before.toString());
    }
    if (after != null) {
      Object project = d.get("projectID");
      assignments.ensureWorkItem(
          ctx, objCode, objId, after.toString(), project == null ? null : project.toString());
    }
    if (d.isCreate() || d.changes("assignedToID") || d.changes("isPrimary")) {
      assignments.sync(ctx, objCode, objId);
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    String objCode = row.get("taskID") != null ? "TASK" : "OPTASK";
    access.requireContribute(ctx, objCode, objId(row));
  }

  @Override
  public void afterDelete(WriteContext ctx, Map<String, Object> row) {
    String objCode = row.get("taskID") != null ? "TASK" : "OPTASK";
    String objId = objId(row);
    if (row.get("assignedToID") != null) {
      assignments.dropWorkItem(ctx, objId, row.get("assignedToID").toString());
    }
    if (writes.exists(ctx, registry.get(objCode), objId)) {
      assignments.sync(ctx, objCode, objId);
    }
  }

  private static void checkPercent(Draft d) {
    Object p = d.get("assignmentPercent");
    if (p instanceof Double v && (v < 0 || v > 100)) {
      throw ApiException.badRequest("assignmentPercent must be between 0 and 100, not " + v + ".");
    }
  }

  private static String objCode(Draft d) {
    return d.get("taskID") != null ? "TASK" : "OPTASK";
  }

  private static String objId(Draft d) {
    return String.valueOf(d.get(d.get("taskID") != null ? "taskID" : "opTaskID"));
  }

  private static String objId(Map<String, Object> row) {
    return String.valueOf(row.get(row.get("taskID") != null ? "taskID" : "opTaskID"));
  }
}
