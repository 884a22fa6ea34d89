package io.tasklane.cli;

import io.tasklane.app.ServerConfig;
import io.tasklane.auth.AuthSettings;
import io.tasklane.http.HttpSettings;
import io.tasklane.jobs.JobSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Data and database options shared by every command; each also reads a TASKLANE_* variable. */
public final class CommonOptions {
  @Option(
      names = "--data",
      defaultValue = "${env:TASKLANE_DATA:-./data}",
      description = "Data directory: H2 database, uploads, secret (env TASKLANE_DATA).")
  Path data;

  @Option(
      names = "--db-url",
      defaultValue = "${env:TASKLANE_DB_URL}",
      description =
          "JDBC URL of a PostgreSQL database; default is H2 under --data (env TASKLANE_DB_URL).")
  String dbUrl;

  @Option(
      names = "--db-user",
      defaultValue = "${env:TASKLANE_DB_USER:-}",
      description = "Database user (env TASKLANE_DB_USER).")
  String dbUser;

  @Option(
      names = "--db-password",
      defaultValue = "${env:TASKLANE_DB_PASSWORD:-}",
      description = "Database password (env TASKLANE_DB_PASSWORD).")
  String dbPassword;

  @Option(
      names = "--db-pool",
      defaultValue = "${env:TASKLANE_DB_POOL:-16}",
      description = "Database connections (env TASKLANE_DB_POOL).")
  int pool;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "${env:TASKLANE_MAX_UPLOAD_MB:-100}",
      description = "Largest uploaded file in MiB (env TASKLANE_MAX_UPLOAD_MB).")
  long maxUploadMb;

  ServerConfig config(String host, int port, boolean demo) {
    return config(host, port, demo, JobSettings.defaults());
  }

  ServerConfig config(String host, int port, boolean demo, JobSettings jobs) {
    return new ServerConfig(
        host,
        port,
        data,
        blank(dbUrl),
        dbUser == null ? "" : dbUser,
        dbPassword == null ? "" : dbPassword,
        pool,
        demo,
        blank(System.getenv("TASKLANE_ADMIN_PASSWORD")),
        blank(System.getenv("TASKLANE_SECRET")),
        HttpSettings.WORKFRONT_MAX_URI,
        10L * 1024 * 1024,
        maxUploadMb * 1024 * 1024,
        AuthSettings.defaults(),
        Clock.systemUTC(),
        jobs);
  }

  private static Optional<String> blank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
