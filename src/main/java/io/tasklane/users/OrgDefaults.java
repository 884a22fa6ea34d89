package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;

/** Looks up the customer's built-in access levels and default group by name. */
public final class OrgDefaults {
  public static final String DEFAULT_GROUP = "Default Group";

  public String accessLevelId(WriteContext ctx, String levelName) {
    return ctx.dsl()
        .select(field(name("id"), String.class))
        .from(table(name("access_levels")))
        .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(field(name("name"), String.class).eq(levelName))
        .fetchOptional(0, String.class)
        .orElseThrow(() -> ApiException.notFound("No access level named " + levelName + "."));
  }

  /** The creator's home group, else the customer's default group. */
  public String homeGroupId(WriteContext ctx) {
    if (ctx.actorId().isPresent()) {
      String own =
          ctx.dsl()
              .select(field(name("home_group_id"), String.class))
              .from(table(name("users")))
              .where(field(name("id"), String.class).eq(ctx.actorId().get()))
              .fetchOne(0, String.class);
      if (own != null) {
        return own;
      }
    }
    return ctx.dsl()
        .select(field(name("id"), String.class))
        .from(table(name("org_groups")))
        .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
        .and(field(name("name"), String.class).eq(DEFAULT_GROUP))
        .orderBy(field(name("id")))
        .limit(1)
        .fetchOptional(0, String.class)
        .orElse(null);
  }
}
