package io.tasklane.api;

import java.util.Map;
import java.util.Optional;

/**
 * A successful reply: the {@code data} value and any cookies to set (name → value, an empty value
 * clears the cookie), or a file to send as it is.
 */
public record ApiResult(Object data, Map<String, String> cookies, Optional<FileBody> file) {
  public ApiResult(Object data, Map<String, String> cookies) {
    this(data, cookies, Optional.empty());
  }

  public static ApiResult of(Object data) {
    return new ApiResult(data, Map.of());
  }

  public static ApiResult file(FileBody body) {
    return new ApiResult(null, Map.of(), Optional.of(body));
  }
}
