package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.auth.Principal;
import io.tasklane.query.Params;
import io.tasklane.schema.ObjectType;
import java.util.Optional;

/**
 * What an action receives: the transaction, the object type, the object's ID for object-level
 * actions, its arguments (parameters, or the JSON {@code updates}) and the generic operations to
 * build on.
 */
public record ActionContext(
    WriteContext write,
    ObjectType type,
    Optional<String> id,
    Params params,
    Optional<JsonNode> updates,
    ObjectApi api) {

  public Principal principal() {
    return write.actor().orElseThrow();
  }

  public Writes writes() {
    return api.writes();
  }

  /** An argument from the parameters, else from the {@code updates} object. */
  public Optional<String> argument(String name) {
    Optional<String> p = params.first(name);
    if (p.isPresent()) {
      return p;
    }
    return updates
        .filter(JsonNode::isObject)
        .map(u -> u.get(name))
        .filter(n -> !n.isNull() && !n.isContainerNode())
        .map(JsonNode::asText);
  }

  /** An object as a read with this request's {@code fields} shows it. */
  public Object show(ObjectType shown, String objectId) {
    return api.get(write.dsl(), principal(), shown, java.util.List.of(objectId), true, params);
  }

  public String requireId() {
    return id.orElseThrow(
        () ->
            io.tasklane.common.ApiException.badRequest(
                "This action needs an object ID: PUT /" + type.code() + "/<ID>/<action>."));
  }
}
