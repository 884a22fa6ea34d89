package io.tasklane.work;

import static io.tasklane.testing.WorkFixtures.json;
import static io.tasklane.testing.WorkFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Bulk create and edit (reference §5.8) and {@code POST /batch} (§12) on work objects. */
@BothEngines
class BulkAndBatchIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  private int count(String code, String namePrefix) {
    return admin()
        .get("/" + code + "/count", "name", namePrefix, "name_Mod", "contains")
        .ok()
        .data()
        .path("count")
        .asInt();
  }

  @Test
  void bulkCreatesAndEditsTasks() {
    String p = project(admin());
    String tag = Fixtures.unique("bulk");
    String body =
        "["
            + json("name", tag + "-1", "projectID", p)
            + ","
            + json("name", tag + "-2", "projectID", p)
            + "]";
    JsonNode created = admin().postJson("/TASK", body, "fields", "taskNumber").ok().data();
    assertThat(created).hasSize(2);
    assertThat(created).extracting(t -> t.path("taskNumber").asInt()).containsExactly(1, 2);
    String edits =
        "["
            + json("ID", created.get(0).path("ID").asText(), "percentComplete", 10)
            + ","
            + json("ID", created.get(1).path("ID").asText(), "status", "CPL")
            + "]";
    JsonNode edited = admin().putJson("/TASK", edits, "fields", "percentComplete").ok().data();
    assertThat(edited.get(0).path("status").asText()).isEqualTo("INP");
    assertThat(edited.get(1).path("percentComplete").asDouble()).isEqualTo(100.0);
  }

  @Test
  void atomicBulkWithOneBadItemLeavesNothingBehind() {
    String p = project(admin());
    String tag = Fixtures.unique("atomic");
    String body =
        "["
            + json("name", tag + "-good", "projectID", p)
            + ","
            + json("name", tag + "-bad", "projectID", p, "status", "NOPE")
            + "]";
    assertThat(admin().postJson("/TASK", body, "atomic", "true").fails(400).errorMessage())
        .contains("NOPE");
    assertThat(count("TASK", tag)).isZero();
    String ok =
        "["
            + json("name", tag + "-a", "projectID", p)
            + ","
            + json("name", tag + "-b", "projectID", p)
            + "]";
    JsonNode reply = admin().postJson("/TASK", ok, "atomic", "true").ok().data();
    assertThat(reply.path("success").asBoolean()).isTrue();
    assertThat(count("TASK", tag)).isEqualTo(2);
  }

  @Test
  void bulkTakesAtMostOneHundredObjects() {
    String tag = Fixtures.unique("many");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      items.add(json("name", tag + "-" + i));
    }
    assertThat(
            admin()
                .postJson("/PROJ", "[" + String.join(",", items) + "]")
                .fails(400)
                .errorMessage())
        .contains("100");
    assertThat(count("PROJ", tag)).isZero();
  }

  @Test
  void atomicBatchRollsBackEverySubRequest() {
    String tag = Fixtures.unique("batch");
    JsonNode error =
        admin()
            .form(
                "POST",
                "/batch",
                "uri",
                "/PROJ?method=POST&name=" + tag + "-1",
                "uri",
                "/PROJ?method=POST&name=" + tag + "-2&status=BAD",
                "atomic",
                "true")
            .fails(400)
            .error();
    assertThat(error.path("message").asText()).contains("BAD");
    assertThat(count("PROJ", tag)).isZero();
    JsonNode ok =
        admin()
            .form(
                "POST",
                "/batch",
                "uri[]",
                "PROJ?method=POST&name=" + tag + "-3",
                "uri[]",
                "PROJ?method=POST&name=" + tag + "-4",
                "atomic",
                "true")
            .ok()
            .data();
    assertThat(ok.path("success").asBoolean()).isTrue();
    assertThat(count("PROJ", tag)).isEqualTo(2);
  }

  @Test
  void nonAtomicBatchAnswersEachSubRequestInOrder() {
    String p = project(admin(), Fixtures.unique("Batched"));
    for (String concurrent : List.of("false", "true")) {
      JsonNode replies =
          admin()
              .form(
                  "POST", "/batch",
                  "uri", "PROJ/search?ID=" + p + "&method=GET",
                  "uri", "/TASK/search?projectID=" + p + "&bogus=1",
                  "uri", "PROJ/" + p + "?fields=status&method=GET",
                  "concurrent", concurrent)
              .ok()
              .data();
      assertThat(replies).hasSize(3);
      assertThat(replies.get(0).path("data").get(0).path("ID").asText()).isEqualTo(p);
      assertThat(replies.get(1).path("error").path("message").asText()).contains("bogus");
      assertThat(replies.get(2).path("data").path("status").asText()).isEqualTo("PLN");
    }
  }
}
