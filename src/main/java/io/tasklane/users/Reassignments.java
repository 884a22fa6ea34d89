package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;

/**
 * Moves or removes one user's assignments (reference §7.6: the hand-over and Workfront's Assignment
 * actions). Every change is an ASSGN edit or delete through the pipeline, so the assignment guard,
 * the rules (permissions, work items, the primary assignee), the journal and the outbox apply as
 * for any other write.
 */
final class Reassignments {
  private Reassignments() {}

  /** What a swap or unassign did: the user's assignments handled and their tasks and issues. */
  record Result(List<String> assignments, Set<String> taskIds, Set<String> opTaskIds) {
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("count", assignments.size());
      out.put("assignmentIDs", assignments);
      out.put("taskIDs", List.copyOf(taskIds));
      out.put("opTaskIDs", List.copyOf(opTaskIds));
      return out;
    }
  }

  /** The user's open assignments (see {@link OpenWork}) matching {@code scope}, oldest first. */
  static List<String> open(WriteContext ctx, Writes writes, String userId, Condition scope) {
    ObjectType assgn = writes.registry().get("ASSGN");
    return ctx.dsl()
        .select(field(name("assignments", "id"), String.class))
        .from(table(name("assignments")))
        .where(field(name("assignments", "customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(field(name("assignments", "assigned_to_id"), String.class).eq(userId))
        .and(new OpenWork(ctx, writes.registry()).of(assgn))
        .and(scope)
        .orderBy(field(name("assignments", "id")))
        .fetch(0, String.class);
  }

  /**
   * Gives each assignment to {@code toUserId}. Where that user is already assigned to the same task
   * or issue, the duplicate is removed instead, and the successor becomes primary if it was. With
   * {@code keepRole} false the job role of a moved assignment is cleared.
   */
  static Result swap(
      WriteContext ctx,
      Writes writes,
      List<String> assignmentIds,
      String toUserId,
      boolean keepRole) {
    writes.behaviours().guard().check(ctx, "ASSGN.assignedToID", List.of(toUserId));
    ObjectType assgn = writes.registry().get("ASSGN");
    Result result = new Result(new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    for (String id : assignmentIds) {
      Map<String, Object> row = writes.read(ctx, assgn, id);
      note(result, id, row);
      String parentField = row.get("taskID") != null ? "taskID" : "opTaskID";
      String parentId = row.get(parentField).toString();
      Optional<String> existing = assignmentOf(ctx, parentField, parentId, toUserId);
      if (existing.isPresent()) {
        writes.delete(ctx, assgn, id, false);
        if (Boolean.TRUE.equals(row.get("isPrimary"))) {
          writes.edit(ctx, assgn, existing.get(), Map.of("isPrimary", true));
        }
        continue;
      }
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("assignedToID", toUserId);
      if (!keepRole) {
        change.put("roleID", null);
      }
      writes.edit(ctx, assgn, id, change);
    }
    return result;
  }

  /** Deletes each assignment. */
  static Result unassign(WriteContext ctx, Writes writes, List<String> assignmentIds) {
    ObjectType assgn = writes.registry().get("ASSGN");
    Result result = new Result(new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    for (String id : assignmentIds) {
      note(result, id, writes.read(ctx, assgn, id));
      writes.delete(ctx, assgn, id, false);
    }
    return result;
  }

  private static void note(Result result, String id, Map<String, Object> row) {
    result.assignments().add(id);
    if (row.get("taskID") != null) {
      result.taskIds().add(row.get("taskID").toString());
    } else {
      result.opTaskIds().add(row.get("opTaskID").toString());
    }
  }

  private static Optional<String> assignmentOf(
      WriteContext ctx, String parentField, String parentId, String userId) {
    return ctx.dsl()
        .select(field(name("id"), String.class))
        .from(table(name("assignments")))
        .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(
            field(name(parentField.equals("taskID") ? "task_id" : "op_task_id"), String.class)
                .eq(parentId))
        .and(field(name("assigned_to_id"), String.class).eq(userId))
        .fetchOptional(0, String.class);
  }
}
