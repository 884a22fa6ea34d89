package io.tasklane.http;

/**
 * Limits at the HTTP edge.
 *
 * @param maxUriBytes path plus query; Workfront's CDN allows 8892 (reference §10.1)
 * @param maxBodyBytes JSON and form bodies
 */
public record HttpSettings(String host, int port, int maxUriBytes, long maxBodyBytes) {
  public static final int WORKFRONT_MAX_URI = 8892;
}
