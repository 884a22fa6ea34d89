package io.tasklane.users;

import io.tasklane.objects.Behaviours;
import io.tasklane.query.Params;

/**
 * {@code GET /ASSGN/assignedToInactiveUsers} (issue 5 point 4; reference §7.2: existing assignments
 * of a deactivated user remain and should be reassigned): the open assignments still held by
 * inactive users, with the caller's {@code fields}, filters, sort and paging as a search takes
 * them. The filter is plain query language ({@code assignedTo:isActive=false} and {@link
 * OpenWork}'s NOTEXISTS blocks for finished tasks, issues and projects); the README spells it out.
 */
final class InactiveAssignees {
  private InactiveAssignees() {}

  static void register(Behaviours.Builder b) {
    b.namedQuery(
        "ASSGN",
        "assignedToInactiveUsers",
        (api, principal, type, params, dsl) -> {
          Params open =
              new OpenWork(dsl, principal.customerId(), api.writes().registry()).filter(type);
          Params extra = Params.builder().addAll(open).add("assignedTo:isActive", "false").build();
          return api.searchWith(dsl, principal, type, params, extra);
        });
  }
}
