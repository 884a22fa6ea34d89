package io.tasklane.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/** An HTTP reply with its parsed JSON body. */
public record Response(int status, String body, JsonNode json, HttpHeaders headers) {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Response of(int status, String body, HttpHeaders headers) {
    JsonNode json;
    try {
      json = body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
    } catch (Exception e) {
      json = MAPPER.nullNode();
    }
    return new Response(status, body, json, headers);
  }

  public JsonNode data() {
    return json.path("data");
  }

  public JsonNode error() {
    return json.path("error");
  }

  public String errorMessage() {
    return error().path("message").asText();
  }

  public String errorClass() {
    return error().path("class").asText();
  }

  /** SQL statements the request ran (X-Tasklane-Statements). */
  public int statements() {
    return Integer.parseInt(headers.firstValue("X-Tasklane-Statements").orElse("-1"));
  }

  /** Asserts success and returns this. */
  public Response ok() {
    assertThat(status).as("status of %s", body).isEqualTo(200);
    return this;
  }

  /** Asserts a Workfront-shaped error with this status and returns this. */
  public Response fails(int expected) {
    assertThat(status).as("status of %s", body).isEqualTo(expected);
    assertThat(error().path("class").asText()).as("error class in %s", body).isNotEmpty();
    assertThat(error().path("message").asText()).as("error message in %s", body).isNotEmpty();
    assertThat(error().has("msgKey")).as("msgKey in %s", body).isTrue();
    assertThat(error().has("attributes")).isTrue();
    assertThat(error().has("code")).isTrue();
    return this;
  }
}
