package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * A read takes its pooled connection at its first statement and keeps it for the rest; until then
 * it may wait for another read's statement (CoalescedLoads), after it never — and a write's
 * transaction never waits at all.
 */
@BothEngines
class HeldConnectionIT {
  @Parameter Engine engine;

  @Test
  void aReadMayWaitForOthersOnlyBeforeItsFirstStatementAndKeepsOneConnection() {
    Database db = TestServer.shared(engine).app().parts().database();
    List<Object> seen = new ArrayList<>();
    db.read(
        dsl -> {
          seen.add(Database.holdsNoConnectionYet(dsl));
          seen.add(dsl.connectionResult(c -> System.identityHashCode(c)));
          seen.add(Database.holdsNoConnectionYet(dsl));
          seen.add(dsl.connectionResult(c -> System.identityHashCode(c)));
          dsl.selectOne().fetch();
          return null;
        });

    assertThat(seen.get(0)).isEqualTo(true);
    assertThat(seen.get(2)).isEqualTo(false);
    assertThat(seen.get(3)).isEqualTo(seen.get(1)); // one connection for all its statements
    assertThat(db.transaction(Database::holdsNoConnectionYet)).isFalse();
    assertThat(Database.holdsNoConnectionYet(db.dsl())).isFalse(); // the pool's own context
  }
}
