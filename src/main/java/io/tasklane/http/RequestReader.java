package io.tasklane.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.tasklane.api.ApiCall;
import io.tasklane.api.ApiPaths;
import io.tasklane.api.FilePart;
import io.tasklane.api.SessionEndpoints;
import io.tasklane.auth.Credentials;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.query.JsonInput;
import io.tasklane.query.Params;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an HTTP request into an {@link ApiCall}: parameters from the query string and a form body
 * alike, a JSON body as the {@code updates} object, credentials from headers, parameters or the
 * session cookie (reference §3.1, §12).
 */
final class RequestReader {
  private final HttpSettings settings;

  RequestReader(HttpSettings settings) {
    this.settings = settings;
  }

  ApiCall read(Context ctx, ApiPaths.Parsed path) {
    String rawQuery = ctx.queryString();
    int uriLength =
        ctx.req().getRequestURI().length() + (rawQuery == null ? 0 : rawQuery.length() + 1);
    if (uriLength > settings.maxUriBytes()) {
      throw new ApiException(
          ErrorCode.URI_TOO_LONG,
          "The request URI is "
              + uriLength
              + " bytes, over the limit of "
              + settings.maxUriBytes()
              + "; send long parameters in a form body with method=.");
    }
    Params.Builder params = Params.builder();
    QueryStrings.parse(rawQuery, params);
    Optional<JsonNode> body = Optional.empty();
    List<FilePart> files = List.of();
    String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      files = multipart(ctx, params);
    } else {
      String text = body(ctx);
      if (!text.isBlank()) {
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
          QueryStrings.parse(text, params);
        } else if (contentType.contains("json") || looksLikeJson(text)) {
          body = Optional.of(JsonInput.parse(text, "the request body"));
        } else {
          QueryStrings.parse(text, params);
        }
      }
    }
    Params built = params.build();
    return new ApiCall(
        path.version(),
        path.versionRoot(),
        ctx.method().name(),
        path.segments(),
        built,
        body,
        credentials(ctx, built),
        domain(ctx),
        files);
  }

  /**
   * A multipart body (uploads, reference §5.3): its plain fields become parameters, its files
   * {@link FilePart}s. Jetty has read the whole body before this returns, spilling large parts to a
   * temporary directory it cleans when the request ends, so a half-sent upload never gets here.
   */
  private List<FilePart> multipart(Context ctx, Params.Builder params) {
    try {
      ctx.formParamMap().forEach((name, values) -> values.forEach(v -> params.add(name, v)));
      List<FilePart> files = new ArrayList<>();
      for (Map.Entry<String, List<UploadedFile>> e : ctx.uploadedFileMap().entrySet()) {
        for (UploadedFile f : e.getValue()) {
          files.add(
              new FilePart(
                  e.getKey(),
                  Optional.ofNullable(f.filename()).orElse(""),
                  Optional.ofNullable(f.contentType()).orElse("application/octet-stream"),
                  f.size(),
                  f::content));
        }
      }
      return files;
    } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
      if (e instanceof ApiException a) {
        throw a;
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("exceeds") || m.contains("too large") || m.contains("max")) {
          throw new ApiException(
              ErrorCode.PAYLOAD_TOO_LARGE,
              "The upload is larger than this server accepts ("
                  + settings.maxUploadBytes()
                  + " bytes per file).");
        }
      }
      throw ApiException.badRequest("The multipart request body could not be read.");
    }
  }

  /**
   * The body as text, at most {@code maxBodyBytes}. An over-large body is still read (and thrown
   * away) up to {@link #DRAIN_LIMIT}: answering while the client is still sending makes Jetty close
   * the connection, and the client then often sees a reset instead of our 413.
   */
  private String body(Context ctx) {
    long max = settings.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared == 0 || (declared < 0 && ctx.header("Transfer-Encoding") == null)) {
      return ""; // no body: most GETs; reading an empty stream still cost buffers
    }
    try {
      InputStream in = ctx.req().getInputStream();
      if (declared > max) {
        drain(in);
        throw tooLarge(declared);
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        drain(in);
        throw tooLarge(declared > 0 ? declared : bytes.length);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw ApiException.badRequest("The request body could not be read: " + e.getMessage());
    }
  }

  /** Bodies beyond this are not drained: the connection is closed instead. */
  static final long DRAIN_LIMIT = 64L * 1024 * 1024;

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while (total < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
      total += n;
    }
  }

  private ApiException tooLarge(long size) {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "The request body is "
            + size
            + " bytes, over the limit of "
            + settings.maxBodyBytes()
            + ".");
  }

  private static boolean looksLikeJson(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }

  /**
   * Explicit carriers: {@code sessionID} header or parameter, {@code X-XSRF-TOKEN} and {@code
   * Authorization: Bearer} (an OAuth token is a session ID, §3.5), {@code apiKey} header or
   * parameter, {@code username}+{@code password}; the cookie only for reads.
   */
  private static Credentials credentials(Context ctx, Params params) {
    Optional<String> session =
        header(ctx, "sessionID")
            .or(() -> params.first("sessionID"))
            .or(() -> header(ctx, "X-XSRF-TOKEN"))
            .or(() -> bearer(ctx));
    Optional<String> apiKey = header(ctx, "apiKey").or(() -> params.first("apiKey"));
    Optional<String> cookie =
        Optional.ofNullable(ctx.cookie(SessionEndpoints.COOKIE)).filter(s -> !s.isBlank());
    return new Credentials(
        session.filter(s -> !s.isBlank()),
        apiKey.filter(s -> !s.isBlank()),
        params.first("username").filter(s -> !s.isBlank()),
        params.first("password"),
        cookie);
  }

  private static Optional<String> header(Context ctx, String name) {
    return Optional.ofNullable(ctx.header(name)).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static Optional<String> bearer(Context ctx) {
    return header(ctx, "Authorization")
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).trim());
  }

  private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+");

  /** The host's first label names the customer on multi-customer servers. */
  private static Optional<String> domain(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String name = host.split(":")[0];
    if (NUMERIC_HOST.matcher(name).matches() || name.startsWith("[") || !name.contains(".")) {
      return Optional.empty();
    }
    return Optional.of(name.substring(0, name.indexOf('.')).toLowerCase(Locale.ROOT));
  }
}
