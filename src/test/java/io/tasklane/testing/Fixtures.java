package io.tasklane.testing;

import io.tasklane.common.Ids;

/** Unique names and small builders for test data on shared servers. */
public final class Fixtures {
  private Fixtures() {}

  /** A name no other test uses: {@code prefix} plus a random suffix. */
  public static String unique(String prefix) {
    return prefix + "-" + Ids.randomHex(4);
  }

  /** Creates an active user with the given access level name; returns its ID. */
  public static String user(Api admin, String username, String accessLevel, String password) {
    String level =
        admin.get("/ACSLVL/search", "name", accessLevel).ok().data().get(0).path("ID").asText();
    return admin
        .postJson(
            "/USER",
            "{\"firstName\":\"Test\",\"lastName\":\""
                + username
                + "\",\"username\":\""
                + username
                + "\",\"password\":\""
                + password
                + "\",\"accessLevelID\":\""
                + level
                + "\"}")
        .ok()
        .data()
        .path("ID")
        .asText();
  }
}
