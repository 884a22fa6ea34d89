package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.common.ApiException;
import io.tasklane.objects.ActionContext;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Arguments;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Work actions (reference §5.5, §5.6, §7.6): {@code move} of tasks and issues between projects,
 * {@code assignMultiple} on tasks and issues, {@code markViewed} on work items. Each runs through
 * the pipeline, so rules and the assignment guard apply, and answers {@code {"result": …}} with the
 * object as the request's {@code fields} show it.
 */
final class WorkActions {
  private final Writes writes;
  private final Registry registry;

  WorkActions(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  void register(Behaviours.Builder b) {
    b.action("TASK", "move", this::moveTask);
    b.action("OPTASK", "move", this::moveIssue);
    b.action("TASK", "assignMultiple", this::assignMultiple);
    b.action("OPTASK", "assignMultiple", this::assignMultiple);
    b.action("WRKITM", "markViewed", this::markViewed);
  }

  /** {@code PUT /task/<id>/move?projectID=<target>[&parentID=<task in target>]}. */
  private Object moveTask(ActionContext ctx) {
    String id = ctx.requireId();
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    v.put("projectID", Arguments.required(ctx, "projectID"));
    ctx.argument("parentID").filter(s -> !s.isBlank()).ifPresent(p -> v.put("parentID", p));
    writes.edit(ctx.write(), registry.get("TASK"), id, v);
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }

  /** {@code PUT /optask/<id>/move?projectID=<target>} or {@code ?taskID=<task>}. */
  private Object moveIssue(ActionContext ctx) {
    String id = ctx.requireId();
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    ctx.argument("taskID").filter(s -> !s.isBlank()).ifPresent(t -> v.put("taskID", t));
    ctx.argument("projectID").filter(s -> !s.isBlank()).ifPresent(p -> v.put("projectID", p));
    if (v.isEmpty()) {
      throw ApiException.badRequest("move needs a projectID or a taskID.");
    }
    if (!v.has("taskID")) {
      v.putNull("taskID");
    }
    writes.edit(ctx.write(), registry.get("OPTASK"), id, v);
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }

  /**
   * {@code assignMultiple(userIDs, roleIDs, teamID)} (reference §6.3, §7.6): adds an assignment per
   * user, job role and team not yet assigned, keeping the others.
   */
  private Object assignMultiple(ActionContext ctx) {
    String id = ctx.requireId();
    String parentField = Assignments.parentField(ctx.type().code());
    writes.read(ctx.write(), ctx.type(), id);
    List<String> users = Arguments.list(ctx, "userIDs");
    List<String> roles = Arguments.list(ctx, "roleIDs");
    List<String> teams = new ArrayList<>(Arguments.list(ctx, "teamIDs"));
    for (String t : Arguments.list(ctx, "teamID")) {
      if (!teams.contains(t)) {
        teams.add(t);
      }
    }
    if (users.isEmpty() && roles.isEmpty() && teams.isEmpty()) {
      throw ApiException.badRequest("assignMultiple needs userIDs, roleIDs or teamID.");
    }
    assign(ctx, id, parentField, "assignedToID", users);
    assign(ctx, id, parentField, "roleID", roles);
    assign(ctx, id, parentField, "teamID", teams);
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }

  private void assign(
      ActionContext ctx, String id, String parentField, String field, List<String> targets) {
    String column = io.tasklane.schema.FieldDef.snake(field);
    for (String raw : targets) {
      if (!io.tasklane.common.Ids.isId(raw)) {
        throw ApiException.badRequest(
            "Invalid ID '" + raw + "' in assignMultiple; IDs are 32 hexadecimal characters.");
      }
      String target = raw.toLowerCase(java.util.Locale.ROOT);
      boolean present =
          ctx.write()
              .dsl()
              .fetchExists(
                  ctx.write()
                      .dsl()
                      .selectOne()
                      .from(table(name("assignments")))
                      .where(
                          field(name(io.tasklane.schema.FieldDef.snake(parentField)), String.class)
                              .eq(id))
                      .and(field(name(column), String.class).eq(target)));
      if (!present) {
        writes.create(ctx.write(), registry.get("ASSGN"), Map.of(parentField, id, field, target));
      }
    }
  }

  /** {@code PUT /workitem/<id>/markViewed} (reference §5.5): the user has seen it now. */
  private Object markViewed(ActionContext ctx) {
    String id = ctx.requireId();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("lastViewedDate", ctx.write().now().atOffset(java.time.ZoneOffset.UTC));
    writes.edit(ctx.write(), registry.get("WRKITM"), id, v);
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }
}
