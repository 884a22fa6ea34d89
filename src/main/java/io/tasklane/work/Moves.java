package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.List;
import java.util.Map;

/**
 * A task or issue moved to another project (reference §5.6) takes its subtasks and issues along
 * (through the pipeline, so their rules run) and re-files what hangs off it — assignments, work
 * items, hours, notes, documents — under the new project.
 */
final class Moves {
  private static final List<String> FILED_BY_WORK =
      List.of("assignments", "work_items", "hours", "notes", "documents");

  private final Writes writes;
  private final Registry registry;

  Moves(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  void taskMoved(WriteContext ctx, String taskId, String from, String projectId) {
    for (String child : writes.idsWhere(ctx, registry.get("TASK"), "parentID", taskId)) {
      writes.edit(ctx, registry.get("TASK"), child, Map.of("projectID", projectId));
    }
    for (String issue : writes.idsWhere(ctx, registry.get("OPTASK"), "taskID", taskId)) {
      writes.edit(ctx, registry.get("OPTASK"), issue, Map.of("projectID", projectId));
    }
    refile(ctx, "task_id", taskId, projectId);
    actualWork(ctx, from);
    actualWork(ctx, projectId);
  }

  void issueMoved(WriteContext ctx, String issueId, String from, String projectId) {
    refile(ctx, "op_task_id", issueId, projectId);
    actualWork(ctx, from);
    actualWork(ctx, projectId);
  }

  /** The hours filed under a project changed: its actualWork follows. */
  private void actualWork(WriteContext ctx, String projectId) {
    Double total =
        ctx.dsl()
            .select(org.jooq.impl.DSL.sum(field(name("hours"), Double.class)))
            .from(table(name("hours")))
            .where(field(name("project_id"), String.class).eq(projectId))
            .fetchOne(0, Double.class);
    java.util.Map<String, Object> v = new java.util.HashMap<>();
    v.put("actualWork", total == null ? 0.0 : total);
    writes.setDerived(ctx, registry.get("PROJ"), projectId, v);
  }

  private static void refile(WriteContext ctx, String column, String id, String projectId) {
    for (String t : FILED_BY_WORK) {
      ctx.dsl()
          .update(table(name(t)))
          .set(field(name("project_id"), String.class), projectId)
          .where(field(name(column), String.class).eq(id))
          .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
          .execute();
    }
  }
}
