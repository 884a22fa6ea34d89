package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.common.ApiException;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.Fixtures;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * Hooks deferred to the end of a transaction (users.SeatChanges takes licence seats this way): they
 * run once each, after the transaction's work and in the order registered, see its writes, can
 * refuse and so roll everything back, and are not available outside a transaction.
 */
@BothEngines
class BeforeCommitIT {
  @Parameter Engine engine;

  /** Records what it saw when it ran. */
  static final class Probe implements BeforeCommit.Hook {
    final List<String> seen = new ArrayList<>();
    String name = "";
    boolean refuse;

    @Override
    public void run(DSLContext dsl) {
      seen.add(Optional.ofNullable(value(dsl, name)).orElse("none"));
      if (refuse) {
        throw ApiException.rule("refused before commit");
      }
    }
  }

  /** A second hook type, to show the order. */
  static final class Later implements BeforeCommit.Hook {
    final List<String> log;

    Later(List<String> log) {
      this.log = log;
    }

    @Override
    public void run(DSLContext dsl) {
      log.add("later");
    }
  }

  @Test
  void runsOnceAfterTheWorkSeeingItsWritesInRegistrationOrder() {
    Database db = TestServer.shared(engine).app().parts().database();
    String customer = TestServer.shared(engine).app().parts().customerId();
    String name = Fixtures.unique("hook");
    Probe probe = new Probe();
    probe.name = name;
    db.transaction(
        dsl -> {
          BeforeCommit.hook(dsl, Probe.class, () -> probe).orElseThrow();
          assertThat(BeforeCommit.hook(dsl, Probe.class, Probe::new)).containsSame(probe);
          BeforeCommit.hook(dsl, Later.class, () -> new Later(probe.seen)).orElseThrow();
          insert(dsl, customer, name);
          return null;
        });
    assertThat(probe.seen).containsExactly("written", "later");
    String stored = db.read(dsl -> value(dsl, name));
    assertThat(stored).isEqualTo("written");
  }

  @Test
  void aRefusingHookRollsTheTransactionBack() {
    Database db = TestServer.shared(engine).app().parts().database();
    String customer = TestServer.shared(engine).app().parts().customerId();
    String name = Fixtures.unique("hook");
    Probe probe = new Probe();
    probe.name = name;
    probe.refuse = true;
    assertThatThrownBy(
            () ->
                db.transaction(
                    dsl -> {
                      BeforeCommit.hook(dsl, Probe.class, () -> probe);
                      insert(dsl, customer, name);
                      return null;
                    }))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("refused before commit");
    assertThat(probe.seen).containsExactly("written");
    String stored = db.read(dsl -> value(dsl, name));
    assertThat(stored).isNull();
  }

  @Test
  void outsideATransactionThereIsNoHook() {
    Database db = TestServer.shared(engine).app().parts().database();
    Optional<Probe> hook = db.read(dsl -> BeforeCommit.hook(dsl, Probe.class, Probe::new));
    assertThat(hook).isEmpty();
  }

  private static void insert(DSLContext dsl, String customer, String name) {
    dsl.insertInto(DSL.table(DSL.name("server_settings")))
        .columns(
            DSL.field(DSL.name("customer_id")),
            DSL.field(DSL.name("name")),
            DSL.field(DSL.name("setting_value")))
        .values(customer, name, "written")
        .execute();
  }

  private static String value(DSLContext dsl, String name) {
    return dsl.select(DSL.field(DSL.name("setting_value"), String.class))
        .from(DSL.table(DSL.name("server_settings")))
        .where(DSL.field(DSL.name("name"), String.class).eq(name))
        .fetchOptional(0, String.class)
        .orElse(null);
  }
}
