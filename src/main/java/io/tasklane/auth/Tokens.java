package io.tasklane.auth;

import io.tasklane.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Random 128-bit tokens (32 hex, Workfront's format) and their SHA-256 for storage. */
public final class Tokens {
  private Tokens() {}

  public static String random() {
    return Ids.randomHex(16);
  }

  public static String sha256(String token) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return Ids.hex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
