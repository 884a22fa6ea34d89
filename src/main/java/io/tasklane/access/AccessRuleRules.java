package io.tasklane.access;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACSRUL (reference §5.6): who manages an object shares it; the object and the accessor must exist
 * (their types are found from the IDs when not given); sharing with a user gives them access, so a
 * deactivated user cannot be shared with (the one assignment guard). Existing shares stay.
 */
final class AccessRuleRules implements ObjectRules {
  private final Writes writes;
  private final Registry registry;
  private final AccessPolicy access;

  AccessRuleRules(Writes writes, Registry registry, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.access = access;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    String objId = d.string("securityObjID").orElseThrow(() -> required("securityObjID"));
    String objCode =
        d.string("securityObjCode")
            .or(() -> typeOf(ctx, objId, AccessDefinitions.SHAREABLE))
            .orElseThrow(() -> ApiException.notFound("No shareable object with ID " + objId + "."));
    d.set("securityObjCode", objCode);
    if (!writes.exists(ctx, registry.get(objCode), objId)) {
      throw ApiException.notFound("No " + objCode + " with ID " + objId + " exists.");
    }
    access.requireManage(ctx, objCode, objId);
    String accessor = d.string("accessorID").orElseThrow(() -> required("accessorID"));
    String accessorCode =
        d.string("accessorObjCode")
            .or(() -> typeOf(ctx, accessor, AccessDefinitions.ACCESSORS))
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "No user, team, group, role or company " + accessor + "."));
    d.set("accessorObjCode", accessorCode);
    if (!writes.exists(ctx, registry.get(accessorCode), accessor)) {
      throw ApiException.notFound("No " + accessorCode + " with ID " + accessor + " exists.");
    }
    if (accessorCode.equals("USER")) {
      writes.behaviours().guard().check(ctx, "ACSRUL.accessorID", List.of(accessor));
    }
    if (d.get("coreAction") == null) {
      d.set("coreAction", Level.VIEW.name());
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    access.requireManage(
        ctx, d.get("securityObjCode").toString(), d.get("securityObjID").toString());
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    String code = row.get("securityObjCode").toString();
    String id = row.get("securityObjID").toString();
    if (writes.exists(ctx, registry.get(code), id)) {
      access.requireManage(ctx, code, id);
    }
  }

  private Optional<String> typeOf(WriteContext ctx, String id, String[] codes) {
    for (String code : codes) {
      if (writes.exists(ctx, registry.get(code), id)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  private static ApiException required(String field) {
    return ApiException.badRequest("ACSRUL." + field + " is required.");
  }
}
