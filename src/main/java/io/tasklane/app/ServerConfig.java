package io.tasklane.app;

import io.tasklane.auth.AuthSettings;
import io.tasklane.jobs.JobSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Everything {@code serve} is configured with.
 *
 * @param dbUrl a JDBC URL; empty means the embedded H2 file database under {@code dataDir}
 * @param secret 64 hex characters sealing API keys; empty means {@code <data>/secret.key}
 * @param maxUploadBytes the largest file {@code upload} accepts (reference §5.3)
 * @param jobs how background jobs (scheduled deactivations) run
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    Optional<String> dbUrl,
    String dbUser,
    String dbPassword,
    int poolSize,
    boolean demo,
    Optional<String> adminPassword,
    Optional<String> secret,
    int maxUriBytes,
    long maxBodyBytes,
    long maxUploadBytes,
    AuthSettings auth,
    Clock clock,
    JobSettings jobs) {

  /** A copy to change a few settings of (records have no withers). */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes settings of an existing configuration. */
  public static final class Builder {
    private final ServerConfig c;
    private int port;
    private Path dataDir;
    private Optional<String> dbUrl;
    private boolean demo;
    private Optional<String> adminPassword;
    private long maxUploadBytes;
    private AuthSettings auth;
    private Clock clock;
    private JobSettings jobs;

    private Builder(ServerConfig c) {
      this.c = c;
      this.port = c.port;
      this.dataDir = c.dataDir;
      this.dbUrl = c.dbUrl;
      this.demo = c.demo;
      this.adminPassword = c.adminPassword;
      this.maxUploadBytes = c.maxUploadBytes;
      this.auth = c.auth;
      this.clock = c.clock;
      this.jobs = c.jobs;
    }

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    public Builder dataDir(Path value) {
      this.dataDir = value;
      return this;
    }

    public Builder dbUrl(Optional<String> value) {
      this.dbUrl = value;
      return this;
    }

    public Builder demo(boolean value) {
      this.demo = value;
      return this;
    }

    public Builder adminPassword(Optional<String> value) {
      this.adminPassword = value;
      return this;
    }

    public Builder maxUploadBytes(long value) {
      this.maxUploadBytes = value;
      return this;
    }

    public Builder auth(AuthSettings value) {
      this.auth = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder jobs(JobSettings value) {
      this.jobs = value;
      return this;
    }

    public ServerConfig build() {
      return new ServerConfig(
          c.host,
          port,
          dataDir,
          dbUrl,
          c.dbUser,
          c.dbPassword,
          c.poolSize,
          demo,
          adminPassword,
          c.secret,
          c.maxUriBytes,
          c.maxBodyBytes,
          maxUploadBytes,
          auth,
          clock,
          jobs);
    }
  }
}
