package io.tasklane.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import io.tasklane.testing.WorkFixtures.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * An {@code EXISTS} block, a collection path and a collection in {@code fields} see what their
 * caller may find, no more (reference §4.2, §5.6): asking "people who own a project named X" or
 * "hour types with an hour described Y", or listing an hour type's hours, must not reveal a project
 * or hours the caller cannot see, in search, count and report, nor their absence through {@code
 * NOTEXISTS}.
 */
@BothEngines
class ExistsVisibilityIT {
  @Parameter Engine engine;

  private TestServer server;
  private Person ana;
  private Person ben;
  private String secret;
  private String project;

  @BeforeEach
  void anasPrivateProject() {
    server = TestServer.shared(engine);
    ana = WorkFixtures.person(server, "Standard");
    ben = WorkFixtures.person(server, "Standard");
    secret = Fixtures.unique("Secret");
    project = WorkFixtures.project(ana.api(), secret);
  }

  private String[] ownsTheSecretProject(boolean negated, String... more) {
    List<String> p =
        new ArrayList<>(
            List.of(
                "ID",
                ana.id(),
                "EXISTS:A:$$OBJCODE",
                "PROJ",
                "EXISTS:A:ownerID",
                "FIELD:ID",
                "EXISTS:A:name",
                secret));
    if (negated) {
      p.addAll(List.of("EXISTS:A:$$EXISTSMOD", "NOTEXISTS"));
    }
    p.addAll(List.of(more));
    return p.toArray(String[]::new);
  }

  private static int found(Api api, String... params) {
    return found(api, "/USER/search", params);
  }

  private static int found(Api api, String path, String... params) {
    return api.get(path, params).ok().data().size();
  }

  private static int counted(Api api, String... params) {
    return counted(api, "/USER/count", params);
  }

  private static int counted(Api api, String path, String... params) {
    return api.get(path, params).ok().data().path("count").asInt();
  }

  private static JsonNode reported(Api api, String... params) {
    List<String> p = new ArrayList<>(List.of(params));
    p.addAll(List.of("ID_AggFunc", "count"));
    return api.get("/USER/report", p.toArray(String[]::new)).ok().data();
  }

  @Test
  void aBlockDoesNotFindWhatTheCallerCannotSee() {
    assertThat(found(server.admin(), ownsTheSecretProject(false))).isEqualTo(1);
    assertThat(found(ana.api(), ownsTheSecretProject(false))).isEqualTo(1);

    assertThat(found(ben.api(), ownsTheSecretProject(false))).isZero();
    assertThat(counted(ben.api(), ownsTheSecretProject(false))).isZero();
    assertThat(reported(ben.api(), ownsTheSecretProject(false)).path("count_ID").asInt()).isZero();
    assertThat(found(ben.api(), ownsTheSecretProject(true)))
        .as("NOTEXISTS: for ben there is no such project")
        .isEqualTo(1);
    assertThat(found(ana.api(), ownsTheSecretProject(true))).isZero();
  }

  @Test
  void aCollectionPathDoesNotFindWhatTheCallerCannotSee() {
    String said = hourInThePrivateProject("said in private");
    String[] typesOfThatHour = {"hours:description", said};
    assertThat(found(server.admin(), "/HOURT/search", typesOfThatHour)).isEqualTo(1);
    assertThat(found(ana.api(), "/HOURT/search", typesOfThatHour)).isEqualTo(1);
    assertThat(found(ben.api(), "/HOURT/search", typesOfThatHour)).isZero();
    assertThat(counted(ben.api(), "/HOURT/count", typesOfThatHour)).isZero();
    shareWithBen();
    assertThat(found(ben.api(), "/HOURT/search", typesOfThatHour)).isEqualTo(1);
  }

  @Test
  void aNestedCollectionShowsOnlyWhatTheCallerMayRead() {
    String said = hourInThePrivateProject("logged in private");
    String projectTime =
        server
            .admin()
            .get("/HOURT/search", "name", "Project Time")
            .ok()
            .data()
            .get(0)
            .path("ID")
            .asText();
    assertThat(descriptions(server.admin(), projectTime)).contains(said);
    assertThat(descriptions(ana.api(), projectTime)).contains(said);
    assertThat(descriptions(ben.api(), projectTime)).doesNotContain(said);
    shareWithBen();
    assertThat(descriptions(ben.api(), projectTime)).contains(said);
  }

  /** Ana logs an hour on her project; returns its (unique) description. */
  private String hourInThePrivateProject(String description) {
    String said = Fixtures.unique(description);
    WorkFixtures.createId(
        ana.api(),
        "HOUR",
        WorkFixtures.json("projectID", project, "hours", 1, "description", said));
    return said;
  }

  private void shareWithBen() {
    ana.api().put("/PROJ/" + project + "/share", "accessorID", ben.id(), "coreAction", "VIEW").ok();
  }

  /** The descriptions of the hours of an hour type, as {@code fields=hours:description} shows. */
  private static List<String> descriptions(Api api, String hourType) {
    List<String> out = new ArrayList<>();
    api.get("/HOURT/" + hourType, "fields", "hours:description")
        .ok()
        .data()
        .path("hours")
        .forEach(h -> out.add(h.path("description").asText()));
    return out;
  }

  @Test
  void aShareMakesTheBlockFindIt() {
    shareWithBen();
    assertThat(found(ben.api(), ownsTheSecretProject(false))).isEqualTo(1);
    assertThat(counted(ben.api(), ownsTheSecretProject(false))).isEqualTo(1);
    assertThat(found(ben.api(), ownsTheSecretProject(true))).isZero();
  }
}
