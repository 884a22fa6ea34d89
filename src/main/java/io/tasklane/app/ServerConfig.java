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
    JobSettings jobs) {}
