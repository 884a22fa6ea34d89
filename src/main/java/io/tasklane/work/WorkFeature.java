package io.tasklane.work;

import io.tasklane.access.AccessPolicy;
import io.tasklane.access.AdminOnly;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/**
 * Contributes projects, tasks, issues, assignments, work items, templates and statuses: their
 * types, rules, actions and named queries.
 */
public final class WorkFeature {
  private final AccessPolicy access;
  private Statuses statuses;

  public WorkFeature(AccessPolicy access) {
    this.access = access;
  }

  public void define(Registry.Builder registry) {
    ProjectDefinitions.define(registry);
    AssignmentDefinitions.define(registry);
    TemplateDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    statuses = new Statuses(writes, registry);
    Rollup rollup = new Rollup(writes, registry);
    Assignments assignments = new Assignments(writes, registry);
    Moves moves = new Moves(writes, registry);
    b.rules("PROJ", new ProjectRules(access, new Templates(writes, registry)));
    b.rules("TASK", new TaskRules(writes, registry, rollup, assignments, access, moves));
    b.rules("OPTASK", new IssueRules(writes, registry, assignments, access, moves));
    b.rules("ASSGN", new AssignmentRules(writes, registry, assignments, access));
    b.rules("WRKITM", new WorkItemRules());
    b.rules("TMPL", new TemplateRules.Template());
    b.rules("TTSK", new TemplateRules.TemplateTask(writes, registry));
    b.rules("CSTEM", new AdminOnly("statuses"));
    b.rules("CSTEM", new StatusRules());
    new WorkActions(writes, registry).register(b);
    new ProjectActions(writes, registry, rollup, access).register(b);
    new MyWork().register(b);
  }

  /** Built-in statuses for a customer (first start, new customers); idempotent. */
  public void seed(WriteContext ctx) {
    statuses.ensureBuiltIns(ctx);
  }

  /** Sentences for the database's named uniqueness rules. */
  public static Map<String, String> constraintMessages() {
    return Map.of(
        "assignments_task_user_uq", "The user is already assigned to this task.",
        "assignments_issue_user_uq", "The user is already assigned to this issue.",
        "tasks_number_uq", "Another task of the project has this task number; retry.",
        "template_tasks_number_uq", "Another template task has this task number; retry.",
        "work_items_uq", "The user already has a work item for this object.");
  }
}
