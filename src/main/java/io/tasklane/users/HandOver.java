package io.tasklane.users;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-over before deactivation (reference §7.6). The ties of work to a user are read from the
 * registry: every reference that hands out work ({@code assigneeReference}: assignments, owners of
 * projects and templates, template task assignees …) plus owners of issues and teams and direct
 * reports — on objects still open ({@link OpenWork}): finished work keeps its historic people. A
 * task's or issue's {@code assignedToID} follows its assignments, so it is handed over with them.
 * The report also counts what is not handed over but ends with the account (sessions, API keys,
 * memberships, shares) and names the §7.6 items Tasklane does not model.
 */
final class HandOver {
  /** Ties handed over that are not work references ({@code assigneeReference}): a manager's. */
  private static final Set<String> EXTRA = Set.of("USER.managerID");

  /** Memberships: reported, ended by deactivation's guard for new ones, never transferred. */
  private static final Set<String> MEMBERSHIPS = Set.of("TEAMMB.userID", "USRGPS.userID");

  /** Kept by the assignment rules from ASSGN (the primary assignee); moved with the assignments. */
  private static final Set<String> DERIVED = Set.of("TASK.assignedToID", "OPTASK.assignedToID");

  /** What each tie means, in §7.6's words. */
  private static final Map<String, String> MEANING =
      Map.of(
          "ASSGN.assignedToID", "assigned tasks and issues (§7.6 1)",
          "PROJ.ownerID", "owned projects (§7.6 2)",
          "TMPL.ownerID", "owned templates (§7.6 4)",
          "TTSK.assignedToID", "template tasks assigned to the user (§7.6 4)",
          "OPTASK.ownerID", "owned issues",
          "TEAMOB.ownerID", "owned teams",
          "USER.managerID", "direct reports");

  /**
   * A §7.6 item and the type (and field) that would model it; listed in the report as not modelled
   * while the registry lacks them. An empty code: outside the REST API (proofing).
   */
  private record Item(String what, String code, String field) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item("reports running with the user's access rights (§7.6 3)", "PTLSEC", ""),
          new Item(
              "projects and templates with the user as resource manager (§7.6 5)",
              "PROJ",
              "resourceManagerID"),
          new Item("routing rules with the user as default assignee (§7.6 6)", "RRUL", ""),
          new Item("approval processes with a stage including the user (§7.6 7)", "ARVPRC", ""),
          new Item("timesheets naming the user approver (§7.6 8)", "TSHET", ""),
          new Item("timesheet profiles naming the user approver (§7.6 9)", "TSPRO", ""),
          new Item("proofing workflows including the user (§7.6 10)", "", ""),
          new Item("documents checked out by the user (§7.2)", "DOCU", "checkedOutByID"));

  /** Objects of one type naming the user in one field. */
  record Tie(String objCode, String field, List<String> ids) {
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("objCode", objCode);
      out.put("field", field);
      out.put("meaning", MEANING.getOrDefault(objCode + "." + field, objCode + "." + field));
      out.put("count", ids.size());
      out.put("IDs", ids);
      return out;
    }
  }

  private HandOver() {}

  /** Every open tie of work to the user, type by type (one statement per tie). */
  static List<Tie> ties(WriteContext ctx, Writes writes, String userId) {
    OpenWork open = new OpenWork(ctx, writes.registry());
    List<Tie> out = new ArrayList<>();
    for (ObjectType type : writes.registry().types()) {
      for (RefDef ref : type.refs()) {
        String key = type.code() + "." + ref.idField();
        boolean work = ref.assignsWork() && !MEMBERSHIPS.contains(key) && !DERIVED.contains(key);
        if (!ref.targetCode().equals("USER") || !(work || EXTRA.contains(key))) {
          continue;
        }
        FieldDef f = type.field(ref.idField()).orElseThrow();
        if (!f.stored()) {
          continue;
        }
        List<String> ids =
            ctx.dsl()
                .select(field(name(type.table(), "id"), String.class))
                .from(table(name(type.table())))
                .where(
                    field(name(type.table(), "customer_id"), String.class)
                        .eq(ctx.scope().customerId()))
                .and(field(name(type.table(), f.requireColumn()), String.class).eq(userId))
                .and(open.of(type))
                .orderBy(field(name(type.table(), "id")))
                .fetch(0, String.class);
        if (!ids.isEmpty()) {
          out.add(new Tie(type.code(), ref.idField(), ids));
        }
      }
    }
    return out;
  }

  /** What ends with the account rather than being handed over. */
  static Map<String, Object> endsWithAccount(WriteContext ctx, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String[] t :
        List.of(
            new String[] {"sessions", "sessions", "user_id"},
            new String[] {"apiKeys", "api_keys", "user_id"},
            new String[] {"teamMemberships", "team_members", "user_id"},
            new String[] {"groupMemberships", "user_groups", "user_id"},
            new String[] {"shares", "access_rules", "accessor_id"})) {
      out.put(
          t[0],
          ctx.dsl()
              .select(count())
              .from(table(name(t[1])))
              .where(field(name(t[2]), String.class).eq(userId))
              .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
              .fetchOne(0, Integer.class));
    }
    return out;
  }

  /** The §7.6 items this registry does not model, so the report cannot cover them. */
  static List<String> notModelled(Registry registry) {
    List<String> out = new ArrayList<>();
    for (Item item : ITEMS) {
      boolean modelled =
          !item.code().isEmpty()
              && registry
                  .find(item.code())
                  .map(t -> item.field().isEmpty() || t.field(item.field()).isPresent())
                  .orElse(false);
      if (!modelled) {
        out.add(item.what());
      }
    }
    return out;
  }

  /**
   * Moves every tie to {@code toUserId} through the pipeline (journaled, guarded); assignments as
   * {@code swapUsersOnTasks} moves them.
   */
  static void transfer(WriteContext ctx, Writes writes, List<Tie> ties, String toUserId) {
    for (Tie tie : ties) {
      if (tie.objCode().equals("ASSGN")) {
        Reassignments.swap(ctx, writes, tie.ids(), toUserId, true);
        continue;
      }
      ObjectType type = writes.registry().get(tie.objCode());
      Map<String, Object> change = new LinkedHashMap<>();
      change.put(tie.field(), toUserId);
      for (String id : tie.ids()) {
        writes.edit(ctx, type, id, change);
      }
    }
  }

  static void requireSuccessor(String fromUserId, String toUserId) {
    if (fromUserId.equals(toUserId)) {
      throw ApiException.badRequest("The successor must be another user than the one leaving.");
    }
  }
}
