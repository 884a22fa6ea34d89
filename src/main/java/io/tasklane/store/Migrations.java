package io.tasklane.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations: the common folder plus the engine's own folder. */
public final class Migrations {
  private Migrations() {}

  public static MigrateResult migrate(Database database) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(database.dataSource())
            .locations(
                "classpath:db/migration/common",
                "classpath:db/migration/" + database.engine().migrationFolder())
            .failOnMissingLocations(true)
            .load();
    return flyway.migrate();
  }
}
