package io.tasklane.app;

import io.tasklane.common.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The server secret that seals API keys: {@code TASKLANE_SECRET} (64 hex), else {@code
 * <data>/secret.key}, created on first start with owner-only permissions. Nodes sharing one
 * database must share the secret.
 */
final class Secrets {
  private Secrets() {}

  static byte[] load(Optional<String> configured, Path dataDir) {
    if (configured.isPresent()) {
      return parse(configured.get().trim(), "TASKLANE_SECRET");
    }
    Path file = dataDir.resolve("secret.key");
    try {
      if (!Files.exists(file)) {
        Path tmp = dataDir.resolve("secret.key.tmp");
        Files.writeString(
            tmp,
            Ids.randomHex(32) + "\n",
            StandardCharsets.US_ASCII,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING);
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system; the file keeps the default permissions
        }
        try {
          Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          Files.deleteIfExists(tmp);
        }
      }
      return parse(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] parse(String hex, String where) {
    if (!hex.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException(where + " must hold 64 hexadecimal characters");
    }
    return HexFormat.of().parseHex(hex);
  }
}
