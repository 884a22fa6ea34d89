package io.tasklane.api;

import java.util.Map;

/**
 * A successful reply: the {@code data} value and any cookies to set (name → value, an empty value
 * clears the cookie).
 */
public record ApiResult(Object data, Map<String, String> cookies) {
  public static ApiResult of(Object data) {
    return new ApiResult(data, Map.of());
  }
}
