package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record2;

/**
 * The demo's activity on its work: hours logged by the assignees, updates with replies and tags.
 */
final class DemoActivity {
  private final Writes writes;
  private final Registry registry;

  DemoActivity(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  /** Three entries per started task, by its assignee, on days after the task's start. */
  void hours(WriteContext ctx, List<String> tasks, OffsetDateTime start) {
    int n = 0;
    for (Record2<String, String> t :
        ctx.dsl()
            .select(field(name("id"), String.class), field(name("assigned_to_id"), String.class))
            .from(table(name("tasks")))
            .where(field(name("id"), String.class).in(tasks))
            .and(field(name("status"), String.class).ne("NEW"))
            .and(field(name("assigned_to_id")).isNotNull())
            .orderBy(field(name("task_number")))
            .fetch()) {
      for (int i = 0; i < 3; i++, n++) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("taskID", t.value1());
        h.put("ownerID", t.value2());
        h.put("hours", 1.0 + (n % 6));
        h.put("entryDate", start.plusDays(2L + n % 20));
        h.put("description", i == 0 ? "Kick-off" : "Worked on it");
        h.put("status", i == 0 ? "APP" : "SUB");
        writes.create(ctx, registry.get("HOUR"), h);
      }
    }
  }

  /** An update on the project with a reply tagging the owner, and a comment on its first task. */
  void notes(
      WriteContext ctx,
      String projectId,
      String owner,
      List<String> tasks,
      List<String> pool,
      int p) {
    String replier = pool.get((p * 3 + 1) % pool.size());
    String update =
        writes.create(
            ctx,
            registry.get("NOTE"),
            Map.of(
                "noteObjCode",
                "PROJ",
                "objID",
                projectId,
                "ownerID",
                owner,
                "noteText",
                "Kick-off done; the plan is in the brief."));
    ObjectNode reply = JsonNodeFactory.instance.objectNode();
    reply.put("noteObjCode", "PROJ");
    reply.put("objID", projectId);
    reply.put("ownerID", replier);
    reply.put("parentNoteID", update);
    reply.put("noteText", "Thanks, looks good.");
    reply.putArray("tags").addObject().put("objID", owner);
    writes.create(ctx, registry.get("NOTE"), reply);
    if (!tasks.isEmpty()) {
      writes.create(
          ctx,
          registry.get("NOTE"),
          Map.of(
              "noteObjCode",
              "TASK",
              "objID",
              tasks.get(0),
              "ownerID",
              pool.get((p * 7) % pool.size()),
              "noteText",
              "First pass done, notes attached to the project."));
    }
  }
}
