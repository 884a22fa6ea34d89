package io.tasklane.documents;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import io.tasklane.work.Filing;
import java.util.Map;

/**
 * DOCU (reference §5.3): a document belongs to a project, task, issue or user that the author may
 * contribute to, is filed under its project, and is created from an upload {@code handle} — given
 * directly or in the nested {@code currentVersion} — which becomes its first version; sending a
 * handle on edit adds a version.
 */
final class DocumentRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final AccessPolicy access;

  DocumentRules(Writes writes, Registry registry, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.access = access;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String code = d.string("docObjCode").orElseThrow(() -> required("docObjCode"));
    String objId = d.string("objID").orElseThrow(() -> required("objID"));
    Map<String, Object> obj = writes.read(ctx, registry.get(code), objId);
    if (code.equals("USER")) {
      if (!ctx.privileged() && !ctx.actorId().get().equals(objId)) {
        throw ApiException.forbidden("You may attach documents only to your own profile.");
      }
    } else {
      access.requireContribute(ctx, code, objId);
    }
    if (!Filing.underWork(d, code, objId, obj)) {
      d.set("projectID", null); // a document on a user's profile belongs to no project
    }
    if (d.get("ownerID") == null) {
      d.set("ownerID", ctx.actorId().orElse(null));
    }
    if (d.copy().isEmpty()) {
      newVersion(d, true);
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireContribute(ctx, "DOCU", d.id());
    if (d.get("handle") != null || d.nested().containsKey("currentVersion")) {
      newVersion(d, false);
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    access.requireManage(ctx, "DOCU", row.get("ID").toString());
  }

  /** The version to create from the upload handle, nested as {@code currentVersion}. */
  private static void newVersion(Draft d, boolean first) {
    ObjectNode version =
        d.nested().containsKey("currentVersion")
            ? d.nested().get("currentVersion").deepCopy()
            : JsonNodeFactory.instance.objectNode();
    if (d.get("handle") != null && !version.has("handle")) {
      version.put("handle", d.get("handle").toString());
    }
    if (!version.has("handle")) {
      throw ApiException.badRequest(
          "A document "
              + (first ? "needs" : "version needs")
              + " the handle of an upload (POST …/upload), as handle or currentVersion.handle.");
    }
    if (first && !version.has("fileName") && d.get("name") != null) {
      version.put("fileName", d.get("name").toString());
    }
    d.nest("currentVersion", version);
  }

  private static ApiException required(String field) {
    return ApiException.badRequest("DOCU." + field + " is required.");
  }
}
