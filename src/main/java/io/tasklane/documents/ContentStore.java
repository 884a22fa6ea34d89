package io.tasklane.documents;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.api.FilePart;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.common.Ids;
import io.tasklane.objects.WriteContext;
import io.tasklane.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Uploaded bytes under {@code <data>/content/<customer>/<key>} (reference §5.3). An upload is
 * written to a temporary file and moved into place atomically, then recorded under a random handle
 * that one document version may claim, once, before it expires. Versions keep the key, so bytes
 * survive restarts; several copied versions may share one file. Files nothing refers to any more
 * are removed by {@link Sweeper}.
 */
public final class ContentStore {
  /** How long an unclaimed upload handle stays valid. */
  public static final Duration HANDLE_LIFETIME = Duration.ofHours(1);

  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final long maxBytes;
  private final Clock clock;
  private final Database database;

  public ContentStore(Path dataDir, long maxBytes, Clock clock, Database database) {
    this.root = dataDir.resolve("content");
    this.maxBytes = maxBytes;
    this.clock = clock;
    this.database = database;
  }

  /** Where Jetty buffers large multipart parts while it reads a request. */
  public static Path spillDirectory(Path dataDir) {
    Path dir = dataDir.resolve("content").resolve("incoming");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    return dir;
  }

  Path root() {
    return root;
  }

  Path temp() {
    return root.resolve("tmp");
  }

  Path blob(String customerId, String key) {
    return root.resolve(customerId).resolve(key);
  }

  /** Stores an uploaded file and returns its handle. */
  public String store(Principal p, FilePart part) {
    Written w = write(p.customerId(), part.content());
    try {
      database.transaction(
          dsl -> {
            record(dsl, p.customerId(), p.userId(), w, part.fileName(), part.contentType());
            return null;
          });
    } catch (RuntimeException e) {
      deleteQuietly(w.path());
      throw e;
    }
    return w.handle();
  }

  /**
   * Stores bytes as an upload of {@code userId} inside the caller's transaction (demo data): if it
   * rolls back, the file is left for the sweeper.
   */
  public String store(
      WriteContext ctx, String userId, String fileName, String contentType, byte[] bytes) {
    String customer = ctx.scope().customerId();
    Written w = write(customer, () -> new java.io.ByteArrayInputStream(bytes));
    record(ctx.dsl(), customer, userId, w, fileName, contentType);
    return w.handle();
  }

  private record Written(String handle, Path path, long size) {}

  /** Writes to a temporary file, then moves it into place atomically. */
  private Written write(String customerId, FilePart.Content content) {
    String handle = Ids.randomHex(16);
    Path target = blob(customerId, handle);
    Path temp = null;
    try {
      Files.createDirectories(temp());
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(temp(), "upload-", ".part");
      long size;
      try (InputStream in = content.open();
          OutputStream out = Files.newOutputStream(temp)) {
        size = copy(in, out);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return new Written(handle, target, size);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new UncheckedIOException("cannot store an upload", e);
    } catch (RuntimeException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private void record(
      DSLContext dsl,
      String customerId,
      String userId,
      Written w,
      String fileName,
      String contentType) {
    Instant now = clock.instant();
    dsl.insertInto(table(name("uploads")))
        .columns(
            field(name("handle")),
            field(name("customer_id")),
            field(name("user_id")),
            field(name("file_name")),
            field(name("content_type")),
            field(name("size_bytes")),
            field(name("created_at")),
            field(name("expires_at")))
        .values(
            w.handle(),
            customerId,
            userId,
            clip(fileName),
            clip(contentType),
            w.size(),
            now.atOffset(ZoneOffset.UTC),
            now.plus(HANDLE_LIFETIME).atOffset(ZoneOffset.UTC))
        .execute();
  }

  private long copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new ApiException(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "The upload is larger than this server accepts (" + maxBytes + " bytes per file).");
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  /** An upload taken by a document version: its content key and what the client said of it. */
  public record Claimed(String key, String fileName, String contentType, long size) {}

  /**
   * Takes a handle for a new document version, in that version's transaction: a handle is used
   * once, by the user who uploaded it (or an administrator), before it expires.
   */
  public Claimed claim(WriteContext ctx, String handle) {
    if (!Ids.isId(handle)) {
      throw ApiException.badRequest(
          "Invalid upload handle '" + handle + "'; handles are 32 hexadecimal characters.");
    }
    String h = handle.toLowerCase(java.util.Locale.ROOT);
    Record r =
        ctx.dsl()
            .select(
                field(name("user_id"), String.class),
                field(name("file_name"), String.class),
                field(name("content_type"), String.class),
                field(name("size_bytes"), Long.class),
                field(name("expires_at"), java.time.OffsetDateTime.class))
            .from(table(name("uploads")))
            .where(field(name("handle"), String.class).eq(h))
            .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
            .forUpdate()
            .fetchOne();
    if (r == null) {
      throw ApiException.notFound("Upload handle " + h + " is unknown or has been used already.");
    }
    if (!r.get(4, java.time.OffsetDateTime.class).toInstant().isAfter(ctx.now())) {
      throw ApiException.rule("Upload handle " + h + " has expired; upload the file again.");
    }
    if (!ctx.privileged() && !ctx.actorId().orElse("").equals(r.get(0))) {
      throw ApiException.forbidden("Upload handle " + h + " belongs to another user.");
    }
    ctx.dsl()
        .deleteFrom(table(name("uploads")))
        .where(field(name("handle"), String.class).eq(h))
        .execute();
    return new Claimed(h, r.get(1, String.class), r.get(2, String.class), r.get(3, Long.class));
  }

  /** The stored bytes of a key; a missing file is a server fault worth naming. */
  public Path open(String customerId, String key) {
    Path p = blob(customerId, key);
    if (!Files.isRegularFile(p)) {
      throw new ApiException(ErrorCode.INTERNAL, "The stored file of this document is missing.");
    }
    return p;
  }

  static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // left for the sweeper
    }
  }

  private static String clip(String s) {
    return s == null ? null : s.length() > 255 ? s.substring(0, 255) : s;
  }
}
