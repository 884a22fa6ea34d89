package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves {@code a:b:c} paths against the registry, naming the first unknown segment. */
public final class Paths {
  private final Registry registry;

  public Paths(Registry registry) {
    this.registry = registry;
  }

  public Registry registry() {
    return registry;
  }

  /**
   * A path usable in filters and sorts: ends in a stored field the caller may read. A path ending
   * in a reference name stands for its ID field ({@code owner} = {@code ownerID}).
   */
  public FieldPath filterPath(ObjectType root, String text, Caller caller) {
    String[] parts = text.split(":", -1);
    if (parts.length - 1 > FieldPath.MAX_DEPTH) {
      throw ApiException.badRequest(
          "Path '" + text + "' is deeper than " + FieldPath.MAX_DEPTH + " levels.");
    }
    List<FieldPath.Step> steps = new ArrayList<>();
    ObjectType current = root;
    for (int i = 0; i < parts.length - 1; i++) {
      FieldPath.Step step = step(current, parts[i], text);
      steps.add(step);
      current = step.target();
    }
    String last = parts[parts.length - 1];
    FieldDef field = current.field(last).orElse(null);
    if (field == null) {
      Optional<RefDef> ref = current.ref(last);
      if (ref.isPresent()) {
        field = current.field(ref.get().idField()).orElseThrow();
      } else {
        throw unknownField(current, last, text);
      }
    }
    if (!field.stored() || field.has(FieldFlag.WRITE_ONLY)) {
      throw ApiException.badRequest(
          "Field '" + text + "' of " + current.code() + " cannot be used in filters or sorts.");
    }
    checkReadable(field, current, text, caller);
    return new FieldPath(root, steps, field, text);
  }

  static void checkReadable(FieldDef field, ObjectType type, String text, Caller caller) {
    if (field.has(FieldFlag.WRITE_ONLY)) {
      throw ApiException.badRequest("Field '" + text + "' of " + type.code() + " is write-only.");
    }
    if (field.has(FieldFlag.ADMIN_READ) && !caller.administrator()) {
      throw new ApiException(
          ErrorCode.FORBIDDEN, "You may not read field '" + text + "' of " + type.code() + ".");
    }
  }

  FieldPath.Step step(ObjectType type, String name, String text) {
    Optional<RefDef> ref = type.ref(name);
    if (ref.isPresent()) {
      return new FieldPath.RefStep(ref.get(), registry.get(ref.get().targetCode()));
    }
    Optional<CollectionDef> collection = type.collection(name);
    if (collection.isPresent()) {
      return new FieldPath.CollectionStep(
          collection.get(), registry.get(collection.get().targetCode()));
    }
    throw ApiException.badRequest(
        "Unknown reference or collection '"
            + name
            + "' on "
            + type.code()
            + (name.equals(text) ? "" : " in '" + text + "'")
            + ".");
  }

  static ApiException unknownField(ObjectType type, String name, String text) {
    return ApiException.badRequest(
        "Unknown field '"
            + name
            + "' on "
            + type.code()
            + (name.equals(text) ? "" : " in '" + text + "'")
            + ".");
  }
}
