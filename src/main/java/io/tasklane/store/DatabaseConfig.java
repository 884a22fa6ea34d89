package io.tasklane.store;

import java.nio.file.Path;

/** Where the database is; {@code url} decides the engine. */
public record DatabaseConfig(String url, String user, String password, int poolSize) {

  /** The embedded default: an H2 file database under the data directory. */
  public static DatabaseConfig embedded(Path dataDir, int poolSize) {
    // NULLs sort high as on PostgreSQL, so both engines order results alike.
    String url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().resolve("tasklane")
            + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    return new DatabaseConfig(url, "sa", "", poolSize);
  }

  public Engine engine() {
    return Engine.fromUrl(url);
  }
}
