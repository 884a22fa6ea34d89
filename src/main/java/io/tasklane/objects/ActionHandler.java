package io.tasklane.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One action ({@code PUT /<obj>/<id>/<action>} or {@code /<obj>?action=}, reference §5.5). It runs
 * in the request's transaction and returns the response's {@code data}.
 */
@FunctionalInterface
public interface ActionHandler {
  Object run(ActionContext ctx);

  /** The conventional {@code {"result": value}} reply. */
  static Map<String, Object> result(Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("result", value);
    return out;
  }
}
