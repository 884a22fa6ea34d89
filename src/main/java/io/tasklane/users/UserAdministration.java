package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Principal;
import io.tasklane.auth.UserAdminScope;
import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Who may create, change, deactivate, reactivate and delete whom (reference §7.7): System
 * Administrators anyone; holders of an access level granting user administration of all users any
 * non-administrator; of group users, the users sharing one of their groups; group administrators
 * ({@code USRGPS.isOwner}) the members of the groups they own. Nobody but a System Administrator
 * touches a System Administrator or grants an access level ranked above their own (§6.4).
 */
final class UserAdministration {
  private UserAdministration() {}

  /**
   * Refuses unless the actor may administer the user {@code targetId} (empty on create) whose home
   * group is {@code homeGroupId}, holding {@code level} before and {@code newLevel} after the
   * write.
   */
  static void require(
      WriteContext ctx,
      Optional<String> targetId,
      Optional<String> homeGroupId,
      AccessLevels.Level level,
      AccessLevels.Level newLevel,
      String verb) {
    if (ctx.privileged()) {
      return;
    }
    Principal actor = ctx.actor().orElseThrow();
    if (level.admin() || newLevel.admin()) {
      throw ApiException.forbidden(
          "Only System Administrators may " + verb + " a System Administrator.");
    }
    if (newLevel.rank() > actor.accessLevelRank()) {
      throw ApiException.forbidden(
          "You cannot grant the access level "
              + newLevel.name()
              + " (rank "
              + newLevel.rank()
              + "), which is above your own (rank "
              + actor.accessLevelRank()
              + ").");
    }
    if (actor.userAdmin() == UserAdminScope.ALL_USERS) {
      return;
    }
    Set<String> targetGroups = new HashSet<>();
    homeGroupId.ifPresent(targetGroups::add);
    targetId.ifPresent(id -> targetGroups.addAll(memberships(ctx.dsl(), id, false)));
    Set<String> actorGroups = memberships(ctx.dsl(), actor.userId(), true);
    if (actor.userAdmin() == UserAdminScope.GROUP_USERS) {
      actorGroups.addAll(memberships(ctx.dsl(), actor.userId(), false));
      actorGroups.addAll(homeGroup(ctx.dsl(), actor.userId()));
    }
    targetGroups.retainAll(actorGroups);
    if (targetGroups.isEmpty()) {
      throw ApiException.forbidden(
          "You may not "
              + verb
              + " this user: only System Administrators, user administrators and"
              + " administrators of the user's groups may.");
    }
  }

  /** True when the actor administers anyone at all, so may see inactive users in search. */
  static boolean seesEveryone(Principal p) {
    return p.userAdministrator();
  }

  private static Set<String> memberships(DSLContext dsl, String userId, boolean ownedOnly) {
    var where = field(name("user_id"), String.class).eq(userId);
    if (ownedOnly) {
      where = where.and(field(name("is_owner"), Boolean.class).isTrue());
    }
    return new HashSet<>(
        dsl.select(field(name("group_id"), String.class))
            .from(table(name("user_groups")))
            .where(where)
            .fetch(0, String.class));
  }

  private static Set<String> homeGroup(DSLContext dsl, String userId) {
    Set<String> out = new HashSet<>();
    String g =
        dsl.select(field(name("home_group_id"), String.class))
            .from(table(name("users")))
            .where(field(name("id"), String.class).eq(userId))
            .fetchOne(0, String.class);
    if (g != null) {
      out.add(g);
    }
    return out;
  }
}
