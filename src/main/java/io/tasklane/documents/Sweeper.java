package io.tasklane.documents;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the content store tidy: half-written temporary files go (a crash or a broken connection
 * mid-upload), expired upload handles go with their bytes, and files no document version or handle
 * refers to go once they are older than a handle's lifetime (deleted versions; bytes are never
 * deleted inside a transaction that might still roll back). Runs at start and then at most every
 * few minutes, on uploads.
 */
final class Sweeper {
  private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);
  private static final Duration EVERY = Duration.ofMinutes(10);
  private static final int BATCH = 500;

  private final ContentStore store;
  private final Database database;
  private final Clock clock;
  private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

  Sweeper(ContentStore store, Database database, Clock clock) {
    this.store = store;
    this.database = database;
    this.clock = clock;
  }

  void maybeSweep() {
    Instant now = clock.instant();
    Instant before = last.get();
    if (now.isBefore(before.plus(EVERY)) || !last.compareAndSet(before, now)) {
      return;
    }
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.warn("content sweep failed; it runs again later", e);
    }
  }

  void sweep() {
    last.set(clock.instant());
    try {
      removeTemporaryFiles();
      removeExpiredHandles();
      removeUnreferencedFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void removeTemporaryFiles() throws IOException {
    if (!Files.isDirectory(store.temp())) {
      return;
    }
    try (Stream<Path> files = Files.list(store.temp())) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".part"))
          .filter(f -> olderThan(f, Duration.ofMinutes(1)))
          .forEach(ContentStore::deleteQuietly);
    }
  }

  private void removeExpiredHandles() {
    List<Record2<String, String>> expired =
        database.transaction(
            dsl -> {
              var rows =
                  dsl.select(
                          field(name("customer_id"), String.class),
                          field(name("handle"), String.class))
                      .from(table(name("uploads")))
                      .where(
                          field(name("expires_at"), java.time.OffsetDateTime.class)
                              .le(clock.instant().atOffset(ZoneOffset.UTC)))
                      .forUpdate()
                      .fetch();
              for (Record2<String, String> r : rows) {
                dsl.deleteFrom(table(name("uploads")))
                    .where(field(name("handle"), String.class).eq(r.value2()))
                    .execute();
              }
              return rows;
            });
    for (Record2<String, String> r : expired) {
      ContentStore.deleteQuietly(store.blob(r.value1(), r.value2()));
    }
  }

  private void removeUnreferencedFiles() throws IOException {
    if (!Files.isDirectory(store.root())) {
      return;
    }
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> customers = Files.list(store.root())) {
      for (Path dir : customers.filter(Files::isDirectory).toList()) {
        String n = dir.getFileName().toString();
        if (n.equals("tmp") || n.equals("incoming")) {
          continue;
        }
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> olderThan(f, ContentStore.HANDLE_LIFETIME)).forEach(candidates::add);
        }
      }
    }
    for (int i = 0; i < candidates.size(); i += BATCH) {
      List<Path> batch = candidates.subList(i, Math.min(candidates.size(), i + BATCH));
      List<String> keys = batch.stream().map(p -> p.getFileName().toString()).toList();
      Set<String> used =
          new HashSet<>(
              database.read(
                  dsl ->
                      dsl.select(field(name("storage_key"), String.class))
                          .from(table(name("document_versions")))
                          .where(field(name("storage_key"), String.class).in(keys))
                          .union(
                              dsl.select(field(name("handle"), String.class))
                                  .from(table(name("uploads")))
                                  .where(field(name("handle"), String.class).in(keys)))
                          .fetch(0, String.class)));
      for (Path p : batch) {
        if (!used.contains(p.getFileName().toString())) {
          ContentStore.deleteQuietly(p);
        }
      }
    }
  }

  /** File ages are measured on the file system's clock, which wrote them. */
  private static boolean olderThan(Path f, Duration age) {
    try {
      return Files.getLastModifiedTime(f).toInstant().isBefore(Instant.now().minus(age));
    } catch (IOException e) {
      return false;
    }
  }
}
