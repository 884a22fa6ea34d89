package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.CopyOptions;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TASK: a task belongs to a project and is numbered within it; its parent is a task of the same
 * project (never itself or a descendant); status and percentComplete agree ({@link Progress}); a
 * parent's progress is rolled up from its subtasks and may not be set by hand; changing {@code
 * projectID} moves the task with its subtasks, issues, assignments and hours (reference §5.6).
 */
final class TaskRules implements ObjectRules {
  private static final Set<String> ROLLED =
      Set.of("percentComplete", "status", "work", "parentID", "projectID");

  private final Writes writes;
  private final Registry registry;
  private final Rollup rollup;
  private final Assignments assignments;
  private final AccessPolicy access;
  private final Moves moves;

  TaskRules(
      Writes writes,
      Registry registry,
      Rollup rollup,
      Assignments assignments,
      AccessPolicy access,
      Moves moves) {
    this.writes = writes;
    this.registry = registry;
    this.rollup = rollup;
    this.assignments = assignments;
    this.access = access;
    this.moves = moves;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String projectId =
        d.string("projectID")
            .orElseThrow(() -> ApiException.badRequest("TASK.projectID is required."));
    writes.read(ctx, project(), projectId);
    access.requireContribute(ctx, "PROJ", projectId);
    d.copy().ifPresent(c -> adjustCopy(d, c));
    if (d.get("parentID") != null) {
      checkParent(ctx, d, projectId);
    }
    d.set("taskNumber", number(ctx, d, projectId));
    if (d.get("priority") == null) {
      d.set("priority", 2);
    }
    Progress.apply(ctx, d, Statuses.TASK);
    Dates.check(d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, "TASK", d.id());
    String projectId =
        d.string("projectID")
            .orElseThrow(() -> ApiException.badRequest("TASK.projectID cannot be removed."));
    if (d.changes("projectID")) {
      writes.read(ctx, project(), projectId);
      access.requireContribute(ctx, "PROJ", projectId);
      d.set("taskNumber", next(ctx, projectId));
      if (!d.changes("parentID") && d.get("parentID") != null) {
        Map<String, Object> parent = writes.read(ctx, task(), d.get("parentID").toString());
        if (!projectId.equals(parent.get("projectID"))) {
          d.set("parentID", null); // moved alone, it becomes a top-level task of the target
        }
      }
    }
    if (d.changes("parentID") && d.get("parentID") != null) {
      checkParent(ctx, d, projectId);
    }
    if ((d.changes("percentComplete") || d.changes("status")) && hasChildren(ctx, d.id())) {
      throw ApiException.rule(
          "TASK "
              + d.id()
              + " has subtasks: its status and percentComplete are calculated from them.");
    }
    if (d.changes("percentComplete") || d.changes("status")) {
      Progress.apply(ctx, d, Statuses.TASK);
    }
    Dates.check(d);
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (d.changes("assignedToID")) {
      if (d.get("assignedToID") != null) {
        assignments.ensurePrimary(ctx, "TASK", d.id(), d.get("assignedToID").toString());
      } else if (!d.isCreate()) {
        assignments.clearPrimary(ctx, "TASK", d.id());
      }
    }
    boolean moved = !d.isCreate() && d.changes("projectID");
    if (moved) {
      moves.taskMoved(
          ctx, d.id(), d.previous("projectID").toString(), d.get("projectID").toString());
    }
    if (d.isCreate() || d.changes().keySet().stream().anyMatch(ROLLED::contains)) {
      String project = d.get("projectID").toString();
      rollup.fromParent(ctx, d.string("parentID").orElse(null), project);
      Object oldParent = d.previous("parentID");
      Object oldProject = d.previous("projectID");
      if (!d.isCreate() && !Objects.equals(oldParent, d.get("parentID")) && oldParent != null) {
        rollup.fromParent(ctx, oldParent.toString(), oldProject.toString());
      } else if (moved) {
        rollup.project(ctx, oldProject.toString());
      }
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    access.requireManage(ctx, "TASK", row.get("ID").toString());
  }

  @Override
  public void afterDelete(WriteContext ctx, Map<String, Object> row) {
    Object parent = row.get("parentID");
    rollup.fromParent(
        ctx, parent == null ? null : parent.toString(), row.get("projectID").toString());
  }

  private void adjustCopy(Draft d, Draft.Copy c) {
    // The copied assignments bring the primary assignee back; with clearAssignments none is.
    d.set("assignedToID", null);
    if (c.options().contains(CopyOptions.CLEAR_PROGRESS)) {
      d.set("status", Statuses.NEW);
      d.set("percentComplete", 0.0);
      d.set("actualStartDate", null);
      d.set("actualCompletionDate", null);
    }
  }

  private void checkParent(WriteContext ctx, Draft d, String projectId) {
    String parentId = d.get("parentID").toString();
    if (parentId.equals(d.id())) {
      throw ApiException.badRequest("A task cannot be its own parent.");
    }
    Map<String, Object> parent = writes.read(ctx, task(), parentId);
    if (!projectId.equals(parent.get("projectID"))) {
      throw ApiException.badRequest(
          "Parent task " + parentId + " is in another project than " + projectId + ".");
    }
    String up = (String) parent.get("parentID");
    for (int depth = 0; up != null && depth < 1000; depth++) {
      if (up.equals(d.id())) {
        throw ApiException.badRequest(
            "Task " + parentId + " is a subtask of " + d.id() + "; it cannot be its parent.");
      }
      up = (String) writes.read(ctx, task(), up).get("parentID");
    }
  }

  /** A copy into another project keeps its number when free; otherwise the next one. */
  private int number(WriteContext ctx, Draft d, String projectId) {
    if (d.copy().isPresent() && d.copy().get().source().get("taskNumber") instanceof Integer n) {
      boolean taken =
          ctx.dsl()
              .fetchExists(
                  ctx.dsl()
                      .selectOne()
                      .from(table(name("tasks")))
                      .where(field(name("project_id"), String.class).eq(projectId))
                      .and(field(name("task_number"), Integer.class).eq(n)));
      if (!taken) {
        return n;
      }
    }
    return next(ctx, projectId);
  }

  /** The project row is locked by the caller, so concurrent creates number one after another. */
  static int next(WriteContext ctx, String projectId) {
    Integer top =
        ctx.dsl()
            .select(max(field(name("task_number"), Integer.class)))
            .from(table(name("tasks")))
            .where(field(name("project_id"), String.class).eq(projectId))
            .fetchOne(0, Integer.class);
    return top == null ? 1 : top + 1;
  }

  private static boolean hasChildren(WriteContext ctx, String id) {
    return ctx.dsl()
        .fetchExists(
            ctx.dsl()
                .selectOne()
                .from(table(name("tasks")))
                .where(field(name("parent_id"), String.class).eq(id)));
  }

  private ObjectType project() {
    return registry.get("PROJ");
  }

  private ObjectType task() {
    return registry.get("TASK");
  }
}
