package io.tasklane.access;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What a user may do with one object (reference §5.6): administrators and the system everything;
 * the owner or creator manages it; an assignee contributes to their task or issue and views its
 * project; access rules grant their level to the user, their teams, groups, job roles and company;
 * a project's level applies to its tasks, issues and documents, an object's to its documents.
 */
public final class AccessPolicy {
  /** Level of the acting user on the object; MANAGE for the system and administrators. */
  public Level level(WriteContext ctx, String objCode, String objId) {
    if (ctx.privileged()) {
      return Level.MANAGE;
    }
    String user = ctx.actorId().orElseThrow();
    return level(ctx.dsl(), user, accessors(ctx.dsl(), user), objCode, objId, 0);
  }

  public void requireView(WriteContext ctx, String objCode, String objId) {
    require(ctx, objCode, objId, Level.VIEW, "view");
  }

  public void requireContribute(WriteContext ctx, String objCode, String objId) {
    require(ctx, objCode, objId, Level.CONTRIBUTE, "change");
  }

  public void requireManage(WriteContext ctx, String objCode, String objId) {
    require(ctx, objCode, objId, Level.MANAGE, "delete or share");
  }

  private void require(WriteContext ctx, String objCode, String objId, Level needed, String verb) {
    Level have = level(ctx, objCode, objId);
    if (!have.atLeast(needed)) {
      throw ApiException.forbidden(
          "You may not "
              + verb
              + " "
              + objCode
              + " "
              + objId
              + "; it needs "
              + needed.name().toLowerCase(Locale.ROOT)
              + " access and you have "
              + have.name().toLowerCase(Locale.ROOT)
              + ".");
    }
  }

  /** The user and every team, group, job role and company they belong to. */
  static Set<String> accessors(DSLContext dsl, String user) {
    Set<String> out = new LinkedHashSet<>();
    out.add(user);
    Record u =
        dsl.select(
                field(name("home_group_id")),
                field(name("role_id")),
                field(name("company_id")),
                field(name("home_team_id")))
            .from(table(name("users")))
            .where(field(name("id"), String.class).eq(user))
            .fetchOne();
    if (u != null) {
      for (int i = 0; i < 4; i++) {
        if (u.get(i) != null) {
          out.add(u.get(i).toString());
        }
      }
    }
    out.addAll(ids(dsl, "user_groups", "group_id", user));
    out.addAll(ids(dsl, "user_roles", "role_id", user));
    out.addAll(ids(dsl, "team_members", "team_id", user));
    return out;
  }

  private static java.util.List<String> ids(
      DSLContext dsl, String link, String column, String user) {
    return dsl.select(field(name(column), String.class))
        .from(table(name(link)))
        .where(field(name("user_id"), String.class).eq(user))
        .fetch(0, String.class);
  }

  private Level level(
      DSLContext dsl, String user, Set<String> accessors, String objCode, String objId, int depth) {
    if (objId == null || depth > 3) {
      return Level.NONE;
    }
    Level level = shared(dsl, accessors, objId);
    switch (objCode) {
      case "PROJ" -> {
        Record r = row(dsl, "projects", objId, "owner_id", "entered_by_id");
        if (r == null) {
          return Level.NONE;
        }
        if (user.equals(r.get(0)) || user.equals(r.get(1))) {
          return Level.MANAGE;
        }
        if (level == Level.NONE && assigned(dsl, "project_id", objId, user)) {
          level = Level.VIEW;
        }
      }
      case "TASK", "OPTASK" -> {
        boolean task = objCode.equals("TASK");
        Record r =
            row(
                dsl,
                task ? "tasks" : "issues",
                objId,
                "project_id",
                "entered_by_id",
                task ? "entered_by_id" : "owner_id");
        if (r == null) {
          return Level.NONE;
        }
        if (user.equals(r.get(1)) || user.equals(r.get(2))) {
          return Level.MANAGE;
        }
        if (assigned(dsl, task ? "task_id" : "op_task_id", objId, user)) {
          level = Level.max(level, Level.CONTRIBUTE);
        }
        level = Level.max(level, level(dsl, user, accessors, "PROJ", (String) r.get(0), depth + 1));
      }
      case "DOCU" -> {
        Record r = row(dsl, "documents", objId, "doc_obj_code", "obj_id", "owner_id");
        if (r == null) {
          return Level.NONE;
        }
        if (user.equals(r.get(2))) {
          return Level.MANAGE;
        }
        String code = (String) r.get(0);
        Level parent =
            code.equals("USER")
                ? (user.equals(r.get(1)) ? Level.MANAGE : Level.NONE)
                : level(dsl, user, accessors, code, (String) r.get(1), depth + 1);
        level = Level.max(level, parent);
      }
      default -> {
        return Level.NONE;
      }
    }
    return level;
  }

  private static Level shared(DSLContext dsl, Set<String> accessors, String objId) {
    Level best = Level.NONE;
    for (String action :
        dsl.select(field(name("core_action"), String.class))
            .from(table(name("access_rules")))
            .where(field(name("security_obj_id"), String.class).eq(objId))
            .and(field(name("accessor_id"), String.class).in(accessors))
            .fetch(0, String.class)) {
      best = Level.max(best, Level.valueOf(action));
    }
    return best;
  }

  private static boolean assigned(DSLContext dsl, String column, String id, String user) {
    return dsl.fetchExists(
        dsl.selectOne()
            .from(table(name("assignments")))
            .where(field(name(column), String.class).eq(id))
            .and(field(name("assigned_to_id"), String.class).eq(user)));
  }

  private static Record row(DSLContext dsl, String table, String id, String... columns) {
    return dsl.select(java.util.Arrays.stream(columns).map(c -> field(name(c))).toList())
        .from(table(name(table)))
        .where(field(name("id"), String.class).eq(id))
        .fetchOne();
  }
}
