package io.tasklane.auth;

import java.util.Optional;

/**
 * The credentials a request carries (reference §3.1). {@code explicit} ones (session header or
 * parameter, API key, username and password, bearer token) allow writes; a session cookie only
 * allows reads (CSRF, §3.3).
 */
public record Credentials(
    Optional<String> sessionId,
    Optional<String> apiKey,
    Optional<String> username,
    Optional<String> password,
    Optional<String> cookieSession) {

  public static Credentials none() {
    return new Credentials(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean any() {
    return sessionId.isPresent()
        || apiKey.isPresent()
        || username.isPresent()
        || cookieSession.isPresent();
  }
}
