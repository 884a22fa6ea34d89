package io.tasklane.auth;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under the server secret. API keys are stored as a SHA-256 (for lookup) and sealed (so
 * {@code getApiKey} can return the user's existing key, reference §3.2); the secret never enters
 * the database, so a database dump reveals no usable credential.
 */
public final class Sealer {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  public Sealer(byte[] secret) {
    if (secret.length != 32) {
      throw new IllegalArgumentException("the server secret must be 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "AES");
  }

  public String seal(String plain) {
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain text, or empty if it was sealed under another secret. */
  public java.util.Optional<String> open(String sealed) {
    try {
      byte[] all = Base64.getDecoder().decode(sealed);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
      return java.util.Optional.of(
          new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
