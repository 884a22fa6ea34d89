package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.common.Ids;
import io.tasklane.objects.ActionContext;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Arguments;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.ObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Workfront's Assignment actions of the hand-over (reference §7.6), type-level actions on ASSGN
 * ({@code PUT /ASSGN/<action>} or {@code PUT /ASSGN?action=<action>}). Workfront documents only
 * {@code includeIssues} and {@code lockToRole}; the other argument names are ours:
 *
 * <ul>
 *   <li>{@code swapUsersOnTasks(fromUserID, toUserID[, taskIDs][, includeIssues][, lockToRole])}
 *   <li>{@code swapUsersOnProjects(fromUserID, toUserID[, projectIDs][, includeIssues][,
 *       lockToRole])}
 *   <li>{@code unassignUserFromTasks(userID[, taskIDs][, includeIssues])}
 * </ul>
 *
 * They act on the user's open assignments (finished work keeps its people, {@link OpenWork}): on
 * the given tasks (with {@code includeIssues}, also on those tasks' issues) or projects, or,
 * without a list, on all of them — which only someone who administers the user may do. Everything
 * goes through the write pipeline ({@link Reassignments}).
 */
final class AssignmentActions {
  private static final Field<String> TASK_ID = field(name("assignments", "task_id"), String.class);
  private static final Field<String> OP_TASK_ID =
      field(name("assignments", "op_task_id"), String.class);
  private static final Field<String> PROJECT_ID =
      field(name("assignments", "project_id"), String.class);

  private final Supplier<Writes> writes;

  AssignmentActions(Supplier<Writes> writes) {
    this.writes = writes;
  }

  void register(Behaviours.Builder b) {
    b.action("ASSGN", "swapUsersOnTasks", ctx -> swap(ctx, false));
    b.action("ASSGN", "swapUsersOnProjects", ctx -> swap(ctx, true));
    b.action("ASSGN", "unassignUserFromTasks", this::unassign);
  }

  private Object swap(ActionContext ctx, boolean onProjects) {
    Writes w = writes.get();
    String from = user(ctx, "fromUserID");
    String to = user(ctx, "toUserID");
    HandOver.requireSuccessor(from, to);
    boolean issues = flag(ctx, "includeIssues", false);
    boolean keepRole = flag(ctx, "lockToRole", true);
    Condition scope = onProjects ? projects(ctx, from, issues) : tasks(ctx, from, issues);
    List<String> ids = Reassignments.open(ctx.write(), w, from, scope);
    Map<String, Object> out = Reassignments.swap(ctx.write(), w, ids, to, keepRole).json();
    out.put("fromUserID", from);
    out.put("toUserID", to);
    return ActionHandler.result(out);
  }

  private Object unassign(ActionContext ctx) {
    Writes w = writes.get();
    String user = user(ctx, "userID");
    Condition scope = tasks(ctx, user, flag(ctx, "includeIssues", false));
    List<String> ids = Reassignments.open(ctx.write(), w, user, scope);
    Map<String, Object> out = Reassignments.unassign(ctx.write(), w, ids).json();
    out.put("userID", user);
    return ActionHandler.result(out);
  }

  /** The named tasks' assignments (and their issues'), or every task's (and issue's). */
  private Condition tasks(ActionContext ctx, String user, boolean issues) {
    List<String> taskIds = existing(ctx, "taskIDs", "TASK");
    if (taskIds.isEmpty()) {
      requireAdministers(ctx, user);
      return issues ? DSL.noCondition() : TASK_ID.isNotNull();
    }
    Condition onTasks = TASK_ID.in(taskIds);
    if (!issues) {
      return onTasks;
    }
    return onTasks.or(
        OP_TASK_ID.in(
            select(field(name("id"), String.class))
                .from(table(name("issues")))
                .where(field(name("task_id"), String.class).in(taskIds))));
  }

  private Condition projects(ActionContext ctx, String user, boolean issues) {
    Condition kinds = issues ? DSL.noCondition() : TASK_ID.isNotNull();
    List<String> projectIds = existing(ctx, "projectIDs", "PROJ");
    if (projectIds.isEmpty()) {
      requireAdministers(ctx, user);
      return kinds;
    }
    return PROJECT_ID.in(projectIds).and(kinds);
  }

  /** A list argument of IDs of existing objects of {@code code}; 400/404 name the bad one. */
  private List<String> existing(ActionContext ctx, String argument, String code) {
    ObjectType type = writes.get().registry().get(code);
    List<String> out = new ArrayList<>();
    for (String raw : Arguments.list(ctx, argument)) {
      String id = id(raw, argument);
      if (!writes.get().exists(ctx.write(), type, id)) {
        throw ApiException.notFound(
            "No " + code + " with ID " + id + " exists (" + argument + ").");
      }
      out.add(id);
    }
    return out;
  }

  /** A required user argument naming an existing, not deleted user. */
  private String user(ActionContext ctx, String argument) {
    String id = id(Arguments.required(ctx, argument), argument);
    Map<String, Object> row = writes.get().read(ctx.write(), userType(), id);
    if (row.get("deletedDate") != null) {
      throw ApiException.notFound("USER " + id + " was not found.");
    }
    return id;
  }

  /** Acting on all of a user's work is user administration (reference §7.7). */
  private void requireAdministers(ActionContext ctx, String user) {
    WriteContext w = ctx.write();
    if (w.privileged()) {
      return;
    }
    Map<String, Object> row = writes.get().read(w, userType(), user);
    UserRules.requireAdministers(
        w, user, row, row.get("accessLevelID").toString(), "reassign all the work of");
  }

  private ObjectType userType() {
    return writes.get().registry().get("USER");
  }

  private static String id(String raw, String argument) {
    String v = raw.trim();
    if (!Ids.isId(v)) {
      throw ApiException.badRequest(
          "Invalid ID '" + v + "' in " + argument + "; IDs are 32 hexadecimal characters.");
    }
    return v.toLowerCase(Locale.ROOT);
  }

  private static boolean flag(ActionContext ctx, String argument, boolean otherwise) {
    String v = ctx.argument(argument).map(String::trim).orElse("");
    if (v.isEmpty()) {
      return otherwise;
    }
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw ApiException.badRequest(argument + " must be true or false; got '" + v + "'.");
  }
}
