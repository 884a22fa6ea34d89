package io.tasklane.users;

import java.util.List;

/**
 * The built-in access levels (reference §6.4), each bounded by its licence type. {@code readOnly}
 * ones cannot be changed (System Administrator, External User); {@code rank} orders them for "never
 * grant a level above your own".
 */
public record BuiltInAccessLevels(
    String name,
    LicenseType license,
    boolean admin,
    boolean readOnly,
    int rank,
    String description) {

  public static final String SYSTEM_ADMINISTRATOR = "System Administrator";

  public static final List<BuiltInAccessLevels> ALL =
      List.of(
          new BuiltInAccessLevels(
              SYSTEM_ADMINISTRATOR,
              LicenseType.STANDARD,
              true,
              true,
              100,
              "Full access to everything."),
          new BuiltInAccessLevels(
              "Standard", LicenseType.STANDARD, false, false, 80, "Plans and manages work."),
          new BuiltInAccessLevels(
              "Light", LicenseType.LIGHT, false, false, 50, "Views work, logs time, comments."),
          new BuiltInAccessLevels(
              "Contributor", LicenseType.CONTRIBUTOR, false, false, 30, "Works on assigned items."),
          new BuiltInAccessLevels(
              "External User",
              LicenseType.EXTERNAL,
              false,
              true,
              10,
              "Views and approves shared documents; cannot be assigned work."),
          new BuiltInAccessLevels(
              "Planner", LicenseType.PLAN, false, false, 80, "Legacy Plan licence."),
          new BuiltInAccessLevels(
              "Worker", LicenseType.WORK, false, false, 60, "Legacy Work licence."),
          new BuiltInAccessLevels(
              "Reviewer", LicenseType.REVIEW, false, false, 40, "Legacy Review licence."),
          new BuiltInAccessLevels(
              "Requestor", LicenseType.REQUEST, false, false, 20, "Legacy Request licence."));
}
