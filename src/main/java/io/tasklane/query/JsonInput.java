package io.tasklane.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;

/**
 * Lenient JSON input for {@code updates}, {@code filters} and request bodies: unquoted names and
 * single quotes are accepted as in Workfront's own examples (reference §2.4); trailing garbage,
 * excessive nesting and duplicate keys are not.
 */
public final class JsonInput {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(10_000_000)
                .build());
  }

  private JsonInput() {}

  /** Parses {@code text} as the value of parameter {@code what}; errors name the parameter. */
  public static JsonNode parse(String text, String what) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new ApiException(ErrorCode.MALFORMED_JSON, "Empty JSON in " + what + ".");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ApiException(
          ErrorCode.MALFORMED_JSON,
          "Malformed JSON in " + what + ": " + e.getOriginalMessage() + location(e));
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at character " + e.getLocation().getCharOffset();
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
