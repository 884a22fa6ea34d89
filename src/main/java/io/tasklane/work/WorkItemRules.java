package io.tasklane.work;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * WRKITM: kept by the system from assignments; through the API its user (or an administrator) may
 * only mark it done or not done.
 */
final class WorkItemRules implements ObjectRules {
  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (ctx.actor().isEmpty()) {
      return;
    }
    if (!ctx.privileged() && !ctx.actorId().get().equals(d.get("assignedToID"))) {
      throw ApiException.forbidden("Only the work item's user may change it.");
    }
    for (String f : d.changes().keySet()) {
      if (!Set.of("isMarkedAsDone", "markedAsDoneDate", "lastViewedDate").contains(f)) {
        throw ApiException.badRequest("Only isMarkedAsDone of a work item can be changed.");
      }
    }
    if (d.changes("isMarkedAsDone")) {
      d.set(
          "markedAsDoneDate",
          Boolean.TRUE.equals(d.get("isMarkedAsDone")) ? ctx.now().atOffset(ZoneOffset.UTC) : null);
    }
  }
}
