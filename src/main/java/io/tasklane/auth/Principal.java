package io.tasklane.auth;

import io.tasklane.store.Guard;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An authenticated user as every operation sees them.
 *
 * @param administrator holds a System Administrator access level
 * @param accessLevelRank the access level's rank, for "never grant above your own"
 * @param zone the customer's time zone, in which dates are rendered
 * @param sessionHash the SHA-256 of the session token, when authenticated by session
 * @param userAdmin whom the access level lets this user administer (reference §7.7)
 * @param readGuard present when this principal was remembered from an earlier request rather than
 *     looked up: a read's first statement must carry the guard ({@link Authenticator#remembered})
 */
public record Principal(
    String customerId,
    String userId,
    String username,
    String accessLevelId,
    String licenseType,
    boolean administrator,
    int accessLevelRank,
    ZoneId zone,
    Optional<String> sessionHash,
    UserAdminScope userAdmin,
    Optional<Guard> readGuard) {

  /** A principal as looked up, without a guard. */
  public Principal(
      String customerId,
      String userId,
      String username,
      String accessLevelId,
      String licenseType,
      boolean administrator,
      int accessLevelRank,
      ZoneId zone,
      Optional<String> sessionHash,
      UserAdminScope userAdmin) {
    this(
        customerId,
        userId,
        username,
        accessLevelId,
        licenseType,
        administrator,
        accessLevelRank,
        zone,
        sessionHash,
        userAdmin,
        Optional.empty());
  }

  /** System Administrators and holders of an access level granting user administration. */
  public boolean userAdministrator() {
    return administrator || userAdmin != UserAdminScope.NONE;
  }

  /** This principal, remembered: reads must prove it with {@code guard}. */
  Principal withReadGuard(Guard guard) {
    return withGuard(Optional.of(guard));
  }

  /** This principal as looked up, without a guard. */
  public Principal withoutReadGuard() {
    return readGuard.isEmpty() ? this : withGuard(Optional.empty());
  }

  private Principal withGuard(Optional<Guard> guard) {
    return new Principal(
        customerId,
        userId,
        username,
        accessLevelId,
        licenseType,
        administrator,
        accessLevelRank,
        zone,
        sessionHash,
        userAdmin,
        guard);
  }
}
