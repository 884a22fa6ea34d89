package io.tasklane.users;

import java.util.Locale;
import java.util.Optional;

/**
 * Licence types (reference §6.4). Workfront's wire codes are undocumented, so these names are our
 * stable codes. Each paid type is counted against the customer's owned seats in {@link #column}.
 */
public enum LicenseType {
  STANDARD(true),
  LIGHT(true),
  CONTRIBUTOR(true),
  EXTERNAL(false),
  PLAN(true),
  WORK(true),
  REVIEW(true),
  REQUEST(true);

  private final boolean paid;

  LicenseType(boolean paid) {
    this.paid = paid;
  }

  public boolean paid() {
    return paid;
  }

  /** The CUST field holding the owned seat count, e.g. {@code standardLicenses}. */
  public String seatsField() {
    return name().toLowerCase(Locale.ROOT) + "Licenses";
  }

  public static Optional<LicenseType> parse(String code) {
    for (LicenseType t : values()) {
      if (t.name().equalsIgnoreCase(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static String[] codes() {
    LicenseType[] all = values();
    String[] out = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      out[i] = all[i].name();
    }
    return out;
  }
}
