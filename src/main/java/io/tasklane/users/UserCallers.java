package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Principal;
import io.tasklane.objects.CallerFactory;
import io.tasklane.query.Caller;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * {@code $$USER.<field>} values (reference §4.4), loaded only when a query uses one: the caller's
 * own stored fields in one statement (any readable USER field, so {@code $$USER.title} works as
 * well as the documented names), and group, team and role lists in one more each. List-valued
 * wildcards ({@code otherGroupIDs}, {@code teamIDs}, {@code otherTeamIDs}, {@code roleIDs}) are
 * lists, which the query language expands to IN.
 */
public final class UserCallers implements CallerFactory {
  private final Clock clock;
  private final ObjectType user;

  public UserCallers(Clock clock, ObjectType user) {
    this.clock = clock;
    this.user = user;
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
          // The caller's custom form (§4.4): none until USER carries a categoryID field.
          case "categoryID" ->
              readable(f) ? Optional.of(orNothing(own().get(f))) : Optional.of(List.of());
          default -> readable(f) ? Optional.of(orNothing(own().get(f))) : Optional.empty();
        };
      }

      /** A stored USER field the caller may read; others are no wildcard. */
      private boolean readable(String f) {
        return user.field(f)
            .filter(FieldDef::stored)
            .filter(d -> !d.has(FieldFlag.WRITE_ONLY))
            .filter(d -> !d.has(FieldFlag.ADMIN_READ) || principal.administrator())
            .isPresent();
      }

      private Map<String, Object> own() {
        if (own == null) {
          List<FieldDef> fields =
              user.fields().stream()
                  .filter(FieldDef::stored)
                  .filter(d -> !d.has(FieldFlag.WRITE_ONLY))
                  .toList();
          List<Field<?>> columns = new ArrayList<>();
          for (FieldDef d : fields) {
            columns.add(field(name(d.requireColumn())));
          }
          Record r =
              dsl.select(columns)
                  .from(table(name(user.table())))
                  .where(field(name("id"), String.class).eq(principal.userId()))
                  .and(field(name("customer_id"), String.class).eq(principal.customerId()))
                  .fetchOne();
          own = new HashMap<>();
          for (int i = 0; i < fields.size(); i++) {
            own.put(fields.get(i).name(), r == null ? null : r.get(i));
          }
        }
        return own;
      }

      private List<Object> ids(String link, String column) {
        return new ArrayList<>(
            dsl.select(field(name(column), String.class))
                .from(table(name(link)))
                .where(field(name("user_id"), String.class).eq(principal.userId()))
                .and(field(name("customer_id"), String.class).eq(principal.customerId()))
                .fetch(0, String.class));
      }
    };
  }

  /** A missing value matches nothing: an empty list, which the filter turns into IN (). */
  private static Object orNothing(Object v) {
    return v == null ? List.of() : v;
  }

  private static List<Object> withHome(List<Object> ids, Object home) {
    List<Object> out = new ArrayList<>(ids);
    if (home != null && !out.contains(home)) {
      out.add(0, home);
    }
    return out;
  }
}
