package io.tasklane.users;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectConditionStep;

/**
 * Delete versus deactivate (reference §7.5). Memberships (teams, groups, job roles) go with the
 * user and direct reports lose their manager. A user whom any other object still names — hours,
 * notes, assignments, owned objects, journal entries, anything created or changed — has history:
 * deleting them needs {@code force=true}, and then leaves a tombstone under the same ID with the
 * personal data wiped, so every reference stays valid (no foreign key breaks, {@code
 * owner:isActive=false} still matches) and each deleted user stays distinct in the history.
 */
final class UserDeletion {
  /** References that are not history: memberships removed with the user, the detached manager. */
  private static final Set<String> NOT_HISTORY =
      Set.of("TEAMMB.userID", "USRGPS.userID", "USRROL.userID", "USER.managerID");

  /** Fields a tombstone keeps; every other stored field is wiped. */
  private static final Set<String> KEPT =
      Set.of(
          "ID",
          "customerID",
          "entryDate",
          "enteredByID",
          "accessLevelID",
          "loginCount",
          "actualDeactivationDate",
          "deactivatedByID");

  private final Supplier<Writes> writes;

  UserDeletion(Supplier<Writes> writes) {
    this.writes = writes;
  }

  /** Refuses a delete of a user with history unless forced; removes memberships and reports. */
  void prepare(WriteContext ctx, Map<String, Object> row, boolean force) {
    String id = row.get("ID").toString();
    Map<String, Integer> history = history(ctx, id);
    if (!history.isEmpty() && !force) {
      throw new ApiException(
          ErrorCode.CONFLICT,
          "USER "
              + id
              + " has history ("
              + describe(history)
              + "); deactivate the user instead (isActive=false), or pass force=true to delete"
              + " the user and keep a placeholder in the history.",
          List.copyOf(history.keySet()));
    }
    Writes w = writes.get();
    // Consequences of an authorised delete: written by the system, journaled with its source.
    WriteContext system =
        new WriteContext(
            ctx.dsl(), ctx.scope(), Optional.empty(), ctx.now(), ctx.source(), ctx.reason());
    for (String code : List.of("TEAMMB", "USRGPS", "USRROL")) {
      ObjectType type = w.registry().get(code);
      for (String member : w.idsWhere(system, type, "userID", id)) {
        w.delete(system, type, member, true);
      }
    }
    ObjectType user = w.registry().get("USER");
    Map<String, Object> noManager = new HashMap<>();
    noManager.put("managerID", null);
    for (String report : w.idsWhere(system, user, "managerID", id)) {
      w.edit(system, user, report, noManager);
    }
  }

  /** The values turning the row into a tombstone when the user has history, else empty. */
  Optional<Map<String, Object>> tombstone(WriteContext ctx, Map<String, Object> row) {
    String id = row.get("ID").toString();
    if (history(ctx, id).isEmpty()) {
      return Optional.empty();
    }
    ObjectType user = writes.get().registry().get("USER");
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDef f : user.fields()) {
      if (f.stored()
          && !KEPT.contains(f.name())
          && !ObjectType.STANDARD_FIELDS.contains(f.name())) {
        values.put(f.name(), null);
      }
    }
    String shortId = id.substring(0, 8);
    values.put("firstName", "Deleted");
    values.put("lastName", "user " + shortId);
    values.put("name", "Deleted user " + shortId);
    values.put("username", "deleted-" + id);
    values.put("isActive", false);
    values.put("deletedDate", ctx.now());
    if (Boolean.TRUE.equals(row.get("isActive"))) {
      values.put("actualDeactivationDate", ctx.now());
      values.put("deactivatedByID", ctx.actorId().orElse(null));
    }
    return Optional.of(values);
  }

  /** Per {@code CODE.field} naming the user, how many objects do: one statement. */
  Map<String, Integer> history(WriteContext ctx, String userId) {
    Select<Record2<String, Integer>> union = null;
    for (ObjectType type : writes.get().registry().types()) {
      for (RefDef ref : type.refs()) {
        String key = type.code() + "." + ref.idField();
        if (!ref.targetCode().equals("USER") || NOT_HISTORY.contains(key)) {
          continue;
        }
        FieldDef f = type.field(ref.idField()).orElseThrow();
        if (!f.stored()) {
          continue;
        }
        SelectConditionStep<Record2<String, Integer>> one =
            ctx.dsl()
                .select(inline(key), count())
                .from(table(name(type.table())))
                .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
                .and(field(name(f.requireColumn()), String.class).eq(userId));
        if (type.code().equals("USER")) {
          one = one.and(field(name("id"), String.class).ne(userId));
        }
        union = union == null ? one : union.unionAll(one);
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    if (union != null) {
      for (Record2<String, Integer> r : ctx.dsl().fetch(union)) {
        if (r.value2() > 0) {
          out.put(r.value1(), r.value2());
        }
      }
    }
    return out;
  }

  private static String describe(Map<String, Integer> history) {
    StringBuilder s = new StringBuilder();
    history.forEach(
        (k, v) -> s.append(s.length() == 0 ? "" : ", ").append(v).append(" ").append(k));
    return s.toString();
  }
}
