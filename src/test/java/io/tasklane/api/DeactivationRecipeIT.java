package io.tasklane.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workfront's deactivate-a-user recipe, sent with {@code curl -g} exactly as the foundation issue
 * writes it, on v15.0 and v7.0, with the braces and quotes raw and percent-encoded.
 */
@BothEngines
class DeactivationRecipeIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Engine engine;

  @ParameterizedTest
  @ValueSource(strings = {"v15.0", "v7.0"})
  void deactivatesAUserWithTheDocumentedRequests(String version) throws Exception {
    TestServer server = TestServer.shared(engine);
    String base = "http://127.0.0.1:" + server.port() + "/attask/api/" + version;
    String target =
        Fixtures.user(server.admin(), Fixtures.unique("recipe"), "Light", "recipe-password-1");

    JsonNode key =
        curl(
            base
                + "/user?action=generateApiKey&username=admin&password="
                + TestServer.ADMIN_PASSWORD
                + "&method=PUT");
    String apiKey = key.path("data").path("result").asText();
    assertThat(apiKey).matches("[0-9a-f]{32}");

    JsonNode users = curl(base + "/USER/search?fields=isActive&apiKey=" + apiKey + "&$$LIMIT=2000");
    assertThat(users.path("data").isArray()).isTrue();
    JsonNode first = users.path("data").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("ID", "name", "objCode", "isActive");
    assertThat(first.path("objCode").asText()).isEqualTo("USER");
    assertThat(isActive(users, target)).isEqualTo("true");

    JsonNode edited =
        curl(
            base
                + "/USER/"
                + target
                + "?updates={\"isActive\":\"false\"}&method=put&apiKey="
                + apiKey
                + "&fields=isActive");
    assertThat(edited.path("data").path("ID").asText()).isEqualTo(target);
    assertThat(edited.path("data").path("objCode").asText()).isEqualTo("USER");
    assertThat(edited.path("data").path("isActive").asBoolean(true)).isFalse();
    JsonNode after = curl(base + "/USER/search?fields=isActive&apiKey=" + apiKey + "&$$LIMIT=2000");
    assertThat(isActive(after, target)).isEqualTo("false");

    // the same edit percent-encoded, back to active
    JsonNode encoded =
        curl(
            base
                + "/USER/"
                + target
                + "?updates=%7B%22isActive%22%3A%22true%22%7D&method=put&apiKey="
                + apiKey
                + "&fields=isActive");
    assertThat(encoded.path("data").path("isActive").asBoolean(false)).isTrue();
  }

  @Test
  void searchWithoutAKeyIsUnauthorised() throws Exception {
    TestServer server = TestServer.shared(engine);
    String url =
        "http://127.0.0.1:" + server.port() + "/attask/api/v15.0/USER/search?fields=isActive";
    Process p =
        new ProcessBuilder("curl", "-g", "-s", "-o", "/dev/stderr", "-w", "%{http_code}", url)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String status = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    JsonNode body = JSON.readTree(p.getErrorStream().readAllBytes());
    p.waitFor();
    assertThat(status).isEqualTo("401");
    assertThat(body.path("error").path("class").asText())
        .isEqualTo("com.attask.common.AuthenticationException");
    assertThat(body.path("error").path("message").asText()).contains("apiKey");
  }

  private static String isActive(JsonNode search, String id) {
    for (JsonNode u : search.path("data")) {
      if (u.path("ID").asText().equals(id)) {
        return u.path("isActive").asText();
      }
    }
    return "missing";
  }

  private static JsonNode curl(String url) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("curl", "-g", "-s", "--fail-with-body", url));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    int exit = p.waitFor();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(exit).as("curl %s answered %s", url, text).isZero();
    return JSON.readTree(text);
  }
}
