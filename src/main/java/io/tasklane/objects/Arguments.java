package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.query.JsonInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * List-valued action arguments as clients send them: a repeated parameter ({@code userIDs=a&
 * userIDs=b}), a comma list, a JSON array string ({@code userIDs=["a","b"]}) or an array in the
 * {@code updates} object.
 */
public final class Arguments {
  private Arguments() {}

  public static List<String> list(ActionContext ctx, String name) {
    List<String> out = new ArrayList<>();
    for (String raw : ctx.params().all(name)) {
      String v = raw.trim();
      if (v.startsWith("[")) {
        JsonNode array = JsonInput.parse(v, name);
        array.forEach(n -> add(out, n.asText()));
      } else {
        for (String part : v.split(",")) {
          add(out, part);
        }
      }
    }
    Optional<JsonNode> fromUpdates =
        ctx.updates().filter(JsonNode::isObject).map(u -> u.get(name)).filter(n -> n != null);
    if (fromUpdates.isPresent()) {
      JsonNode n = fromUpdates.get();
      if (n.isArray()) {
        n.forEach(x -> add(out, x.asText()));
      } else if (!n.isNull()) {
        for (String part : n.asText().split(",")) {
          add(out, part);
        }
      }
    }
    return out;
  }

  public static String required(ActionContext ctx, String name) {
    return ctx.argument(name)
        .filter(s -> !s.isBlank())
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "Action needs the argument '" + name + "' on " + ctx.type().code() + "."));
  }

  private static void add(List<String> out, String part) {
    String p = part.trim();
    if (!p.isEmpty() && !out.contains(p)) {
      out.add(p);
    }
  }
}
