package io.tasklane.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.auth.Credentials;
import io.tasklane.query.Params;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One API request, transport-independent.
 *
 * @param version the API version (22 for the unversioned and internal paths)
 * @param versionRoot the path prefix up to the version, e.g. {@code /attask/api/v15.0}
 * @param httpMethod the verb on the wire
 * @param segments path segments after the version root
 * @param params query-string and form parameters
 * @param body a JSON request body, which is the {@code updates} object (reference §12)
 * @param domain the host name's first label, naming the customer on multi-customer servers
 * @param files files of a multipart request (uploads)
 */
public record ApiCall(
    int version,
    String versionRoot,
    String httpMethod,
    List<String> segments,
    Params params,
    Optional<JsonNode> body,
    Credentials credentials,
    Optional<String> domain,
    List<FilePart> files) {

  public ApiCall {
    segments = List.copyOf(segments);
    files = List.copyOf(files);
  }

  /** A call without files. */
  public ApiCall(
      int version,
      String versionRoot,
      String httpMethod,
      List<String> segments,
      Params params,
      Optional<JsonNode> body,
      Credentials credentials,
      Optional<String> domain) {
    this(version, versionRoot, httpMethod, segments, params, body, credentials, domain, List.of());
  }

  /** The verb after the {@code method=} override (any case, reference §2.1). */
  public String method() {
    return params
        .firstIgnoringCase("method")
        .map(m -> m.trim().toUpperCase(Locale.ROOT))
        .orElse(httpMethod.toUpperCase(Locale.ROOT));
  }
}
