package io.tasklane.objects;

import java.util.Collection;

/**
 * The one rule that decides whether users may receive new work or access (DESIGN.md invariant 3).
 * The write pipeline calls it for every new value of a reference flagged {@code assignsWork}; rules
 * for polymorphic references (access rules, note tags) call it too.
 */
public interface AssignmentGuard {
  /**
   * Refuses unless every user in {@code userIds} may be given work.
   *
   * @param what the path being written, named in the error (e.g. {@code ASSGN.assignedToID})
   */
  void check(WriteContext ctx, String what, Collection<String> userIds);

  AssignmentGuard NONE = (ctx, what, ids) -> {};
}
