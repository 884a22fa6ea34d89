package io.tasklane.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builders for work-model test data: JSON bodies from pairs, objects created through the API. */
public final class WorkFixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WorkFixtures() {}

  /** A JSON object from name/value pairs; values may be strings, numbers, booleans or JsonNodes. */
  public static String json(Object... pairs) {
    return node(pairs).toString();
  }

  public static ObjectNode node(Object... pairs) {
    ObjectNode n = MAPPER.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      n.set((String) pairs[i], MAPPER.valueToTree(pairs[i + 1]));
    }
    return n;
  }

  /** Creates an object and returns it (asserting success). */
  public static JsonNode create(Api api, String code, String json, String... params) {
    return api.postJson("/" + code, json, params).ok().data();
  }

  public static String createId(Api api, String code, String json) {
    return create(api, code, json).path("ID").asText();
  }

  public static String project(Api api, String name) {
    return createId(api, "PROJ", json("name", name));
  }

  public static String project(Api api) {
    return project(api, Fixtures.unique("project"));
  }

  public static String task(Api api, String projectId, String name, Object... more) {
    ObjectNode n = node(more);
    n.put("name", name);
    n.put("projectID", projectId);
    return createId(api, "TASK", n.toString());
  }

  public static String issue(Api api, String projectId, String name, Object... more) {
    ObjectNode n = node(more);
    n.put("name", name);
    n.put("projectID", projectId);
    return createId(api, "OPTASK", n.toString());
  }

  /** One object with extra {@code fields}. */
  public static JsonNode get(Api api, String code, String id, String fields) {
    return api.get("/" + code + "/" + id, "fields", fields).ok().data();
  }

  /** A user of this access level with a password, logged in; returns [userId, sessionApi]. */
  public static Person person(TestServer server, String accessLevel) {
    String username = Fixtures.unique("person") + "@example.test";
    String password = "person-password-1";
    String id = Fixtures.user(server.admin(), username, accessLevel, password);
    return new Person(id, server.api().withSession(server.login(username, password)));
  }

  /** A test user: their ID and a client logged in as them. */
  public record Person(String id, Api api) {}

  /** Deactivates a user as the documented recipe does (reference §7.2). */
  public static void deactivate(TestServer server, String userId) {
    server.admin().putJson("/USER/" + userId, json("isActive", false)).ok();
  }
}
