package io.tasklane.app;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import io.tasklane.store.Database;
import io.tasklane.store.Scope;
import io.tasklane.users.Licences;
import io.tasklane.users.OrgDemo;
import io.tasklane.work.WorkDemo;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Loads the demo organisation once per customer, in one transaction, and leaves exactly ten free
 * seats of each paid licence type beyond the demo's own active users (DESIGN.md).
 */
final class DemoLoader {
  static final String MARKER = "demo.loaded";
  static final int FREE_SEATS = 10;

  private final Database database;
  private final Writes writes;
  private final Registry registry;
  private final Clock clock;

  private final WorkDemo.Uploads uploads;

  DemoLoader(
      Database database, Writes writes, Registry registry, Clock clock, WorkDemo.Uploads uploads) {
    this.uploads = uploads;
    this.database = database;
    this.writes = writes;
    this.registry = registry;
    this.clock = clock;
  }

  void load(String customerId, PrintStream out) {
    boolean loaded =
        database.transaction(
            dsl -> {
              // Lock the customer row so that two nodes starting with --demo load it once.
              dsl.select(field(name("id")))
                  .from(table(name("customers")))
                  .where(field(name("id"), String.class).eq(customerId))
                  .forUpdate()
                  .fetch();
              if (marked(dsl, customerId)) {
                return false;
              }
              WriteContext ctx =
                  new WriteContext(
                      dsl,
                      new Scope(customerId),
                      Optional.empty(),
                      clock.instant(),
                      Source.SYSTEM,
                      Optional.of("demo data"));
              OrgDemo.Organisation org = new OrgDemo(writes, registry).load(ctx);
              // The work is history: assignments of users who have left since are written as they
              // happened, which the assignment guard lets through (Source.HISTORY).
              WriteContext history =
                  new WriteContext(
                      dsl,
                      new Scope(customerId),
                      Optional.empty(),
                      clock.instant(),
                      Source.HISTORY,
                      Optional.of("demo data"));
              new WorkDemo(writes, registry, uploads).load(history, org);
              setSeats(ctx, customerId);
              dsl.insertInto(table(name("server_settings")))
                  .columns(
                      field(name("customer_id")), field(name("name")), field(name("setting_value")))
                  .values(customerId, MARKER, clock.instant().toString())
                  .execute();
              return true;
            });
    out.println(
        loaded
            ? "Loaded the demo organisation (demo users' password: " + OrgDemo.PASSWORD + ")."
            : "The demo organisation is already loaded.");
  }

  private static boolean marked(DSLContext dsl, String customerId) {
    return dsl.fetchExists(
        dsl.selectOne()
            .from(table(name("server_settings")))
            .where(field(name("customer_id"), String.class).eq(customerId))
            .and(field(name("name"), String.class).eq(MARKER)));
  }

  private void setSeats(WriteContext ctx, String customerId) {
    Map<String, Object> seats = new HashMap<>();
    for (Licences.Usage u : Licences.usage(ctx.dsl(), customerId)) {
      seats.put(u.type().seatsField(), u.used() + FREE_SEATS);
    }
    writes.edit(ctx, registry.get("CUST"), customerId, seats);
  }
}
