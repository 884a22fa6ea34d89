package io.tasklane.work;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import java.time.OffsetDateTime;

/** Planned dates in order: completion not before start. */
final class Dates {
  private Dates() {}

  static void check(Draft d) {
    if (d.get("plannedStartDate") instanceof OffsetDateTime start
        && d.get("plannedCompletionDate") instanceof OffsetDateTime end
        && end.isBefore(start)
        && (d.changes("plannedStartDate") || d.changes("plannedCompletionDate"))) {
      throw ApiException.badRequest(
          d.type().code() + ".plannedCompletionDate is before its plannedStartDate.");
    }
  }
}
