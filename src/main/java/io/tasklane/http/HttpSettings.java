package io.tasklane.http;

/**
 * Limits at the HTTP edge.
 *
 * @param maxUriBytes path plus query; Workfront's CDN allows 8892 (reference §10.1)
 * @param maxBodyBytes JSON and form bodies
 * @param maxUploadBytes one uploaded file (reference §5.3)
 * @param spillDirectory where multipart parts too large for memory are buffered while a request is
 *     read; Jetty deletes them when the request ends
 */
public record HttpSettings(
    String host,
    int port,
    int maxUriBytes,
    long maxBodyBytes,
    long maxUploadBytes,
    java.nio.file.Path spillDirectory) {
  public static final int WORKFRONT_MAX_URI = 8892;
}
