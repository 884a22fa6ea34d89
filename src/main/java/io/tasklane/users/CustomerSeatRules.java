package io.tasklane.users;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.util.EnumMap;
import java.util.Map;

/**
 * The customer's owned seats (reference §6.4): a new customer gets its seat counters; an edit moves
 * the counters' owned seats in step with the CUST field and is refused below the seats in use. Both
 * lock the type's counter rows, which every activation of the type locks too, so the seats in use
 * cannot move meanwhile ({@link SeatCounts}).
 */
final class CustomerSeatRules implements ObjectRules {
  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    SeatChanges.flush(ctx.dsl()); // this transaction's own activations count first
    for (LicenseType t : LicenseType.values()) {
      if (t.paid() && d.changes(t.seatsField())) {
        SeatCounts.setOwned(ctx.dsl(), d.id(), t, owned(d, t));
      }
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (!d.isCreate()) {
      return;
    }
    Map<LicenseType, Integer> owned = new EnumMap<>(LicenseType.class);
    for (LicenseType t : LicenseType.values()) {
      if (t.paid()) {
        owned.put(t, d.get(t.seatsField()) == null ? 0 : owned(d, t));
      }
    }
    SeatCounts.open(ctx.dsl(), d.id(), owned);
  }

  private static int owned(Draft d, LicenseType t) {
    Object owned = d.get(t.seatsField());
    if (owned == null) {
      throw ApiException.badRequest(t.seatsField() + " cannot be empty.");
    }
    int n = ((Number) owned).intValue();
    if (n < 0) {
      throw ApiException.badRequest(t.seatsField() + " cannot be negative.");
    }
    return n;
  }
}
