package io.tasklane.users;

import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;

/**
 * The customer's owned seats (reference §6.4): never fewer than are in use. The pipeline has locked
 * the customer row, which every activation locks too, so the count cannot move meanwhile.
 */
final class CustomerSeatRules implements ObjectRules {
  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    for (LicenseType t : LicenseType.values()) {
      if (t.paid() && d.changes(t.seatsField())) {
        Object owned = d.get(t.seatsField());
        if (owned == null) {
          throw io.tasklane.common.ApiException.badRequest(t.seatsField() + " cannot be empty.");
        }
        Licences.requireAtLeastUsed(ctx.dsl(), d.id(), t, ((Number) owned).intValue());
      }
    }
  }
}
