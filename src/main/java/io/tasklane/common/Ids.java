package io.tasklane.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Object identifiers: 32 lowercase hex characters, time-ordered (a UUIDv7 without dashes), so that
 * creation order is index order and the default sort by ID is stable.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ids() {}

  private static long lastMillis = -1;
  private static byte[] last = new byte[16];

  /**
   * A new ID, strictly greater than every ID this process made before: within one millisecond (or
   * if the clock steps back) the random part of the previous ID is counted up, as RFC 9562 allows,
   * so ID order is creation order and the default sort is stable (reference §4.5).
   */
  public static String newId() {
    long millis = Clock.systemUTC().millis();
    synchronized (Ids.class) {
      if (millis > lastMillis) {
        last = bytes(millis);
        lastMillis = millis;
      } else {
        increment(last);
      }
      return hex(last);
    }
  }

  static String newId(long epochMillis) {
    return hex(bytes(epochMillis));
  }

  private static byte[] bytes(long epochMillis) {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    for (int i = 0; i < 6; i++) {
      b[i] = (byte) (epochMillis >>> (40 - 8 * i));
    }
    b[6] = (byte) ((b[6] & 0x0f) | 0x70); // version 7
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    return b;
  }

  /** Adds one to the 74 random bits, leaving the version and variant bits alone. */
  private static void increment(byte[] b) {
    for (int i = 15; i >= 9; i--) {
      if (++b[i] != 0) {
        return;
      }
    }
    int variantLow = (b[8] & 0x3f) + 1;
    b[8] = (byte) (0x80 | (variantLow & 0x3f));
    if (variantLow <= 0x3f) {
      return;
    }
    if (++b[7] != 0) {
      return;
    }
    b[6] = (byte) (0x70 | ((b[6] + 1) & 0x0f));
  }

  /** True for a syntactically valid object ID (32 hex characters, any case). */
  public static boolean isId(String s) {
    if (s == null || s.length() != 32) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      char c = s.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** {@code n} random bytes as hex: tokens and keys. */
  public static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return hex(b);
  }
}
