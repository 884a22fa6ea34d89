package io.tasklane.store;

import io.tasklane.query.Filter;
import io.tasklane.schema.ObjectType;
import java.util.Optional;
import java.util.function.Function;

/**
 * The customer every statement is confined to. The store adds {@code customer_id = ?} to every
 * table it touches, so cross-customer reads and writes are impossible by construction. A read's
 * first statement also carries the {@code guard}, when there is one. {@code narrowing} gives, per
 * type, what the caller may find: every sub-query that a caller's filter runs over another type (a
 * collection path, an EXISTS block) keeps only those objects, so a filter cannot tell apart objects
 * the caller cannot see (FilterCompiler).
 */
public record Scope(
    String customerId, Optional<Guard> guard, Function<ObjectType, Filter> narrowing) {
  /** Nothing narrowed: the server's own reads. */
  public static final Function<ObjectType, Filter> EVERYTHING = t -> Filter.NONE;

  public Scope(String customerId) {
    this(customerId, Optional.empty(), EVERYTHING);
  }

  public Scope(String customerId, Optional<Guard> guard) {
    this(customerId, guard, EVERYTHING);
  }
}
