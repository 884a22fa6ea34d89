package io.tasklane.auth;

import io.tasklane.common.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Random 128-bit tokens (32 hex, Workfront's format) and their SHA-256 for storage. */
public final class Tokens {
  /**
   * Cloned for each hash: {@code MessageDigest.getInstance} searches the security providers on
   * every call, which was most of the hashing that every request with an API key does (JFR).
   */
  private static final MessageDigest SHA_256 = sha256Digest();

  private Tokens() {}

  public static String random() {
    return Ids.randomHex(16);
  }

  public static String sha256(String token) {
    try {
      MessageDigest md = (MessageDigest) SHA_256.clone();
      return Ids.hex(md.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.clone(); // fail at start-up, not per request, if this provider's digest cannot be cloned
      return md;
    } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }
}
