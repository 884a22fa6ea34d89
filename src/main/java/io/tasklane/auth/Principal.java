package io.tasklane.auth;

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
    UserAdminScope userAdmin) {

  /** A principal without user-administration rights beyond those of its access level's flag. */
  public Principal(
      String customerId,
      String userId,
      String username,
      String accessLevelId,
      String licenseType,
      boolean administrator,
      int accessLevelRank,
      ZoneId zone,
      Optional<String> sessionHash) {
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
        UserAdminScope.NONE);
  }

  /** System Administrators and holders of an access level granting user administration. */
  public boolean userAdministrator() {
    return administrator || userAdmin != UserAdminScope.NONE;
  }
}
