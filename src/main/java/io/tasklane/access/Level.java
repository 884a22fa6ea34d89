package io.tasklane.access;

import java.util.Arrays;

/**
 * What a share allows (reference §5.6: View, Contribute, Manage as in the UI): view reads,
 * contribute also edits and adds notes, hours and documents, manage also deletes and shares.
 */
public enum Level {
  NONE,
  VIEW,
  CONTRIBUTE,
  MANAGE;

  static String[] names() {
    return Arrays.stream(values()).filter(l -> l != NONE).map(Enum::name).toArray(String[]::new);
  }

  public boolean atLeast(Level other) {
    return compareTo(other) >= 0;
  }

  static Level max(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
