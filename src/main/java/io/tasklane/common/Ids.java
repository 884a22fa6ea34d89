package io.tasklane.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Object identifiers: 32 lowercase hex characters, time-ordered (a UUIDv7 without dashes), so that
 * creation order is index order and the default sort by ID is stable.
 *
 * <p>Within one process IDs are strictly increasing, also within one millisecond: the 12 bits after
 * the version hold a counter (RFC 9562 §6.2, method 1) that starts at a random value each
 * millisecond and counts up; when it runs out the timestamp moves on by a millisecond. Rows written
 * together (a multi-select's values, a bulk create) therefore read back in the order they were
 * written.
 */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int COUNTER_BITS = 12;
  private static final int COUNTER_MAX = (1 << COUNTER_BITS) - 1;

  private static long lastMillis;
  private static int counter;

  private Ids() {}

  public static String newId() {
    return newId(Clock.systemUTC().millis());
  }

  static String newId(long epochMillis) {
    long millis;
    int count;
    synchronized (Ids.class) {
      if (epochMillis > lastMillis) {
        lastMillis = epochMillis;
        // a random start in the lower half leaves room to count up within the millisecond
        counter = RANDOM.nextInt(1 << (COUNTER_BITS - 1));
      } else if (counter < COUNTER_MAX) {
        counter++;
      } else {
        lastMillis++;
        counter = 0;
      }
      millis = lastMillis;
      count = counter;
    }
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    for (int i = 0; i < 6; i++) {
      b[i] = (byte) (millis >>> (40 - 8 * i));
    }
    b[6] = (byte) (0x70 | (count >>> 8)); // version 7, then the counter's high nibble
    b[7] = (byte) count;
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    return hex(b);
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
