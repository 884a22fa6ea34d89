package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.schema.ObjectType;
import java.util.List;
import java.util.Optional;

/**
 * Filters on custom fields: {@code DE:<name>} or {@code <reference path>:DE:<name>} (reference
 * §4.2). A condition on a custom field is an EXISTS over its value rows correlated with the object;
 * negative modifiers and {@code isnull}/{@code isblank} are NOT EXISTS of the positive form, so an
 * object without the value matches "not equal" as with ordinary fields.
 */
final class CustomFieldPaths {
  /** A resolved custom-field filter path: the object's ID path and the field. */
  record Resolved(FieldPath owner, CustomField field, FieldPath value) {}

  private CustomFieldPaths() {}

  static Optional<Resolved> resolve(Paths paths, ObjectType type, String path, Caller caller) {
    int at;
    if (path.startsWith(CustomField.PREFIX)) {
      at = 0;
    } else {
      int i = path.indexOf(":" + CustomField.PREFIX);
      if (i < 0) {
        return Optional.empty();
      }
      at = i + 1;
    }
    String name = path.substring(at + CustomField.PREFIX.length());
    String prefix = at == 0 ? "" : path.substring(0, at - 1);
    FieldPath owner = paths.filterPath(type, prefix.isEmpty() ? "ID" : prefix + ":ID", caller);
    CustomField field =
        caller
            .customField(name)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Unknown custom field '" + CustomField.PREFIX + name + "'."));
    FieldPath value = new FieldPath(field.valueType(), List.of(), field.valueField(), path);
    return Optional.of(new Resolved(owner, field, value));
  }

  /** Wraps a condition on the value column into the (NOT) EXISTS over the object's values. */
  static Filter wrap(Resolved r, Filter.Compare onValue) {
    CustomField f = r.field();
    ObjectType vt = f.valueType();
    Filter correlate =
        new Filter.CompareFields(
            new FieldPath(vt, List.of(), f.objectField(), f.objectField().name()),
            Modifier.EQ,
            r.owner(),
            true);
    Filter parameter =
        new Filter.Compare(
            new FieldPath(vt, List.of(), f.parameterField(), f.parameterField().name()),
            Modifier.EQ,
            List.of(f.parameterId()));
    Modifier m = onValue.modifier();
    switch (m) {
      case ISNULL:
        return new Filter.Exists(vt, new Filter.All(List.of(correlate, parameter)), true);
      case NOTNULL:
        return new Filter.Exists(vt, new Filter.All(List.of(correlate, parameter)), false);
      case ISBLANK:
        return new Filter.Exists(
            vt,
            new Filter.All(List.of(correlate, parameter, with(onValue, Modifier.NOTBLANK))),
            true);
      default:
        boolean negated = m.negative();
        Filter value = negated ? with(onValue, m.positive()) : onValue;
        return new Filter.Exists(vt, new Filter.All(List.of(correlate, parameter, value)), negated);
    }
  }

  private static Filter.Compare with(Filter.Compare c, Modifier m) {
    return new Filter.Compare(c.path(), m, c.values());
  }
}
