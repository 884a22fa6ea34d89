package io.tasklane.api;

import io.tasklane.common.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Workfront error object (reference §12): {@code class}, {@code message}, {@code title}, {@code
 * msgKey}, {@code attributes}, {@code code}.
 */
public final class ErrorBody {
  private ErrorBody() {}

  public static Map<String, Object> of(ApiException e) {
    return of(e.code().className(), e.getMessage(), e.code().msgKey(), e.attributes());
  }

  public static Map<String, Object> of(
      String className, String message, String msgKey, List<String> attributes) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("class", className);
    error.put("message", message);
    error.put("title", null);
    error.put("msgKey", msgKey);
    error.put("attributes", attributes.isEmpty() ? List.of("") : new ArrayList<>(attributes));
    error.put("code", 0);
    return error;
  }
}
