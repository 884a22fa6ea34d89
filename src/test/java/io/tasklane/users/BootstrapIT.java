package io.tasklane.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** First start and the demo organisation, on servers of their own. */
@BothEngines
class BootstrapIT {
  @Parameter Engine engine;

  @Test
  void firstStartCreatesTheCustomerAccessLevelsAndAdminWithAGeneratedPasswordShownOnce() {
    try (TestServer s =
        TestServer.start(engine, c -> TestServer.withDemo(c, false, Optional.empty()))) {
      Matcher m = Pattern.compile("generated password: (\\S+)").matcher(s.output());
      assertThat(m.find()).as(s.output()).isTrue();
      String password = m.group(1);
      Api admin = s.api().withSession(s.login("admin", password));
      JsonNode levels =
          admin.get("/ACSLVL/search", "fields", "licenseType,isAdmin,rank").ok().data();
      Map<String, String> licence = new HashMap<>();
      levels.forEach(l -> licence.put(l.path("name").asText(), l.path("licenseType").asText()));
      assertThat(licence)
          .containsEntry("System Administrator", "STANDARD")
          .containsEntry("Standard", "STANDARD")
          .containsEntry("Light", "LIGHT")
          .containsEntry("Contributor", "CONTRIBUTOR")
          .containsEntry("External User", "EXTERNAL")
          .containsEntry("Planner", "PLAN")
          .containsEntry("Worker", "WORK")
          .containsEntry("Reviewer", "REVIEW")
          .containsEntry("Requestor", "REQUEST");
      JsonNode me =
          admin.get("/USER/$$USER", "fields", "username,accessLevel:isAdmin,isActive").ok().data();
      assertThat(me.path("username").asText()).isEqualTo("admin");
      assertThat(me.path("accessLevel").path("isAdmin").asBoolean()).isTrue();
      JsonNode customer =
          admin
              .get(
                  "/CUST/search",
                  "fields",
                  "standardLicenses,lightLicenses,contributorLicenses,requestLicenses")
              .ok()
              .data()
              .get(0);
      assertThat(customer.path("standardLicenses").asInt()).isEqualTo(Bootstrap.DEFAULT_SEATS);
      assertThat(customer.path("lightLicenses").asInt()).isEqualTo(Bootstrap.DEFAULT_SEATS);
      assertThat(customer.path("requestLicenses").asInt()).isEqualTo(Bootstrap.DEFAULT_SEATS);

      s.restart();
      assertThat(count(s.output(), "generated password")).isEqualTo(1);
      s.api().withSession(s.login("admin", password)).get("/USER/$$USER").ok();
    }
  }

  @Test
  void theDemoOrganisationLoadsOnceWithPeopleOfEveryLicenceType() {
    try (TestServer s =
        TestServer.start(
            engine, c -> TestServer.withDemo(c, true, Optional.of(TestServer.ADMIN_PASSWORD)))) {
      Api admin = s.admin();
      int users = admin.get("/USER/count").ok().data().path("count").asInt();
      int inactive =
          admin.get("/USER/count", "isActive", "false").ok().data().path("count").asInt();
      assertThat(users).isGreaterThanOrEqualTo(51);
      assertThat(inactive).isGreaterThanOrEqualTo(1);
      JsonNode byLicence =
          admin
              .get("/USER/report", "accessLevel:licenseType_GroupBy", "true", "ID_AggFunc", "count")
              .ok()
              .data();
      for (String type :
          new String[] {
            "STANDARD", "LIGHT", "CONTRIBUTOR", "EXTERNAL", "PLAN", "WORK", "REVIEW", "REQUEST"
          }) {
        assertThat(byLicence.path(type).path("count_ID").asInt()).as(type).isPositive();
      }
      assertThat(admin.get("/GROUP/count").ok().data().path("count").asInt())
          .isGreaterThanOrEqualTo(5);
      assertThat(admin.get("/ROLE/count").ok().data().path("count").asInt())
          .isGreaterThanOrEqualTo(5);
      assertThat(admin.get("/CMPY/count").ok().data().path("count").asInt()).isEqualTo(1);
      JsonNode deactivated =
          admin
              .get("/USER/search", "isActive", "false", "fields", "actualDeactivationDate")
              .ok()
              .data();
      deactivated.forEach(u -> assertThat(u.path("actualDeactivationDate").asText()).isNotEmpty());

      // ten free seats of each paid licence type beyond the demo's own active users
      JsonNode customer =
          admin.get("/CUST/search", "fields", "standardLicenses,lightLicenses").ok().data().get(0);
      int activeStandard =
          admin
              .get("/USER/count", "isActive", "true", "accessLevel:licenseType", "STANDARD")
              .ok()
              .data()
              .path("count")
              .asInt();
      int activeLight =
          admin
              .get("/USER/count", "isActive", "true", "accessLevel:licenseType", "LIGHT")
              .ok()
              .data()
              .path("count")
              .asInt();
      assertThat(customer.path("standardLicenses").asInt()).isEqualTo(activeStandard + 10);
      assertThat(customer.path("lightLicenses").asInt()).isEqualTo(activeLight + 10);

      String demoUser =
          admin
              .get("/USER/search", "isActive", "true", "accessLevel:licenseType", "LIGHT")
              .ok()
              .data()
              .get(0)
              .path("ID")
              .asText();
      String username =
          admin
              .get("/USER/" + demoUser, "fields", "username")
              .ok()
              .data()
              .path("username")
              .asText();
      s.login(username, OrgDemo.PASSWORD);

      s.restart();
      assertThat(s.output()).contains("already loaded");
      assertThat(s.admin().get("/USER/count").ok().data().path("count").asInt()).isEqualTo(users);
    }
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
