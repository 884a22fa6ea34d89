package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Engine;
import io.tasklane.testing.PostgresOnly;
import io.tasklane.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/**
 * PostgreSQL's trigram indexes for name searches (R__trigram_name_search.sql): all five exist and
 * keep their pending lists short, so a search never reads megabytes of entries waiting to be
 * merged.
 */
@PostgresOnly
class TrigramIndexIT {
  @Parameter Engine engine;

  @Test
  void trigramIndexesKeepTheirPendingListsShort() {
    Database db = TestServer.shared(engine).app().parts().database();
    List<String> options =
        db.read(
            dsl ->
                dsl.fetch(
                        "select c.relname || ' ' || array_to_string(c.reloptions, ',')"
                            + " from pg_class c join pg_am a on a.oid = c.relam"
                            + " where a.amname = 'gin' and c.relname like '%\\_trgm\\_ix'")
                    .getValues(0, String.class));
    assertThat(options)
        .hasSize(5)
        .allSatisfy(o -> assertThat(o).contains("gin_pending_list_limit=64"));
  }
}
