package io.tasklane.access;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.util.Map;

/**
 * Set-up objects (the customer, groups, job roles, companies, teams and memberships, statuses, hour
 * types, custom forms) are changed by administrators only.
 */
public final class AdminOnly implements ObjectRules {
  private final String what;

  public AdminOnly(String what) {
    this.what = what;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft draft) {
    require(ctx);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft draft) {
    require(ctx);
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    require(ctx);
  }

  private void require(WriteContext ctx) {
    if (!ctx.privileged()) {
      throw ApiException.forbidden("Only administrators may change " + what + ".");
    }
  }
}
