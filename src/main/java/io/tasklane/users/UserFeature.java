package io.tasklane.users;

import io.tasklane.auth.ApiKeys;
import io.tasklane.auth.Authenticator;
import io.tasklane.objects.Behaviours;
import io.tasklane.schema.Registry;
import java.util.List;
import java.util.Map;

/** Contributes the people types, their rules, actions and the assignment guard. */
public final class UserFeature {
  private final ApiKeys apiKeys;
  private final Authenticator authenticator;

  public UserFeature(ApiKeys apiKeys, Authenticator authenticator) {
    this.apiKeys = apiKeys;
    this.authenticator = authenticator;
  }

  public void define(Registry.Builder registry) {
    UserDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b) {
    b.guard(new ActiveUserGuard());
    b.rules("USER", new UserRules(new OrgDefaults()));
    Map.of(
            "CUST", "the customer",
            "ACSLVL", "access levels",
            "GROUP", "groups",
            "ROLE", "job roles",
            "CMPY", "companies",
            "TEAMOB", "teams",
            "TEAMMB", "team membership",
            "USRGPS", "group membership",
            "USRROL", "job role assignments")
        .forEach((code, what) -> b.rules(code, new AdminOnlyRules(what)));
    new ApiKeyActions(apiKeys, authenticator).register(b);
    // The caller's own customer, with the usual fields (reference §4.7, §10.6).
    b.namedQuery(
        "CUST",
        "currentCustomer",
        (api, p, type, params, dsl) ->
            api.get(dsl, p, type, List.of(p.customerId()), true, params));
  }

  /** Sentences for the database's named uniqueness rules. */
  public static Map<String, String> constraintMessages() {
    return Map.of(
        "users_active_username_uq", "Another active user already has this username.",
        "users_active_email_uq", "Another active user already has this email address.",
        "team_members_uq", "The user is already on this team.",
        "user_groups_uq", "The user is already in this group.",
        "user_roles_uq", "The user already has this job role.",
        "access_levels_name_uq", "An access level with this name already exists.",
        "customers_domain_uq", "Another customer already has this domain.");
  }
}
