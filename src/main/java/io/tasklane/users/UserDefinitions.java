package io.tasklane.users;

import static io.tasklane.schema.FieldType.BOOLEAN;
import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DECIMAL;
import static io.tasklane.schema.FieldType.DOUBLE;
import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.INT;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.Registry;

/** USER and its organisation (reference §6): the fields these types need, with their relations. */
public final class UserDefinitions {
  private UserDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(user());
    registry.add(accessLevel());
    registry.add(customer());
    registry.add(
        ObjectType.builder("GROUP", "Group")
            .table("org_groups")
            .altNames("group", "usergroup")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("parentID", ID))
            .reference("parent", "parentID", "GROUP")
            .collection(CollectionDef.direct("subGroups", "GROUP", "parentID"))
            .collection(CollectionDef.direct("userGroups", "USRGPS", "groupID"))
            .collection(CollectionDef.through("users", "USER", "USRGPS", "groupID", "userID")));
    registry.add(
        ObjectType.builder("ROLE", "Role")
            .label("Job Role")
            .table("roles")
            .altNames("role", "jobrole")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("billingPerHour", DECIMAL))
            .field(FieldDef.of("costPerHour", DECIMAL))
            .field(FieldDef.of("maxUsers", INT))
            .collection(CollectionDef.through("users", "USER", "USRROL", "roleID", "userID")));
    registry.add(
        ObjectType.builder("CMPY", "Company")
            .table("companies")
            .altNames("company")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("isPrimary", BOOLEAN))
            .collection(CollectionDef.direct("users", "USER", "companyID")));
    registry.add(
        ObjectType.builder("TEAMOB", "Team")
            .table("teams")
            .altNames("team")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("ownerID", ID))
            .assigneeReference("owner", "ownerID")
            .collection(CollectionDef.direct("teamMembers", "TEAMMB", "teamID"))
            .collection(
                CollectionDef.through("users", "USER", "TEAMMB", "teamID", "userID").asWritable()));
    registry.add(
        ObjectType.builder("TEAMMB", "TeamMember")
            .table("team_members")
            .altNames("teammember")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("teamID", ID).required().defaulted())
            .field(FieldDef.of("userID", ID).required().defaulted())
            .reference("team", "teamID", "TEAMOB")
            .assigneeReference("user", "userID"));
    registry.add(
        ObjectType.builder("USRGPS", "UserGroups")
            .table("user_groups")
            .altNames("usergroups")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("userID", ID).required().defaulted())
            .field(FieldDef.of("groupID", ID).required().defaulted())
            .field(FieldDef.of("isOwner", BOOLEAN))
            .assigneeReference("user", "userID")
            .reference("group", "groupID", "GROUP"));
    registry.add(
        ObjectType.builder("USRROL", "UserRole")
            .table("user_roles")
            .altNames("userrole")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("userID", ID).required().defaulted())
            .field(FieldDef.of("roleID", ID).required().defaulted())
            .field(FieldDef.of("timePercentage", DOUBLE))
            .reference("user", "userID", "USER")
            .reference("role", "roleID", "ROLE"));
  }

  private static ObjectType.Builder user() {
    return ObjectType.builder("USER", "User")
        .table("users")
        .altNames("user")
        .field(FieldDef.of("name", STRING).readOnly())
        .field(FieldDef.of("firstName", STRING).required())
        .field(FieldDef.of("lastName", STRING).required())
        .field(FieldDef.of("username", STRING).journaled())
        .field(FieldDef.of("emailAddr", STRING).journaled())
        .field(
            FieldDef.of("password", STRING)
                .column("password_hash")
                .flags(FieldFlag.WRITE_ONLY)
                .max(1000))
        .field(FieldDef.of("title", STRING))
        .field(FieldDef.of("phoneNumber", STRING))
        .field(FieldDef.of("mobilePhoneNumber", STRING))
        .field(FieldDef.of("phoneExtension", STRING))
        .field(FieldDef.of("myInfo", TEXT).max(4000))
        .field(FieldDef.of("isActive", BOOLEAN).journaled())
        .field(FieldDef.of("scheduleDeactivationDate", DATE_TIME).journaled())
        .field(FieldDef.of("actualDeactivationDate", DATE_TIME).readOnly().journaled())
        // Who deactivated the user; who scheduled the deactivation and in which zone (§7.4).
        .field(FieldDef.of("deactivatedByID", ID).readOnly())
        .field(FieldDef.of("scheduleDeactivationByID", ID).readOnly())
        .field(
            FieldDef.of("scheduleDeactivationTimeZone", STRING)
                .column("schedule_deactivation_zone")
                .readOnly())
        // Set on the tombstone a forced delete leaves behind (§7.5); such users read as absent.
        .field(FieldDef.of("deletedDate", DATE_TIME).readOnly())
        .field(FieldDef.of("lastLoginDate", DATE_TIME).readOnly())
        .field(FieldDef.of("loginCount", INT).readOnly())
        .field(FieldDef.of("accessLevelID", ID).journaled())
        .field(FieldDef.of("companyID", ID))
        .field(FieldDef.of("managerID", ID))
        .field(FieldDef.of("homeGroupID", ID).journaled())
        .field(FieldDef.of("homeTeamID", ID))
        .field(FieldDef.of("roleID", ID))
        .field(FieldDef.of("logTimeInDays", BOOLEAN))
        .field(FieldDef.of("workHoursPerDay", DOUBLE))
        .field(FieldDef.of("workTime", DOUBLE))
        .field(FieldDef.of("fte", DOUBLE))
        .field(FieldDef.of("billingPerHour", DECIMAL).flags(FieldFlag.ADMIN_READ))
        .field(FieldDef.of("costPerHour", DECIMAL).flags(FieldFlag.ADMIN_READ))
        .field(FieldDef.of("extRefID", STRING))
        .field(FieldDef.of("ssoUsername", STRING))
        .field(FieldDef.of("address", STRING))
        .field(FieldDef.of("city", STRING))
        .field(FieldDef.of("state", STRING))
        .field(FieldDef.of("postalCode", STRING))
        .field(FieldDef.of("country", STRING))
        .field(FieldDef.of("timeZone", STRING))
        .field(FieldDef.of("locale", STRING))
        .reference("accessLevel", "accessLevelID", "ACSLVL")
        .reference("company", "companyID", "CMPY")
        .reference("manager", "managerID", "USER")
        .reference("homeGroup", "homeGroupID", "GROUP")
        .reference("homeTeam", "homeTeamID", "TEAMOB")
        .reference("role", "roleID", "ROLE")
        .reference("deactivatedBy", "deactivatedByID", "USER")
        .reference("scheduleDeactivationBy", "scheduleDeactivationByID", "USER")
        .collection(CollectionDef.direct("userGroups", "USRGPS", "userID"))
        .collection(CollectionDef.direct("userRoles", "USRROL", "userID"))
        .collection(CollectionDef.through("roles", "ROLE", "USRROL", "userID", "roleID"))
        .collection(CollectionDef.through("teams", "TEAMOB", "TEAMMB", "userID", "teamID"))
        .collection(CollectionDef.direct("teamMembers", "TEAMMB", "userID"))
        .collection(CollectionDef.direct("directReports", "USER", "managerID"));
  }

  private static ObjectType.Builder accessLevel() {
    return ObjectType.builder("ACSLVL", "AccessLevel")
        .table("access_levels")
        .altNames("accesslevel")
        .field(FieldDef.of("name", STRING).required())
        .field(FieldDef.of("description", TEXT))
        .field(FieldDef.of("licenseType", ENUM).values(LicenseType.codes()).required().defaulted())
        .field(FieldDef.of("isAdmin", BOOLEAN).readOnly())
        .field(FieldDef.of("isReadOnly", BOOLEAN).readOnly())
        .field(FieldDef.of("rank", INT))
        .field(
            FieldDef.of("userAdmin", ENUM)
                .values(
                    io.tasklane.auth.UserAdminScope.NONE.name(),
                    io.tasklane.auth.UserAdminScope.GROUP_USERS.name(),
                    io.tasklane.auth.UserAdminScope.ALL_USERS.name()))
        .collection(CollectionDef.direct("users", "USER", "accessLevelID"));
  }

  private static ObjectType.Builder customer() {
    ObjectType.Builder cust =
        ObjectType.builder("CUST", "Customer")
            .table("customers")
            .altNames("customer")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("domain", STRING))
            .field(FieldDef.of("timeZone", STRING))
            .field(FieldDef.of("locale", STRING))
            .field(FieldDef.of("currency", STRING))
            .only(Operation.GET, Operation.SEARCH, Operation.COUNT, Operation.EDIT);
    for (LicenseType t : LicenseType.values()) {
      if (t.paid()) {
        cust.field(FieldDef.of(t.seatsField(), INT).flags(FieldFlag.ADMIN_READ).journaled());
      }
    }
    return cust;
  }
}
