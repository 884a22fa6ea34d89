package io.tasklane.api;

import io.tasklane.common.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path families of reference §1.1: {@code /attask/api/v<N>.0}, the unversioned {@code
 * /attask/api} (newest), {@code /attask/api-internal}, {@code /attask/api-unsupported} and {@code
 * /attask/api-asp}. Every version the official client can send, v2.0 to v22.0, is accepted.
 */
public final class ApiPaths {
  public static final int OLDEST = 2;
  public static final int NEWEST = 22;
  private static final Pattern VERSION = Pattern.compile("v(\\d{1,3})\\.0");

  private ApiPaths() {}

  /** A request path split into its version and the segments after the version root. */
  public record Parsed(int version, String versionRoot, List<String> segments) {}

  /** Empty when the path is not an API path at all. */
  public static Optional<Parsed> parse(String path) {
    List<String> parts = new ArrayList<>();
    for (String p : path.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    if (parts.size() < 2 || !parts.get(0).equals("attask")) {
      return Optional.empty();
    }
    String family = parts.get(1);
    switch (family) {
      case "api-internal", "api-unsupported", "api-asp":
        return Optional.of(new Parsed(NEWEST, "/attask/" + family, parts.subList(2, parts.size())));
      case "api":
        break;
      default:
        return Optional.empty();
    }
    if (parts.size() > 2) {
      Matcher m = VERSION.matcher(parts.get(2));
      if (m.matches()) {
        int v = Integer.parseInt(m.group(1));
        if (v < OLDEST || v > NEWEST) {
          throw ApiException.notFound(
              "Unknown API version "
                  + parts.get(2)
                  + "; this server speaks v"
                  + OLDEST
                  + ".0 to v"
                  + NEWEST
                  + ".0.");
        }
        return Optional.of(
            new Parsed(v, "/attask/api/" + parts.get(2), parts.subList(3, parts.size())));
      }
      if (parts.get(2).matches("v[0-9.]+")) {
        throw ApiException.notFound(
            "Unknown API version "
                + parts.get(2)
                + "; use v"
                + OLDEST
                + ".0 to v"
                + NEWEST
                + ".0.");
      }
    }
    return Optional.of(new Parsed(NEWEST, "/attask/api", parts.subList(2, parts.size())));
  }
}
