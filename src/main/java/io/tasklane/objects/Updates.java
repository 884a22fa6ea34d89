package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.query.Values;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an {@code updates} object to a draft (reference §5.1, §5.4): each name must be a writable
 * field, a writable collection, a reference given as {@code {"ID": …}} (or as an object without ID
 * to create), or a custom field ({@code DE:<name>}, {@code parameterValues}), which the custom-data
 * rules check; values are coerced to the field's type. Unknown and read-only names are errors
 * naming them.
 */
final class Updates {
  /** Custom fields are named {@code DE:<parameter name>} (reference §4.1). */
  static final String CUSTOM_PREFIX = "DE:";

  static final String PARAMETER_VALUES = "parameterValues";

  private Updates() {}

  static void apply(Draft draft, JsonNode updates, ZoneId zone) {
    if (!updates.isObject()) {
      throw new ApiException(
          ErrorCode.MALFORMED_JSON, "updates must be a JSON object with the fields to set.");
    }
    ObjectType type = draft.type();
    for (Map.Entry<String, JsonNode> e : updates.properties()) {
      String name = e.getKey();
      JsonNode value = e.getValue();
      if (name.equals("ID")) {
        if (draft.isCreate() || !value.asText().equalsIgnoreCase(draft.id())) {
          throw ApiException.badRequest(
              draft.isCreate()
                  ? "ID is assigned by the server; do not send it when creating."
                  : "updates.ID " + value.asText() + " does not match the object edited.");
        }
        continue;
      }
      if (name.equals("objCode")) {
        if (!value.asText().equalsIgnoreCase(type.code())) {
          throw ApiException.badRequest(
              "objCode " + value.asText() + " does not match " + type.code() + ".");
        }
        continue;
      }
      if (name.startsWith(CUSTOM_PREFIX)) {
        draft.setCustom(name, value);
        continue;
      }
      if (name.equals(PARAMETER_VALUES)) {
        if (!value.isObject()) {
          throw ApiException.badRequest(
              "parameterValues must be a JSON object of \"DE:<name>\": value pairs.");
        }
        for (Map.Entry<String, JsonNode> c : value.properties()) {
          if (!c.getKey().startsWith(CUSTOM_PREFIX)) {
            throw ApiException.badRequest(
                "parameterValues." + c.getKey() + " must name a custom field as DE:<name>.");
          }
          draft.setCustom(c.getKey(), c.getValue());
        }
        continue;
      }
      Optional<FieldDef> field = type.field(name);
      if (field.isPresent()) {
        setField(draft, field.get(), value, zone);
        continue;
      }
      Optional<CollectionDef> collection = type.collection(name);
      if (collection.isPresent()) {
        if (!collection.get().writable()) {
          throw ApiException.badRequest(
              "Collection "
                  + name
                  + " of "
                  + type.code()
                  + " cannot be set here; write its"
                  + " elements as objects of their own.");
        }
        if (!value.isArray()) {
          throw ApiException.badRequest(name + " must be a JSON array of objects.");
        }
        draft.replaceCollection(name, (ArrayNode) value);
        continue;
      }
      Optional<RefDef> ref = type.ref(name);
      if (ref.isPresent()) {
        FieldDef idField = type.field(ref.get().idField()).orElseThrow();
        if (value.isObject() && value.get("ID") == null) {
          // A nested object to create and reference (a document's currentVersion, §5.3).
          draft.nest(name, (ObjectNode) value);
          continue;
        }
        JsonNode id = value.isObject() ? value.get("ID") : value;
        if (value.isArray()) {
          throw ApiException.badRequest(name + " must be {\"ID\": \"…\"} or null.");
        }
        setField(draft, idField, id, zone);
        continue;
      }
      throw ApiException.badRequest("Unknown field '" + name + "' on " + type.code() + ".");
    }
  }

  private static void setField(Draft draft, FieldDef f, JsonNode value, ZoneId zone) {
    if (f.has(FieldFlag.READ_ONLY)) {
      throw ApiException.badRequest(
          "Field " + f.name() + " of " + draft.type().code() + " is read-only.");
    }
    if (f.has(FieldFlag.CREATE_ONLY) && !draft.isCreate()) {
      throw ApiException.badRequest(
          "Field " + f.name() + " of " + draft.type().code() + " can only be set on create.");
    }
    draft.set(f.name(), Values.fromJson(f, value, zone));
  }
}
