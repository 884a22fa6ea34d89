package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Record2;

/**
 * Keeps a task's or issue's {@code assignedTo} (its primary assignee) and its users' work items in
 * step with its assignments. Setting {@code assignedToID} assigns that user (creating the
 * assignment through the pipeline, so the guard applies); the primary is the assignment flagged
 * {@code isPrimary}, else the first user assignment.
 */
final class Assignments {
  private final Writes writes;
  private final Registry registry;

  Assignments(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  static String parentColumn(String objCode) {
    return objCode.equals("TASK") ? "task_id" : "op_task_id";
  }

  static String parentField(String objCode) {
    return objCode.equals("TASK") ? "taskID" : "opTaskID";
  }

  static String tableOf(String objCode) {
    return objCode.equals("TASK") ? "tasks" : "issues";
  }

  /** Makes {@code userId} the primary assignee of the object, assigning them if needed. */
  void ensurePrimary(WriteContext ctx, String objCode, String objId, String userId) {
    Optional<String> existing =
        ctx.dsl()
            .select(field(name("id"), String.class))
            .from(table(name("assignments")))
            .where(field(name(parentColumn(objCode)), String.class).eq(objId))
            .and(field(name("assigned_to_id"), String.class).eq(userId))
            .fetchOptional(0, String.class);
    if (existing.isEmpty()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put(parentField(objCode), objId);
      v.put("assignedToID", userId);
      v.put("isPrimary", true);
      writes.create(ctx, registry.get("ASSGN"), v);
      return;
    }
    markPrimary(ctx, objCode, objId, existing.get());
  }

  /** No assignment of the object is primary (its assignedToID was cleared). */
  void clearPrimary(WriteContext ctx, String objCode, String objId) {
    ctx.dsl()
        .update(table(name("assignments")))
        .set(field(name("is_primary"), Boolean.class), false)
        .where(field(name(parentColumn(objCode)), String.class).eq(objId))
        .execute();
  }

  /**
   * After an assignment changed: the primary is the flagged user assignment, else the first; the
   * object's assignedToID follows it. An existing assignment of a since-deactivated user stays
   * primary: that is history, not new work.
   */
  void sync(WriteContext ctx, String objCode, String objId) {
    List<Record2<String, String>> users =
        ctx.dsl()
            .select(field(name("id"), String.class), field(name("assigned_to_id"), String.class))
            .from(table(name("assignments")))
            .where(field(name(parentColumn(objCode)), String.class).eq(objId))
            .and(field(name("assigned_to_id")).isNotNull())
            .orderBy(field(name("is_primary")).desc(), field(name("id")))
            .fetch();
    String primaryUser = null;
    if (!users.isEmpty()) {
      markPrimary(ctx, objCode, objId, users.get(0).value1());
      primaryUser = users.get(0).value2();
    }
    String current =
        ctx.dsl()
            .select(field(name("assigned_to_id"), String.class))
            .from(table(name(tableOf(objCode))))
            .where(field(name("id"), String.class).eq(objId))
            .fetchOne(0, String.class);
    if (!java.util.Objects.equals(current, primaryUser)) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("assignedToID", primaryUser);
      writes.setDerived(ctx, registry.get(objCode), objId, v);
    }
  }

  private static void markPrimary(WriteContext ctx, String objCode, String objId, String id) {
    ctx.dsl()
        .update(table(name("assignments")))
        .set(
            field(name("is_primary"), Boolean.class),
            org.jooq.impl.DSL.when(field(name("id"), String.class).eq(id), true).otherwise(false))
        .where(field(name(parentColumn(objCode)), String.class).eq(objId))
        .execute();
  }

  /** The user's work item for the object (My Work), created by the system if missing. */
  void ensureWorkItem(
      WriteContext ctx, String objCode, String objId, String userId, String projectId) {
    boolean present =
        ctx.dsl()
            .fetchExists(
                ctx.dsl()
                    .selectOne()
                    .from(table(name("work_items")))
                    .where(field(name("obj_id"), String.class).eq(objId))
                    .and(field(name("assigned_to_id"), String.class).eq(userId)));
    if (present) {
      return;
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("assignedToID", userId);
    v.put("objObjCode", objCode);
    v.put("objID", objId);
    v.put(parentField(objCode), objId);
    v.put("projectID", projectId);
    v.put("isMarkedAsDone", false);
    writes.create(system(ctx), registry.get("WRKITM"), v);
  }

  void dropWorkItem(WriteContext ctx, String objId, String userId) {
    for (String id :
        ctx.dsl()
            .select(field(name("id"), String.class))
            .from(table(name("work_items")))
            .where(field(name("obj_id"), String.class).eq(objId))
            .and(field(name("assigned_to_id"), String.class).eq(userId))
            .fetch(0, String.class)) {
      writes.delete(system(ctx), registry.get("WRKITM"), id, true);
    }
  }

  /** Work items are kept by the system, whoever made the assignment. */
  private static WriteContext system(WriteContext ctx) {
    return new WriteContext(
        ctx.dsl(), ctx.scope(), Optional.empty(), ctx.now(), Source.SYSTEM, ctx.reason());
  }
}
