package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.util.Map;

/**
 * Custom access levels (reference §6.4): copies of built-ins bounded by their licence type, made by
 * System Administrators (access.AdminOnly). System Administrator and External User are immutable;
 * no custom level reaches the System Administrator's rank or admin flag; a level held by users
 * keeps its licence type (changing it would move seats behind the licence check) and cannot be
 * deleted.
 */
final class AccessLevelRules implements ObjectRules {
  private static final int TOP_RANK = 100;

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (ctx.actor().isEmpty()) {
      return; // the built-in levels, created by the first start
    }
    d.set("isAdmin", false);
    d.set("isReadOnly", false);
    if (d.get("userAdmin") == null) {
      d.set("userAdmin", "NONE");
    }
    if (d.get("rank") == null) {
      d.set("rank", defaultRank(d.get("licenseType")));
    }
    checkRank(d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (Boolean.TRUE.equals(d.previous("isReadOnly"))) {
      throw ApiException.rule("The access level " + d.previous("name") + " cannot be changed.");
    }
    if (d.changes("rank")) {
      checkRank(d);
    }
    if (d.changes("licenseType") && heldBy(ctx, d.id())) {
      throw new ApiException(
          ErrorCode.CONFLICT,
          "Users hold the access level "
              + d.previous("name")
              + "; move them to another level before changing its licence type.");
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    if (Boolean.TRUE.equals(row.get("isReadOnly"))) {
      throw ApiException.rule("The access level " + row.get("name") + " cannot be deleted.");
    }
    if (heldBy(ctx, row.get("ID").toString())) {
      throw new ApiException(
          ErrorCode.CONFLICT,
          "Users (active or not) hold the access level "
              + row.get("name")
              + "; move them to another level first.");
    }
  }

  private static void checkRank(Draft d) {
    Object rank = d.get("rank");
    if (rank instanceof Number n && (n.intValue() < 0 || n.intValue() >= TOP_RANK)) {
      throw ApiException.badRequest(
          "ACSLVL.rank must be between 0 and " + (TOP_RANK - 1) + "; got " + n + ".");
    }
  }

  /** The highest rank of a non-admin built-in level of this licence type. */
  private static int defaultRank(Object licenseType) {
    return BuiltInAccessLevels.ALL.stream()
        .filter(l -> !l.admin() && l.license().name().equals(String.valueOf(licenseType)))
        .mapToInt(BuiltInAccessLevels::rank)
        .max()
        .orElse(0);
  }

  private static boolean heldBy(WriteContext ctx, String levelId) {
    return ctx.dsl()
        .fetchExists(
            ctx.dsl()
                .selectOne()
                .from(table(name("users")))
                .where(field(name("access_level_id"), String.class).eq(levelId))
                .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId())));
  }
}
