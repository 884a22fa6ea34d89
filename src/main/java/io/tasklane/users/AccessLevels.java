package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.UserAdminScope;
import io.tasklane.common.ApiException;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads access levels by ID for the lifecycle rules: licence type, admin flag, rank. */
final class AccessLevels {
  private AccessLevels() {}

  /** What the lifecycle needs to know about one access level. */
  record Level(
      String id,
      String name,
      LicenseType license,
      boolean admin,
      boolean readOnly,
      int rank,
      UserAdminScope userAdmin) {}

  static Level get(DSLContext dsl, String customerId, String id) {
    Record r =
        dsl.select(
                field(name("name"), String.class),
                field(name("license_type"), String.class),
                field(name("is_admin"), Boolean.class),
                field(name("is_read_only"), Boolean.class),
                field(name("rank"), Integer.class),
                field(name("user_admin"), String.class))
            .from(table(name("access_levels")))
            .where(field(name("id"), String.class).eq(id))
            .and(field(name("customer_id"), String.class).eq(customerId))
            .fetchOne();
    if (r == null) {
      throw ApiException.notFound("No ACSLVL with ID " + id + " exists.");
    }
    return new Level(
        id,
        r.get(0, String.class),
        LicenseType.parse(r.get(1, String.class)).orElse(LicenseType.STANDARD),
        Boolean.TRUE.equals(r.get(2, Boolean.class)),
        Boolean.TRUE.equals(r.get(3, Boolean.class)),
        r.get(4, Integer.class),
        UserAdminScope.parse(r.get(5, String.class)).orElse(UserAdminScope.NONE));
  }
}
