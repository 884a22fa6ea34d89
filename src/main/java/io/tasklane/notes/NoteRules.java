package io.tasklane.notes;

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
 * NOTE: an update on an object the author can see, filed under its project, task, issue or
 * document; replies stay on their thread's object; only the author or an administrator edits the
 * text or deletes it.
 */
final class NoteRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final AccessPolicy access;

  NoteRules(Writes writes, Registry registry, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.access = access;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String code = d.string("noteObjCode").orElseThrow(() -> required("noteObjCode"));
    String objId = d.string("objID").orElseThrow(() -> required("objID"));
    Map<String, Object> obj = writes.read(ctx, registry.get(code), objId);
    access.requireView(ctx, code, objId);
    if (!Filing.underWork(d, code, objId, obj)) {
      d.set("documentID", objId); // a note on a document is filed under the document's project
      d.set("projectID", obj.get("projectID"));
    }
    if (d.get("ownerID") == null) {
      d.set("ownerID", ctx.actorId().orElse(null));
    }
    if (d.get("ownerID") == null) {
      throw required("ownerID");
    }
    // A copy (copyIssue) keeps each note's author: it records who wrote it.
    if (!ctx.privileged() && d.copy().isEmpty() && !ctx.actorId().get().equals(d.get("ownerID"))) {
      throw ApiException.forbidden("You may write notes only as yourself.");
    }
    if (d.get("parentNoteID") != null) {
      Map<String, Object> parent =
          writes.read(ctx, registry.get("NOTE"), d.get("parentNoteID").toString());
      if (!objId.equals(parent.get("objID"))) {
        throw ApiException.badRequest(
            "A reply must be on the same object as note " + d.get("parentNoteID") + ".");
      }
      d.set("threadID", parent.get("threadID"));
    } else {
      d.set("threadID", d.id());
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    requireAuthor(ctx, d.previous("ownerID"));
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    requireAuthor(ctx, row.get("ownerID"));
  }

  private static void requireAuthor(WriteContext ctx, Object owner) {
    if (!ctx.privileged() && !ctx.actorId().get().equals(owner)) {
      throw ApiException.forbidden("Only the note's author or an administrator may change it.");
    }
  }

  private static ApiException required(String field) {
    return ApiException.badRequest("NOTE." + field + " is required.");
  }
}
