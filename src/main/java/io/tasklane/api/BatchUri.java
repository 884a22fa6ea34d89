package io.tasklane.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.common.Ids;
import io.tasklane.query.JsonInput;
import io.tasklane.query.Params;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code uri=} of a batch read into an {@link ApiCall}: a path and query relative to the
 * version root, with or without a leading {@code /}, run with the outer call's credentials.
 *
 * <p>The official client builds these URIs in its "URI mode", which stamps {@code method=GET} on
 * every URI that carries no method of its own (reference §12.2). Its batched {@code create}, {@code
 * edit}, {@code editMultiple} and {@code copy} therefore arrive as GETs that carry {@code updates}
 * or {@code copySourceID} — parameters no read ever takes. Such a sub-request is read as the write
 * it describes (inferred): PUT for {@code /<obj>/<ID>} and for an array of updates that all name
 * their {@code ID} (bulk edit), POST otherwise (create, bulk create, copy). A batched {@code
 * remove} carries nothing that tells it from a {@code get} and stays a read.
 */
final class BatchUri {
  private BatchUri() {}

  static ApiCall parse(ApiCall outer, String uri) {
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
      }
    }
    if (segments.isEmpty()) {
      throw ApiException.badRequest("batch uri '" + uri + "' names no object type.");
    }
    if (segments.get(0).equalsIgnoreCase("batch")) {
      throw ApiException.badRequest("A batch cannot contain another batch.");
    }
    Params.Builder params = Params.builder();
    List<String> methodNames = new ArrayList<>();
    if (q >= 0) {
      for (String pair : uri.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        params.add(name, decode(eq < 0 ? "" : pair.substring(eq + 1)));
        if (name.equalsIgnoreCase("method")) {
          methodNames.add(name);
        }
      }
    }
    Params read = params.build();
    String verb = "GET";
    Optional<String> write = impliedWrite(segments, read);
    if (write.isPresent()) {
      verb = write.get();
      methodNames.forEach(params::remove);
      read = params.build();
    }
    return new ApiCall(
        outer.version(),
        outer.versionRoot(),
        verb,
        segments,
        read,
        Optional.empty(),
        outer.credentials(),
        outer.domain());
  }

  /** The write a GET-stamped sub-request describes, if it carries a write's parameters. */
  private static Optional<String> impliedWrite(List<String> segments, Params params) {
    boolean stampedGet =
        params.firstIgnoringCase("method").map(m -> m.trim().equalsIgnoreCase("GET")).orElse(true);
    boolean carriesWrite = params.has("updates") || params.has("copySourceID");
    if (!stampedGet || !carriesWrite || params.has("action")) {
      return Optional.empty();
    }
    if (segments.size() == 2 && Ids.isId(segments.get(1))) {
      return Optional.of("PUT");
    }
    if (segments.size() != 1) {
      return Optional.empty();
    }
    if (params.has("copySourceID")) {
      return Optional.of("POST");
    }
    JsonNode updates = JsonInput.parse(params.first("updates").orElse(""), "updates");
    return Optional.of(isBulkEdit(updates) ? "PUT" : "POST");
  }

  private static boolean isBulkEdit(JsonNode updates) {
    if (!updates.isArray() || updates.isEmpty()) {
      return false;
    }
    for (JsonNode item : updates) {
      if (!item.hasNonNull("ID")) {
        return false;
      }
    }
    return true;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s; // raw braces and quotes arrive unencoded from some clients
    }
  }
}
