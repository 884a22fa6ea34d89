package io.tasklane.app;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.store.Database;
import io.tasklane.store.Scope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Built-in objects every customer has (statuses, hour types), created at start for customers that
 * lack them, one transaction per customer. Each seed is idempotent, so nodes starting together and
 * restarts are harmless.
 */
final class Seeds {
  private final Database database;
  private final Clock clock;

  Seeds(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  void run(List<Consumer<WriteContext>> seeds) {
    List<String> customers =
        database.read(
            dsl ->
                dsl.select(field(name("id"), String.class))
                    .from(table(name("customers")))
                    .fetch(0, String.class));
    for (String customer : customers) {
      database.transaction(
          dsl -> {
            // Lock the customer row: two nodes starting together seed it once.
            dsl.select(field(name("id")))
                .from(table(name("customers")))
                .where(field(name("id"), String.class).eq(customer))
                .forUpdate()
                .fetch();
            WriteContext ctx =
                new WriteContext(
                    dsl,
                    new Scope(customer),
                    Optional.empty(),
                    clock.instant(),
                    Source.SYSTEM,
                    Optional.of("built-in objects"));
            seeds.forEach(s -> s.accept(ctx));
            return null;
          });
    }
  }
}
