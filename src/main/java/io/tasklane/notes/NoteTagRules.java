package io.tasklane.notes;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.List;
import java.util.Map;

/**
 * NTAG: tagging a user in a note draws them in, so a deactivated user cannot be tagged (reference
 * §7.2, the one assignment guard); tags are set by the note's author.
 */
final class NoteTagRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;

  NoteTagRules(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String noteId = d.string("noteID").orElseThrow(() -> required("noteID"));
    Map<String, Object> note = writes.read(ctx, registry.get("NOTE"), noteId);
    if (d.copy().isEmpty()) {
      requireAuthor(ctx, note.get("ownerID"));
    }
    String objId = d.string("objID").orElseThrow(() -> required("objID"));
    String code =
        d.get("objObjCode") == null ? guessCode(ctx, objId) : d.get("objObjCode").toString();
    d.set("objObjCode", code);
    if (!writes.exists(ctx, registry.get(code), objId)) {
      throw ApiException.notFound(
          "No " + code + " with ID " + objId + " exists (tagged in a note).");
    }
    if (code.equals("USER")) {
      writes.behaviours().guard().check(ctx, "NTAG.objID", List.of(objId));
      d.set("userID", objId);
    } else {
      d.set("teamID", objId);
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    Object noteId = row.get("noteID");
    if (writes.exists(ctx, registry.get("NOTE"), noteId.toString())) {
      requireAuthor(ctx, writes.read(ctx, registry.get("NOTE"), noteId.toString()).get("ownerID"));
    }
  }

  private String guessCode(WriteContext ctx, String objId) {
    return writes.exists(ctx, registry.get("TEAMOB"), objId) ? "TEAMOB" : "USER";
  }

  private static void requireAuthor(WriteContext ctx, Object owner) {
    if (!ctx.privileged() && !ctx.actorId().get().equals(owner)) {
      throw ApiException.forbidden("Only the note's author may tag people in it.");
    }
  }

  private static ApiException required(String field) {
    return ApiException.badRequest("NTAG." + field + " is required.");
  }
}
