package io.tasklane.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client for integration tests. Parameters are given as name/value pairs and sent
 * percent-encoded; {@link RawHttp} sends bytes exactly as written.
 */
public final class Api {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String root;
  private final Map<String, String> headers;

  public Api(String base, String root, Map<String, String> headers) {
    this.base = base;
    this.root = root;
    this.headers = Map.copyOf(headers);
  }

  public Api withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Api(base, root, h);
  }

  public Api withSession(String sessionId) {
    return withHeader("sessionID", sessionId);
  }

  public Api withApiKey(String key) {
    return withHeader("apiKey", key);
  }

  /** The same client on another version root, e.g. {@code /attask/api/v7.0}. */
  public Api root(String newRoot) {
    return new Api(base, newRoot, headers);
  }

  public String base() {
    return base;
  }

  public Response get(String path, String... params) {
    return send("GET", path + query(params), null, null);
  }

  public Response post(String path, String... params) {
    return send("POST", path + query(params), null, null);
  }

  public Response put(String path, String... params) {
    return send("PUT", path + query(params), null, null);
  }

  public Response delete(String path, String... params) {
    return send("DELETE", path + query(params), null, null);
  }

  /** A JSON body (the {@code updates} object) with the other parameters in the query. */
  public Response postJson(String path, String json, String... params) {
    return send("POST", path + query(params), "application/json", json);
  }

  public Response putJson(String path, String json, String... params) {
    return send("PUT", path + query(params), "application/json", json);
  }

  /** Parameters as a form body. */
  public Response form(String method, String path, String... params) {
    String body = query(params);
    return send(
        method, path, "application/x-www-form-urlencoded", body.isEmpty() ? "" : body.substring(1));
  }

  public Response send(String method, String pathAndQuery, String contentType, String body) {
    return sendBody(
        method,
        pathAndQuery,
        contentType,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** A {@code multipart/form-data} body with one file part (uploads, reference §5.3). */
  public Response upload(String part, String fileName, String contentType, byte[] bytes) {
    String boundary = "----tasklane" + Long.toHexString(System.nanoTime());
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + part
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(bytes, 0, body, head.length, bytes.length);
    System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
    return sendBody(
        "POST",
        "/upload",
        "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofByteArray(body));
  }

  /** The raw bytes of a reply (downloads). */
  public HttpResponse<byte[]> bytes(String pathAndQuery) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + root + pathAndQuery))
            .timeout(Duration.ofSeconds(60));
    headers.forEach(b::header);
    try {
      return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response sendBody(
      String method, String pathAndQuery, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + root + pathAndQuery))
            .timeout(Duration.ofSeconds(60));
    headers.forEach(b::header);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body);
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return Response.of(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code ?a=1&b=2}, percent-encoded; empty for no pairs. */
  public static String query(String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name/value pairs");
    }
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      q.append(i == 0 ? '?' : '&')
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return q.toString();
  }
}
