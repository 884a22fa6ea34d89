package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Principal;
import io.tasklane.objects.CallerFactory;
import io.tasklane.query.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * {@code $$USER.<field>} values (reference §4.4), loaded only when a query uses one: the user's own
 * fields in one statement, group, team and role lists in one more each.
 */
public final class UserCallers implements CallerFactory {
  private final Clock clock;

  public UserCallers(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Caller caller(DSLContext dsl, Principal principal) {
    return new Caller() {
      private Map<String, Object> own;

      @Override
      public boolean administrator() {
        return principal.administrator();
      }

      @Override
      public ZoneId zone() {
        return principal.zone();
      }

      @Override
      public Instant now() {
        return clock.instant();
      }

      @Override
      public Optional<Object> userValue(String f) {
        return switch (f) {
          case "ID" -> Optional.of(principal.userId());
          case "customerID" -> Optional.of(principal.customerId());
          case "accessLevelID" -> Optional.of(principal.accessLevelId());
          case "accessLevelRank" -> Optional.of(Integer.toString(principal.accessLevelRank()));
          case "firstName",
              "lastName",
              "name",
              "companyID",
              "homeGroupID",
              "homeTeamID",
              "roleID",
              "username",
              "emailAddr" ->
              Optional.of(own().get(f) == null ? List.of() : own().get(f));
          case "otherGroupIDs" ->
              Optional.of(withHome(ids("user_groups", "group_id"), own().get("homeGroupID")));
          case "teamIDs" ->
              Optional.of(withHome(ids("team_members", "team_id"), own().get("homeTeamID")));
          case "otherTeamIDs" -> {
            List<Object> teams = new ArrayList<>(ids("team_members", "team_id"));
            teams.remove(own().get("homeTeamID"));
            yield Optional.of(teams);
          }
          case "roleIDs" ->
              Optional.of(withHome(ids("user_roles", "role_id"), own().get("roleID")));
          default -> Optional.empty();
        };
      }

      private Map<String, Object> own() {
        if (own == null) {
          Record r =
              dsl.select(
                      field(name("first_name")),
                      field(name("last_name")),
                      field(name("name")),
                      field(name("company_id")),
                      field(name("home_group_id")),
                      field(name("home_team_id")),
                      field(name("role_id")),
                      field(name("username")),
                      field(name("email_addr")))
                  .from(table(name("users")))
                  .where(field(name("id"), String.class).eq(principal.userId()))
                  .fetchOne();
          own = new HashMap<>();
          String[] keys = {
            "firstName",
            "lastName",
            "name",
            "companyID",
            "homeGroupID",
            "homeTeamID",
            "roleID",
            "username",
            "emailAddr"
          };
          for (int i = 0; i < keys.length; i++) {
            own.put(keys[i], r == null ? null : r.get(i));
          }
        }
        return own;
      }

      private List<Object> ids(String link, String column) {
        return new ArrayList<>(
            dsl.select(field(name(column), String.class))
                .from(table(name(link)))
                .where(field(name("user_id"), String.class).eq(principal.userId()))
                .fetch(0, String.class));
      }
    };
  }

  private static List<Object> withHome(List<Object> ids, Object home) {
    List<Object> out = new ArrayList<>(ids);
    if (home != null && !out.contains(home)) {
      out.add(0, home);
    }
    return out;
  }
}
