package io.tasklane.documents;

import io.tasklane.access.AccessPolicy;
import io.tasklane.api.Endpoint;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import io.tasklane.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Contributes DOCU and DOCV, the upload and download endpoints and the content store. */
public final class DocumentFeature {
  private final AccessPolicy access;
  private final ContentStore store;
  private final Sweeper sweeper;
  private final Database database;
  private final Clock clock;

  public DocumentFeature(
      AccessPolicy access, Path dataDir, long maxUploadBytes, Clock clock, Database database) {
    this.access = access;
    this.store = new ContentStore(dataDir, maxUploadBytes, clock, database);
    this.sweeper = new Sweeper(store, database, clock);
    this.database = database;
    this.clock = clock;
  }

  public void define(Registry.Builder registry) {
    DocumentDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    b.rules("DOCU", new DocumentRules(writes, registry, access));
    b.rules("DOCV", new VersionRules(writes, registry, access, store));
  }

  /** {@code upload} and {@code download}. */
  public Map<String, Endpoint> endpoints() {
    return Map.of(
        "upload",
        new UploadEndpoint(store, sweeper),
        "download",
        new DownloadEndpoint(store, database, access, clock));
  }

  /** The content store, for demo data that comes with files. */
  public ContentStore contentStore() {
    return store;
  }

  /** Tidies the content store left by an earlier run (half-written files, expired handles). */
  public void sweep() {
    sweeper.sweep();
  }
}
