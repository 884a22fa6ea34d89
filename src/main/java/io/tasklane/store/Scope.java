package io.tasklane.store;

import java.util.Optional;

/**
 * The customer every statement is confined to. The store adds {@code customer_id = ?} to every
 * table it touches, so cross-customer reads and writes are impossible by construction. A read's
 * first statement also carries the {@code guard}, when there is one.
 */
public record Scope(String customerId, Optional<Guard> guard) {
  public Scope(String customerId) {
    this(customerId, Optional.empty());
  }

  /** The same customer without the guard, for a read's later statements. */
  public Scope unguarded() {
    return guard.isEmpty() ? this : new Scope(customerId);
  }
}
