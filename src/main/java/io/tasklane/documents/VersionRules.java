package io.tasklane.documents;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.HashMap;
import java.util.Map;

/**
 * DOCV: a version claims an upload handle (once), takes its size and type, and becomes its
 * document's current version; a copied version shares the original's bytes. The bytes of a version
 * never change; a new file is a new version.
 */
final class VersionRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final AccessPolicy access;
  private final ContentStore store;

  VersionRules(Writes writes, Registry registry, AccessPolicy access, ContentStore store) {
    this.writes = writes;
    this.registry = registry;
    this.access = access;
    this.store = store;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String doc =
        d.string("documentID")
            .orElseThrow(() -> ApiException.badRequest("DOCV.documentID is required."));
    Map<String, Object> document = writes.read(ctx, registry.get("DOCU"), doc);
    access.requireContribute(ctx, "DOCU", doc);
    if (d.copy().isEmpty()) {
      String handle =
          d.string("handle")
              .orElseThrow(
                  () -> ApiException.badRequest("A document version needs an upload handle."));
      ContentStore.Claimed c = store.claim(ctx, handle);
      d.set("handle", c.key());
      d.set("docSize", (int) Math.min(Integer.MAX_VALUE, c.size()));
      d.set("format", c.contentType());
      if (d.get("fileName") == null) {
        d.set(
            "fileName",
            c.fileName() == null || c.fileName().isBlank() ? document.get("name") : c.fileName());
      }
    }
    String fileName = String.valueOf(d.get("fileName"));
    int dot = fileName.lastIndexOf('.');
    d.set(
        "fileExtension",
        dot > 0 && dot < fileName.length() - 1 ? fileName.substring(dot + 1) : null);
    if (d.get("version") == null) {
      int n =
          ctx.dsl()
              .fetchCount(
                  table(name("document_versions")),
                  field(name("document_id"), String.class).eq(doc));
      d.set("version", "v" + (n + 1) + ".0");
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, "DOCU", d.get("documentID").toString());
    if (d.changes("handle")) {
      throw ApiException.badRequest(
          "A version's file never changes; add a version to its document with the new handle.");
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    if (!d.isCreate()) {
      return;
    }
    String key =
        d.copy().isPresent()
            ? ctx.dsl()
                .select(field(name("storage_key"), String.class))
                .from(table(name("document_versions")))
                .where(field(name("id"), String.class).eq(d.copy().get().sourceId()))
                .fetchOne(0, String.class)
            : d.get("handle").toString();
    ctx.dsl()
        .update(table(name("document_versions")))
        .set(field(name("storage_key"), String.class), key)
        .where(field(name("id"), String.class).eq(d.id()))
        .execute();
    if (d.copy().isEmpty()) {
      Map<String, Object> v = new HashMap<>();
      v.put("currentVersionID", d.id());
      writes.setDerived(ctx, registry.get("DOCU"), d.get("documentID").toString(), v);
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    access.requireContribute(ctx, "DOCU", row.get("documentID").toString());
  }

  /** The document's current version is its newest remaining one. */
  @Override
  public void afterDelete(WriteContext ctx, Map<String, Object> row) {
    String doc = row.get("documentID").toString();
    if (!writes.exists(ctx, registry.get("DOCU"), doc)) {
      return;
    }
    String newest =
        ctx.dsl()
            .select(field(name("id"), String.class))
            .from(table(name("document_versions")))
            .where(field(name("document_id"), String.class).eq(doc))
            .orderBy(field(name("id")).desc())
            .limit(1)
            .fetchOne(0, String.class);
    Map<String, Object> v = new HashMap<>();
    v.put("currentVersionID", newest);
    writes.setDerived(ctx, registry.get("DOCU"), doc, v);
  }
}
