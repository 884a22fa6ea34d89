package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Record;

/**
 * A project created from a template gets one task per template task, in template order, with the
 * same hierarchy, assignee, planned work and planned dates counted from the project's start. The
 * tasks are created through the pipeline, so a template naming a deactivated user cannot hand them
 * new work.
 */
final class Templates {
  private final Writes writes;
  private final Registry registry;

  Templates(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  void instantiate(WriteContext ctx, String projectId, String templateId, OffsetDateTime start) {
    Map<String, String> created = new HashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    for (Record t :
        ctx.dsl()
            .select(
                field(name("id")),
                field(name("parent_id")),
                field(name("name")),
                field(name("description")),
                field(name("assigned_to_id")),
                field(name("role_id")),
                field(name("work"), Double.class),
                field(name("duration"), Double.class),
                field(name("start_day"), Integer.class),
                field(name("priority"), Integer.class))
            .from(table(name("template_tasks")))
            .where(field(name("template_id"), String.class).eq(templateId))
            .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
            .orderBy(field(name("task_number")))
            .fetch()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("projectID", projectId);
      v.put("name", t.get(2));
      v.put("description", t.get(3));
      v.put("assignedToID", t.get(4));
      v.put("work", t.get(6));
      v.put("priority", t.get(9));
      if (start != null) {
        Integer day = t.get(8, Integer.class);
        OffsetDateTime from = start.plusDays(day == null ? 0 : day);
        v.put("plannedStartDate", from);
        Double days = t.get(7, Double.class);
        if (days != null) {
          v.put("plannedCompletionDate", from.plus(Duration.ofMinutes(Math.round(days * 1440))));
        }
      }
      v.values().removeIf(java.util.Objects::isNull);
      String taskId = writes.create(ctx, registry.get("TASK"), v);
      created.put(t.get(0).toString(), taskId);
      if (t.get(1) != null) {
        parents.put(taskId, t.get(1).toString());
      }
      if (t.get(5) != null) {
        writes.create(
            ctx, registry.get("ASSGN"), Map.of("taskID", taskId, "roleID", t.get(5).toString()));
      }
    }
    parents.forEach(
        (taskId, templateParent) -> {
          String parent = created.get(templateParent);
          if (parent != null) {
            writes.edit(ctx, registry.get("TASK"), taskId, Map.of("parentID", parent));
          }
        });
  }
}
