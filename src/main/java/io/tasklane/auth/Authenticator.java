package io.tasklane.auth;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves credentials to a principal (reference §3). Sessions and API keys are looked up by the
 * SHA-256 of the token, joined with the user so that a deactivated user's credentials fail on the
 * very next request. Passwords are throttled per user: after a few failures each attempt must wait,
 * after more the account locks for a while.
 */
public final class Authenticator {
  private final Database database;
  private final CredentialStore store;
  private final AuthSettings settings;
  private final Clock clock;

  /** Credentials looked up lately, by kind and token hash ({@link #remembered}). */
  private final Map<String, CredentialStore.Resolved> recent = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 10_000;
  private static final String SESSION = "s:";
  private static final String KEY = "k:";

  public Authenticator(
      Database database, CredentialStore store, AuthSettings settings, Clock clock) {
    this.database = database;
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** A logged-in session. */
  public record Login(Principal principal, String sessionId) {}

  /**
   * The principal of these credentials; empty when none were sent. Cookie sessions count only for
   * reads (CSRF, reference §3.3).
   */
  public Optional<Principal> authenticate(Credentials c, boolean write, Optional<String> domain) {
    if (c.sessionId().isPresent()) {
      return Optional.of(session(c.sessionId().get()));
    }
    if (c.apiKey().isPresent()) {
      String hash = Tokens.sha256(c.apiKey().get().trim());
      Optional<CredentialStore.Resolved> key =
          database.read(dsl -> store.byApiKey(dsl, hash, clock.instant()));
      remember(KEY + hash, key);
      return Optional.of(
          key.orElseThrow(
                  () -> ApiException.unauthenticated("Invalid, expired or revoked API key."))
              .principal());
    }
    if (c.username().isPresent()) {
      return Optional.of(checkPassword(c.username().get(), c.password().orElse(""), domain));
    }
    if (c.cookieSession().isPresent()) {
      if (write) {
        throw ApiException.unauthenticated(
            "A session cookie only authorises reads; send the sessionID header or parameter, or"
                + " an apiKey, to change data.");
      }
      return Optional.of(session(c.cookieSession().get()));
    }
    return Optional.empty();
  }

  /**
   * The principal these credentials resolved to on an earlier request of this process, carrying the
   * guard that a read's first statement must meet; empty when there is none to remember (then call
   * {@link #authenticate}). Only for reads that prove the guard (api.Dispatcher): the credential is
   * still checked in the database on every request, inside the read instead of in a statement of
   * its own, so revocation stays immediate on every node.
   */
  public Optional<Principal> remembered(Credentials c) {
    // The same precedence as authenticate(): session, API key, password, cookie.
    boolean session;
    String token;
    if (c.sessionId().isPresent()) {
      session = true;
      token = c.sessionId().get();
    } else if (c.apiKey().isPresent()) {
      session = false;
      token = c.apiKey().get();
    } else if (c.username().isEmpty() && c.cookieSession().isPresent()) {
      session = true;
      token = c.cookieSession().get();
    } else {
      return Optional.empty();
    }
    String hash = Tokens.sha256(token.trim());
    CredentialStore.Resolved known = recent.get((session ? SESSION : KEY) + hash);
    if (known == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (session && slides(known.expiresAt(), now)) {
      return Optional.empty(); // authenticate() extends the session
    }
    return Optional.of(
        known
            .principal()
            .withReadGuard(
                session
                    ? CredentialStore.sessionGuard(hash, now, known.snapshot())
                    : CredentialStore.apiKeyGuard(hash, now, known.snapshot())));
  }

  private Principal session(String token) {
    String hash = Tokens.sha256(token.trim());
    Instant now = clock.instant();
    Optional<CredentialStore.Resolved> found =
        database.read(dsl -> store.bySession(dsl, hash, now));
    CredentialStore.Resolved row =
        found.orElseThrow(
            () -> {
              recent.remove(SESSION + hash);
              return ApiException.unauthenticated("Invalid, expired or revoked session.");
            });
    Instant wanted = now.plus(settings.sessionIdle());
    if (slides(row.expiresAt(), now)) {
      database.read(
          dsl -> {
            store.extendSession(dsl, hash, wanted);
            return null;
          });
      row = new CredentialStore.Resolved(row.principal(), wanted, row.snapshot());
    }
    remember(SESSION + hash, Optional.of(row));
    return row.principal();
  }

  /** Slide the idle expiry at most once a minute, so reads stay reads. */
  private boolean slides(Instant expiresAt, Instant now) {
    Instant wanted = now.plus(settings.sessionIdle());
    return Duration.between(expiresAt, wanted).compareTo(Duration.ofMinutes(1)) > 0;
  }

  private void remember(String key, Optional<CredentialStore.Resolved> resolved) {
    if (resolved.isEmpty()) {
      recent.remove(key);
      return;
    }
    if (recent.size() >= MAX_REMEMBERED) {
      recent.clear(); // a crude bound: forgetting costs one look-up per credential
    }
    recent.put(key, resolved.get());
  }

  /** Checks a username and password, counting failures; the principal on success. */
  public Principal checkPassword(String username, String password, Optional<String> domain) {
    Instant now = clock.instant();
    List<CredentialStore.LoginRow> rows =
        oneCustomer(database.read(dsl -> store.usersForLogin(dsl, username.trim())), domain);
    if (rows.isEmpty()) {
      Passwords.burn(password);
      throw ApiException.unauthenticated("Invalid username or password.");
    }
    CredentialStore.LoginRow row = rows.get(0);
    if (row.lockedUntil().isPresent() && row.lockedUntil().get().isAfter(now)) {
      throw new ApiException(
          ErrorCode.LOCKED,
          "The account is locked after repeated failed logins until "
              + row.lockedUntil().get()
              + ".");
    }
    Duration wait = settings.backoff(row.failures());
    if (row.lastFailure().isPresent()) {
      Instant allowed = row.lastFailure().get().plus(wait);
      if (allowed.isAfter(now)) {
        long seconds = Math.max(1, Duration.between(now, allowed).toSeconds());
        throw new ApiException(
            ErrorCode.TOO_MANY_REQUESTS,
            "Too many failed logins; retry in " + seconds + " seconds.",
            List.of(Long.toString(seconds)));
      }
    }
    if (!Passwords.matches(password, row.passwordHash())) {
      Optional<Instant> lock =
          row.failures() + 1 >= settings.lockAfter()
              ? Optional.of(now.plus(settings.lockFor()))
              : Optional.empty();
      database.transaction(
          dsl -> {
            store.recordFailure(dsl, row.userId(), now, lock);
            return null;
          });
      throw ApiException.unauthenticated("Invalid username or password.");
    }
    if (!row.active()) {
      throw ApiException.unauthenticated(
          "This account is inactive; an administrator must reactivate it before it can be used.");
    }
    return database.transaction(
        dsl -> {
          store.recordSuccess(dsl, row.userId(), now);
          return store.byUserId(dsl, row.userId()).orElseThrow();
        });
  }

  /**
   * A username lives in one customer; when several customers have it, the host name's first label
   * (the customer's domain) decides, and a host naming no customer means the default customer (the
   * one without a domain).
   */
  private static List<CredentialStore.LoginRow> oneCustomer(
      List<CredentialStore.LoginRow> rows, Optional<String> domain) {
    if (rows.stream().map(CredentialStore.LoginRow::customerId).distinct().count() <= 1) {
      return rows;
    }
    List<CredentialStore.LoginRow> mine =
        rows.stream().filter(r -> domain.isPresent() && r.customerDomain().equals(domain)).toList();
    if (mine.isEmpty()) {
      mine = rows.stream().filter(r -> r.customerDomain().isEmpty()).toList();
    }
    if (mine.stream().map(CredentialStore.LoginRow::customerId).distinct().count() != 1) {
      throw ApiException.unauthenticated(
          "The username exists in several customers; call the server by the customer's own host"
              + " name (<domain>.<server>).");
    }
    return mine;
  }

  /** Creates a session for valid credentials (reference §3.2). */
  public Login login(String username, String password, Optional<String> domain) {
    Principal p = checkPassword(username, password, domain);
    String token = Tokens.random();
    Instant now = clock.instant();
    database.transaction(
        dsl -> {
          store.createSession(
              dsl,
              Tokens.sha256(token),
              p,
              now,
              now.plus(settings.sessionIdle()),
              now.plus(settings.sessionAbsolute()));
          return null;
        });
    return new Login(p, token);
  }

  public void logout(String token) {
    String hash = Tokens.sha256(token.trim());
    recent.remove(SESSION + hash);
    database.transaction(
        dsl -> {
          store.deleteSession(dsl, hash);
          return null;
        });
  }
}
