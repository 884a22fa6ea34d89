package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.api.SessionEndpoints;
import io.tasklane.auth.Principal;
import io.tasklane.store.Database;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Record4;

/** The session attributes login reports about the customer: locale, time zone, currency. */
public final class CustomerInfo implements SessionEndpoints.CustomerInfo {
  private final Database database;

  public CustomerInfo(Database database) {
    this.database = database;
  }

  @Override
  public Map<String, Object> describe(Principal p) {
    Record4<String, String, String, String> r =
        database.read(
            dsl ->
                dsl.select(
                        field(name("u", "locale"), String.class),
                        field(name("c", "locale"), String.class),
                        field(name("u", "time_zone"), String.class),
                        field(name("c", "currency"), String.class))
                    .from(table(name("users")).as("u"))
                    .join(table(name("customers")).as("c"))
                    .on(field(name("c", "id")).eq(field(name("u", "customer_id"))))
                    .where(field(name("u", "id"), String.class).eq(p.userId()))
                    .fetchOne());
    Map<String, Object> out = new LinkedHashMap<>();
    String locale = r == null ? null : r.value1() != null ? r.value1() : r.value2();
    out.put("locale", locale == null ? "en_US" : locale);
    out.put("timeZone", r != null && r.value3() != null ? r.value3() : p.zone().getId());
    String code = r == null || r.value4() == null ? "USD" : r.value4();
    Map<String, Object> currency = new LinkedHashMap<>();
    currency.put("ID", code);
    currency.put("symbol", symbol(code));
    currency.put("fractionDigits", 2);
    currency.put("decimalSeparator", ".");
    currency.put("groupingSeparator", ",");
    currency.put("useNegativeSign", true);
    out.put("currency", currency);
    return out;
  }

  private static String symbol(String code) {
    try {
      return Currency.getInstance(code).getSymbol(java.util.Locale.US);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }
}
