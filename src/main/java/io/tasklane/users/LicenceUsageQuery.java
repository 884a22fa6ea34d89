package io.tasklane.users;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Behaviours;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /CUST/licenseUsage} (reference §6.4): per paid licence type the seats owned, in use,
 * free and held by users scheduled for deactivation. For people who administer users.
 */
final class LicenceUsageQuery {
  private LicenceUsageQuery() {}

  static void register(Behaviours.Builder b) {
    b.namedQuery(
        "CUST",
        "licenseUsage",
        (api, principal, type, params, dsl) -> {
          if (!principal.userAdministrator()) {
            throw ApiException.forbidden("Only administrators may see licence usage.");
          }
          return rows(Licences.usage(dsl, principal.customerId()));
        });
  }

  static List<Map<String, Object>> rows(List<Licences.Usage> usage) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Licences.Usage u : usage) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("licenseType", u.type().name());
      row.put("owned", u.owned());
      row.put("inUse", u.used());
      row.put("free", u.free());
      row.put("scheduledForDeactivation", u.scheduled());
      out.add(row);
    }
    return out;
  }
}
