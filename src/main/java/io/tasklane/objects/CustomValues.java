package io.tasklane.objects;

import io.tasklane.store.Scope;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Reads custom-field values for responses ({@code DE:<name>}, {@code parameterValues}, reference
 * §4.1): for each object, {@code "DE:<name>"} → value (a list for multi-valued fields), in one
 * statement for all objects of a response level.
 */
@FunctionalInterface
public interface CustomValues {
  /**
   * @param parameterIds the parameters wanted, or empty for all of them
   */
  Map<String, Map<String, Object>> load(
      DSLContext dsl,
      Scope scope,
      Collection<String> objectIds,
      Optional<Set<String>> parameterIds);

  CustomValues NONE = (dsl, scope, ids, params) -> Map.of();
}
