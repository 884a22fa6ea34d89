package io.tasklane.users;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;

/** The customer always keeps one active System Administrator (reference §7.7). */
final class SystemAdministrators {
  private SystemAdministrators() {}

  /**
   * Refuses unless another active System Administrator remains besides {@code userId}. Locks the
   * customer row first, so two requests removing the last two administrators cannot both pass.
   */
  static void requireAnotherActive(WriteContext ctx, String userId, String verb) {
    String customer = ctx.scope().customerId();
    ctx.dsl()
        .select(field(name("id")))
        .from(table(name("customers")))
        .where(field(name("id"), String.class).eq(customer))
        .forUpdate()
        .fetch();
    int others =
        ctx.dsl()
            .select(count())
            .from(table(name("users")).as("u"))
            .join(table(name("access_levels")).as("a"))
            .on(field(name("a", "id")).eq(field(name("u", "access_level_id"))))
            .where(field(name("u", "customer_id"), String.class).eq(customer))
            .and(field(name("u", "is_active"), Boolean.class).isTrue())
            .and(field(name("a", "is_admin"), Boolean.class).isTrue())
            .and(field(name("u", "id"), String.class).ne(userId))
            .fetchOne(0, Integer.class);
    if (others == 0) {
      throw ApiException.rule(
          "Cannot " + verb + " the last active System Administrator; make another user one first.");
    }
  }
}
