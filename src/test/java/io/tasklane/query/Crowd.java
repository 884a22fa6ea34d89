package io.tasklane.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 120 external users of one company of their own, each on one of three teams whose members share
 * three home groups: enough rows for the default page of 100 and for statement counts with 1 and
 * 100 results. Made with two bulk creates per type (reference §5.8, at most 100 per call).
 */
record Crowd(String companyId, List<String> userIds, List<String> teamIds) {
  static final int SIZE = 120;

  static Crowd create(TestServer server) {
    Api admin = server.admin();
    String tag = io.tasklane.testing.Fixtures.unique("crowd").replace("-", "");
    String company = World.id(admin.postJson("/CMPY", World.json(Map.of("name", tag))));
    String level = World.level(admin, "External User");
    List<String> groups = new ArrayList<>();
    List<String> teams = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      groups.add(World.id(admin.postJson("/GROUP", World.json(Map.of("name", tag + " g" + i)))));
      teams.add(World.id(admin.postJson("/TEAMOB", World.json(Map.of("name", tag + " t" + i)))));
    }
    List<String> users = new ArrayList<>();
    for (int from = 0; from < SIZE; from += 100) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(SIZE, from + 100); i++) {
        batch.add(
            Map.of(
                "firstName",
                "crowd",
                "lastName",
                String.format("%s %03d", tag, i),
                "username",
                tag + "." + i + "@example.com",
                "accessLevelID",
                level,
                "companyID",
                company,
                "homeGroupID",
                groups.get(i % 3)));
      }
      for (JsonNode u : admin.postJson("/USER", World.json(batch)).ok().data()) {
        users.add(u.path("ID").asText());
      }
    }
    for (int from = 0; from < SIZE; from += 100) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (int i = from; i < Math.min(SIZE, from + 100); i++) {
        batch.add(Map.of("teamID", teams.get(i % 3), "userID", users.get(i)));
      }
      admin.postJson("/TEAMMB", World.json(batch)).ok();
    }
    return new Crowd(company, List.copyOf(users), List.copyOf(teams));
  }
}
