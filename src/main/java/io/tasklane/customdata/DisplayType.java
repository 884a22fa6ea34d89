package io.tasklane.customdata;

import java.util.Arrays;

/**
 * How a custom field is edited. Choice types take only their options' values; multi-valued ones
 * (check boxes, multi-select) hold a list (always an array on output, reference §8.5).
 */
enum DisplayType {
  TEXT(false, false),
  TEXTAREA(false, false),
  RICH(false, false),
  DATE(false, false),
  DROPDOWN(true, false),
  RADIO(true, false),
  CHECKBOX(true, true),
  MULTISELECT(true, true);

  final boolean choice;
  final boolean multi;

  DisplayType(boolean choice, boolean multi) {
    this.choice = choice;
    this.multi = multi;
  }

  static String[] names() {
    return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
  }
}
