package io.tasklane.customdata;

import static io.tasklane.testing.WorkFixtures.get;
import static io.tasklane.testing.WorkFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import io.tasklane.testing.WorkFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** CTGY, PARAM, CTGYPA and POPT: custom forms and fields are set up by administrators. */
@BothEngines
class CustomFormIT {
  @Parameter Engine engine;

  private Api admin() {
    return TestServer.shared(engine).admin();
  }

  @Test
  void buildsAFormWithFieldsAndOptions() {
    String fieldName = Fixtures.unique("Region");
    JsonNode param =
        admin()
            .postJson(
                "/PARAM",
                "{\"name\":\""
                    + fieldName
                    + "\",\"dataType\":\"TEXT\",\"displayType\":\"DROPDOWN\","
                    + "\"parameterOptions\":[{\"value\":\"EMEA\"},{\"value\":\"APAC\",\"label\":\"Asia Pacific\"}]}",
                "fields",
                "parameterOptions:value,parameterOptions:label")
            .ok()
            .data();
    String paramId = param.path("ID").asText();
    assertThat(param.path("parameterOptions"))
        .extracting(o -> o.path("value").asText())
        .containsExactly("EMEA", "APAC");
    JsonNode form =
        admin()
            .postJson(
                "/CTGY",
                "{\"name\":\""
                    + Fixtures.unique("Project form")
                    + "\",\"catObjCode\":\"PROJ\","
                    + "\"categoryParameters\":[{\"parameterID\":\""
                    + paramId
                    + "\",\"isRequired\":true}]}",
                "fields",
                "parameters,categoryParameters:isRequired")
            .ok()
            .data();
    assertThat(form.path("parameters").get(0).path("name").asText()).isEqualTo(fieldName);
    assertThat(form.path("categoryParameters").get(0).path("isRequired").asBoolean()).isTrue();
    admin()
        .postJson("/PARAM", json("name", fieldName, "dataType", "TEXT", "displayType", "TEXT"))
        .fails(409);
    admin().postJson("/CTGY", json("name", "x", "catObjCode", "HOUR")).fails(400);
    admin().putJson("/PARAM/" + paramId, json("description", "Sales region")).ok();
    assertThat(get(admin(), "PARAM", paramId, "description").path("description").asText())
        .isEqualTo("Sales region");
    admin().delete("/CTGY/" + form.path("ID").asText()).ok();
    admin().delete("/PARAM/" + paramId).ok();
    admin().get("/PARAM/" + paramId).fails(404);
  }

  @Test
  void onlyAdministratorsChangeForms() {
    WorkFixtures.Person ana = WorkFixtures.person(TestServer.shared(engine), "Standard");
    ana.api()
        .postJson(
            "/PARAM", json("name", Fixtures.unique("x"), "dataType", "TEXT", "displayType", "TEXT"))
        .fails(403);
    ana.api().postJson("/CTGY", json("name", "x", "catObjCode", "PROJ")).fails(403);
    assertThat(ana.api().get("/CTGY/search").ok().data().isArray()).isTrue();
  }
}
