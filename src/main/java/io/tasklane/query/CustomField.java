package io.tasklane.query;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;

/**
 * A custom field ({@code DE:<name>}, reference §4.1) as the query language sees it: its values are
 * rows of {@code valueType} keyed by the object's ID ({@code objectField}) and the parameter
 * ({@code parameterField}), the value in {@code valueField} (renamed to {@code DE:<name>} so that
 * errors name it). Multi-valued fields have one row per value.
 */
public record CustomField(
    String name,
    String parameterId,
    boolean multi,
    ObjectType valueType,
    FieldDef objectField,
    FieldDef parameterField,
    FieldDef valueField) {

  /** The prefix of custom field names. */
  public static final String PREFIX = "DE:";

  /** The field of every custom value at once. */
  public static final String ALL = "parameterValues";
}
