package io.tasklane.store;

import org.jooq.SQLDialect;

/** The two supported database engines; decided once at start-up from the JDBC URL. */
public enum Engine {
  H2(SQLDialect.H2, "h2"),
  POSTGRES(SQLDialect.POSTGRES, "postgresql");

  private final SQLDialect dialect;
  private final String migrationFolder;

  Engine(SQLDialect dialect, String migrationFolder) {
    this.dialect = dialect;
    this.migrationFolder = migrationFolder;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  /** Engine-specific migrations live in {@code db/migration/<folder>} beside the common ones. */
  String migrationFolder() {
    return migrationFolder;
  }

  public static Engine fromUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException(
        "unsupported database URL " + jdbcUrl + " (expected jdbc:h2: or jdbc:postgresql:)");
  }
}
