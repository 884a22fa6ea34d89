package io.tasklane.query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the query language needs to know about whoever asks: whether they may read restricted
 * fields, their customer's time zone, the current instant and their {@code $$USER} values.
 */
public interface Caller {
  boolean administrator();

  /** The customer's time zone: dates without an offset are read in it. */
  ZoneId zone();

  Instant now();

  /**
   * The value of {@code $$USER.<field>} (reference §4.4): a String, or a {@code List<String>} for
   * list-valued ones such as {@code roleIDs}; empty when the field is not a known wildcard.
   */
  Optional<Object> userValue(String field);

  /**
   * The custom field {@code DE:<name>} of the caller's customer (reference §4.1), if one exists;
   * resolved once per request.
   */
  default Optional<CustomField> customField(String name) {
    return Optional.empty();
  }
}
