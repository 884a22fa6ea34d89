package io.tasklane.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * Whom an access level lets its holders administer (reference §7.7: "User Admin (All Users)" and
 * "User Admin (Group Users)"). System Administrators administer everyone regardless.
 */
public enum UserAdminScope {
  NONE,
  /** Users who share a group (home group or membership) with the holder. */
  GROUP_USERS,
  ALL_USERS;

  public static Optional<UserAdminScope> parse(String code) {
    for (UserAdminScope s : values()) {
      if (s.name().equalsIgnoreCase(code == null ? "" : code.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static UserAdminScope ofStored(String code) {
    return parse(code == null ? "NONE" : code.toUpperCase(Locale.ROOT)).orElse(NONE);
  }
}
