package io.tasklane.auth;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id (password4j), OWASP's minimum parameters: 19 MiB, 2 passes, one
 * lane. Hashes carry their parameters, so old hashes keep verifying if these change.
 */
public final class Passwords {
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  /** A valid hash of a random password: checked for unknown users so timing leaks nothing. */
  private static final String DUMMY = ARGON2.hash(Tokens.random()).getResult();

  private Passwords() {}

  public static String hash(String plain) {
    return ARGON2.hash(plain).getResult();
  }

  public static boolean matches(String plain, String hash) {
    if (hash == null || hash.isEmpty()) {
      ARGON2.check(plain, DUMMY);
      return false;
    }
    try {
      return Argon2Function.getInstanceFromHash(hash).check(plain, hash);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Spends the time of one check, for unknown usernames. */
  public static void burn(String plain) {
    ARGON2.check(plain, DUMMY);
  }
}
