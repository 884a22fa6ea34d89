package io.tasklane.users;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.objects.AssignmentGuard;
import io.tasklane.objects.WriteContext;
import java.util.Collection;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * The one assignment guard (DESIGN.md invariant 3): a deactivated user receives no new work or
 * access on any write path. One query per write, one error class and message.
 */
public final class ActiveUserGuard implements AssignmentGuard {
  @Override
  public void check(WriteContext ctx, String what, Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return;
    }
    List<String> inactive =
        ctx.dsl()
            .select(DSL.field(DSL.name("id"), String.class))
            .from(DSL.table(DSL.name("users")))
            .where(DSL.field(DSL.name("customer_id"), String.class).eq(ctx.scope().customerId()))
            .and(
                DSL.field(DSL.name("id"), String.class).eq(DSL.any(userIds.toArray(String[]::new))))
            .and(DSL.field(DSL.name("is_active"), Boolean.class).isFalse())
            .fetch(0, String.class);
    if (!inactive.isEmpty()) {
      throw new ApiException(
          ErrorCode.INACTIVE_USER,
          "User "
              + String.join(", ", inactive)
              + " is inactive and cannot be given new work or access ("
              + what
              + ").",
          inactive);
    }
  }
}
