package io.tasklane.documents;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.access.AccessPolicy;
import io.tasklane.api.ApiCall;
import io.tasklane.api.ApiResult;
import io.tasklane.api.Endpoint;
import io.tasklane.api.FileBody;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.common.Ids;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.store.Database;
import io.tasklane.store.Scope;
import java.time.Clock;
import java.util.Optional;
import org.jooq.Record;

/**
 * {@code GET …/download?ID=<document>} (its current version) or {@code ?versionID=<version>}: the
 * stored bytes, to anyone who may view the document. A read, so the session cookie suffices.
 */
final class DownloadEndpoint implements Endpoint {
  private final ContentStore store;
  private final Database database;
  private final AccessPolicy access;
  private final Clock clock;

  DownloadEndpoint(ContentStore store, Database database, AccessPolicy access, Clock clock) {
    this.store = store;
    this.database = database;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public boolean writes(ApiCall call) {
    return false;
  }

  @Override
  public ApiResult handle(ApiCall call, Optional<Principal> principal) {
    Principal p = principal.orElseThrow();
    Optional<String> version = call.params().first("versionID");
    Optional<String> document = call.params().first("ID").or(() -> call.params().first("id"));
    String id =
        version
            .or(() -> document)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "download needs ID=<document> or versionID=<version>."));
    if (!Ids.isId(id)) {
      throw ApiException.badRequest("Invalid ID '" + id + "'; IDs are 32 hexadecimal characters.");
    }
    String key = id.toLowerCase(java.util.Locale.ROOT);
    return database.read(
        dsl -> {
          Record v =
              dsl.select(
                      field(name("v", "document_id"), String.class),
                      field(name("v", "storage_key"), String.class),
                      field(name("v", "file_name"), String.class),
                      field(name("v", "format"), String.class),
                      field(name("v", "doc_size"), Integer.class))
                  .from(table(name("document_versions")).as("v"))
                  .join(table(name("documents")).as("d"))
                  .on(field(name("d", "id")).eq(field(name("v", "document_id"))))
                  .where(field(name("v", "customer_id"), String.class).eq(p.customerId()))
                  .and(
                      version.isPresent()
                          ? field(name("v", "id"), String.class).eq(key)
                          : field(name("d", "id"), String.class)
                              .eq(key)
                              .and(
                                  field(name("v", "id"))
                                      .eq(field(name("d", "current_version_id")))))
                  .fetchOne();
          if (v == null || v.get(1) == null) {
            throw ApiException.notFound(
                (version.isPresent() ? "DOCV " : "DOCU ") + key + " has no stored file.");
          }
          WriteContext ctx =
              new WriteContext(
                  dsl,
                  new Scope(p.customerId()),
                  Optional.of(p),
                  clock.instant(),
                  Source.API,
                  Optional.empty());
          access.requireView(ctx, "DOCU", v.get(0, String.class));
          String fileName = Optional.ofNullable(v.get(2, String.class)).orElse("download");
          String type =
              Optional.ofNullable(v.get(3, String.class)).orElse("application/octet-stream");
          java.nio.file.Path path = store.open(p.customerId(), v.get(1, String.class));
          long size;
          try {
            size = java.nio.file.Files.size(path);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return ApiResult.file(new FileBody(fileName, type, size, path));
        });
  }
}
