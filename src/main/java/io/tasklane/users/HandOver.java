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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Hand-over before deactivation (reference §7.6). The ties of work to a user are read from the
 * registry: every reference that hands out work ({@code assigneeReference}: assignments, {@code
 * assignedToID}, owners, approvers …) on an object still open, plus team ownership and direct
 * reports. Closed work (status complete, dead, closed or rejected) stays with its historic owner.
 * The report also counts what is not handed over but ends with the account: sessions, API keys and
 * memberships.
 */
final class HandOver {
  /** Statuses of finished work (reference §10.6); such objects keep their people. */
  static final List<String> CLOSED = List.of("CPL", "DED", "CLS", "RJT");

  /** Ties handed over besides the work references. */
  private static final Set<String> EXTRA = Set.of("TEAMOB.ownerID", "USER.managerID");

  /** Memberships: reported, ended by deactivation's guard for new ones, never transferred. */
  private static final Set<String> MEMBERSHIPS = Set.of("TEAMMB.userID", "USRGPS.userID");

  /** Objects of one type naming the user in one field. */
  record Tie(String objCode, String field, List<String> ids) {
    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("objCode", objCode);
      out.put("field", field);
      out.put("count", ids.size());
      out.put("IDs", ids);
      return out;
    }
  }

  private HandOver() {}

  /** Every open tie of work to the user, type by type (one statement per work reference). */
  static List<Tie> ties(WriteContext ctx, Writes writes, String userId) {
    List<Tie> out = new ArrayList<>();
    for (ObjectType type : writes.registry().types()) {
      for (RefDef ref : type.refs()) {
        String key = type.code() + "." + ref.idField();
        boolean work = ref.assignsWork() && !MEMBERSHIPS.contains(key);
        if (!ref.targetCode().equals("USER") || !(work || EXTRA.contains(key))) {
          continue;
        }
        List<String> ids = ids(ctx, type, ref.idField(), userId);
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
            new String[] {"sessions", "sessions"},
            new String[] {"apiKeys", "api_keys"},
            new String[] {"teamMemberships", "team_members"},
            new String[] {"groupMemberships", "user_groups"})) {
      out.put(
          t[0],
          ctx.dsl()
              .select(count())
              .from(table(name(t[1])))
              .where(field(name("user_id"), String.class).eq(userId))
              .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
              .fetchOne(0, Integer.class));
    }
    return out;
  }

  /** Moves every tie to {@code toUserId} through the pipeline (journaled, guarded). */
  static void transfer(WriteContext ctx, Writes writes, List<Tie> ties, String toUserId) {
    for (Tie tie : ties) {
      ObjectType type = writes.registry().get(tie.objCode());
      Map<String, Object> change = new LinkedHashMap<>();
      change.put(tie.field(), toUserId);
      for (String id : tie.ids()) {
        writes.edit(ctx, type, id, change);
      }
    }
  }

  private static List<String> ids(WriteContext ctx, ObjectType type, String idField, String user) {
    FieldDef f = type.field(idField).orElseThrow();
    if (!f.stored()) {
      return List.of();
    }
    Condition open = DSL.noCondition();
    if (type.field("status").map(FieldDef::stored).orElse(false)) {
      var status = field(name("status"), String.class);
      open = status.isNull().or(status.notIn(CLOSED));
    }
    return ctx.dsl()
        .select(field(name("id"), String.class))
        .from(table(name(type.table())))
        .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(field(name(f.requireColumn()), String.class).eq(user))
        .and(open)
        .orderBy(field(name("id")))
        .fetch(0, String.class);
  }

  static void requireSuccessor(String fromUserId, String toUserId) {
    if (fromUserId.equals(toUserId)) {
      throw ApiException.badRequest("The successor must be another user than the one leaving.");
    }
  }
}
