package io.tasklane.customdata;

import io.tasklane.schema.FieldType;
import java.util.Arrays;

/**
 * What a custom field holds: text (also rich text, reference §10.5), a number, money or a date.
 * Workfront's four-letter codes.
 */
enum DataType {
  TEXT(FieldType.TEXT, "textValue"),
  NMBR(FieldType.DECIMAL, "numberValue"),
  CURC(FieldType.DECIMAL, "numberValue"),
  DATE(FieldType.DATE_TIME, "dateValue");

  final FieldType type;
  final String valueField;

  DataType(FieldType type, String valueField) {
    this.type = type;
    this.valueField = valueField;
  }

  static String[] names() {
    return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
  }
}
