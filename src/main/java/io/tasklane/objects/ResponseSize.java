package io.tasklane.objects;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response-size limits of reference §4.8: fewer than 50,000 primary and nested objects, at most
 * 1,000,000 fields. Nested objects are counted as often as they appear in the reply (a team listed
 * under 2,000 users counts 2,000 times), because that is what the client receives; the projector
 * shares one map per loaded row, so the count is memoised per map and costs one visit per row.
 */
final class ResponseSize {
  /** The reply must hold fewer objects than this. */
  static final int MAX_OBJECTS = 50_000;

  static final int MAX_FIELDS = 1_000_000;

  private final IdentityHashMap<Map<?, ?>, long[]> memo = new IdentityHashMap<>();

  private ResponseSize() {}

  /** Refuses a reply over the limits with an error saying how to narrow it. */
  static void check(List<Map<String, Object>> objects) {
    ResponseSize size = new ResponseSize();
    long objectsCount = 0;
    long fields = 0;
    for (Map<String, Object> o : objects) {
      long[] w = size.weight(o);
      objectsCount += w[0];
      fields += w[1];
      if (objectsCount >= MAX_OBJECTS || fields > MAX_FIELDS) {
        throw tooLarge();
      }
    }
  }

  /** Rows loaded so far may not exceed the object limit: each appears at least once. */
  static void checkLoaded(long loaded) {
    if (loaded >= MAX_OBJECTS) {
      throw tooLarge();
    }
  }

  static ApiException tooLarge() {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The response would hold "
            + MAX_OBJECTS
            + " or more objects (primary and nested) or more than "
            + MAX_FIELDS
            + " fields (reference §4.8); lower $$LIMIT or ask for fewer nested fields.");
  }

  /** {objects, fields} of one object and everything nested in it, saturating at the limits. */
  private long[] weight(Map<?, ?> object) {
    long[] known = memo.get(object);
    if (known != null) {
      return known;
    }
    // A map without an ID (parameterValues) is a value of its object, not an object of its own.
    long objects = object.containsKey("ID") ? 1 : 0;
    long fields = object.size();
    for (Object v : object.values()) {
      if (v instanceof Map<?, ?> nested) {
        long[] w = weight(nested);
        objects += w[0];
        fields += w[1];
      } else if (v instanceof Collection<?> list) {
        for (Object e : list) {
          if (e instanceof Map<?, ?> nested) {
            long[] w = weight(nested);
            objects += w[0];
            fields += w[1];
          }
        }
      }
      if (objects >= MAX_OBJECTS || fields > MAX_FIELDS) {
        throw tooLarge();
      }
    }
    long[] w = {objects, fields};
    memo.put(object, w);
    return w;
  }
}
