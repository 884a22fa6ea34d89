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
    Optional<String> sessionHash) {}
