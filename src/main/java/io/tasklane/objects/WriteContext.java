package io.tasklane.objects;

import io.tasklane.auth.Principal;
import io.tasklane.store.Scope;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One transaction's view of a write: the transaction, the customer, who acts (empty for the system
 * itself: bootstrap, demo data), when, from where and why.
 */
public record WriteContext(
    DSLContext dsl,
    Scope scope,
    Optional<Principal> actor,
    Instant now,
    Source source,
    Optional<String> reason) {

  public Optional<String> actorId() {
    return actor.map(Principal::userId);
  }

  /** True for the system and for System Administrators. */
  public boolean privileged() {
    return actor.isEmpty() || actor.get().administrator();
  }
}
