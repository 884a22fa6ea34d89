package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code fields} parameter (reference §4.1): adds to the type's defaults; {@code ref} gives the
 * nested core fields, {@code ref:field} more of them, {@code collection} and {@code collection:*},
 * {@code *} every readable direct field, {@code DE:<name>} a custom field and {@code
 * parameterValues} all of them. At most four levels deep.
 */
final class FieldsParser {
  private final Paths paths;

  /**
   * Each type's default selection, for the many reads that ask for no other: a selection does not
   * depend on the caller, and the registry's types are few and compared by identity.
   */
  private final Map<ObjectType, Selection> defaults = new ConcurrentHashMap<>();

  FieldsParser(Paths paths) {
    this.paths = paths;
  }

  Selection parse(ObjectType type, List<String> fieldsParams, Caller caller) {
    if (fieldsParams.isEmpty()) {
      return defaults.computeIfAbsent(type, Selection::defaults);
    }
    Selection.Builder root = new Selection.Builder(type);
    Selection.defaults(type).items().forEach(i -> root.field(i.key()));
    for (String param : fieldsParams) {
      for (String token : param.split(",")) {
        String t = token.trim();
        if (!t.isEmpty()) {
          add(root, t, caller);
        }
      }
    }
    return root.build();
  }

  private void add(Selection.Builder root, String token, Caller caller) {
    String[] parts = token.split(":", -1);
    if (parts.length > FieldPath.MAX_DEPTH + 1) {
      throw ApiException.badRequest(
          "Field '" + token + "' is deeper than " + FieldPath.MAX_DEPTH + " levels.");
    }
    Selection.Builder current = root;
    for (int i = 0; i < parts.length; i++) {
      String name = parts[i];
      boolean last = i == parts.length - 1;
      ObjectType type = current.type();
      if (name.equals("DE") && !last) {
        String fieldName =
            String.join(":", java.util.Arrays.asList(parts).subList(i + 1, parts.length));
        CustomField f =
            caller
                .customField(fieldName)
                .orElseThrow(
                    () ->
                        ApiException.badRequest(
                            "Unknown custom field '" + CustomField.PREFIX + fieldName + "'."));
        current.custom(new Selection.CustomItem(CustomField.PREFIX + fieldName, Optional.of(f)));
        return;
      }
      if (name.equals(CustomField.ALL) && last && type.field(name).isEmpty()) {
        current.custom(new Selection.CustomItem(CustomField.ALL, Optional.empty()));
        return;
      }
      if (name.equals("*")) {
        if (!last) {
          throw ApiException.badRequest("'*' must end the field path '" + token + "'.");
        }
        allFields(current, caller);
        return;
      }
      Optional<FieldDef> field = type.field(name);
      if (field.isPresent()) {
        if (!last) {
          throw ApiException.badRequest(
              "Field '"
                  + name
                  + "' of "
                  + type.code()
                  + " has no fields of its own in '"
                  + token
                  + "'.");
        }
        Paths.checkReadable(field.get(), type, token, caller);
        current.field(field.get());
        return;
      }
      Optional<RefDef> ref = type.ref(name);
      if (ref.isPresent()) {
        current = current.ref(ref.get(), paths.registry().get(ref.get().targetCode()));
        continue;
      }
      Optional<CollectionDef> collection = type.collection(name);
      if (collection.isPresent()) {
        current =
            current.collection(
                collection.get(), paths.registry().get(collection.get().targetCode()), true);
        continue;
      }
      throw Paths.unknownField(type, name, token);
    }
  }

  private static void allFields(Selection.Builder b, Caller caller) {
    for (FieldDef f : b.type().fields()) {
      if (f.has(FieldFlag.WRITE_ONLY) || (f.has(FieldFlag.ADMIN_READ) && !caller.administrator())) {
        continue;
      }
      b.field(f);
    }
  }
}
