package io.tasklane.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One API key per user (reference §3.2): generated fresh, returned while it lives, cleared on
 * demand or on deactivation. Keys expire after the configured lifetime, restarting when changed.
 */
public final class ApiKeys {
  private final CredentialStore store;
  private final Sealer sealer;
  private final AuthSettings settings;
  private final Clock clock;

  public ApiKeys(CredentialStore store, Sealer sealer, AuthSettings settings, Clock clock) {
    this.store = store;
    this.sealer = sealer;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new key for {@code user}, replacing any old one. */
  public String generate(DSLContext dsl, Principal user) {
    String key = Tokens.random();
    Instant now = clock.instant();
    store.replaceApiKey(
        dsl, user, Tokens.sha256(key), sealer.seal(key), now, now.plus(settings.apiKeyLifetime()));
    return key;
  }

  /** The user's current key, if one lives. */
  public Optional<String> current(DSLContext dsl, Principal user) {
    return store.sealedApiKey(dsl, user.userId(), clock.instant()).flatMap(sealer::open);
  }

  public boolean clear(DSLContext dsl, Principal user) {
    return store.clearApiKey(dsl, user.userId()) > 0;
  }
}
