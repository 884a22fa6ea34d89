package io.tasklane.access;

import io.tasklane.auth.Principal;
import io.tasklane.objects.ObjectRules;
import io.tasklane.query.Params;

/**
 * What a non-administrator finds and reads (reference §5.6), as filter pairs the query language
 * compiles into the request's one statement: objects they own, created, are assigned to or that are
 * shared with them, their teams, groups, job roles or company — directly or through the project (or
 * object) they belong to. Administrators see everything.
 */
final class Visibility implements ObjectRules {
  /** The caller and everyone they act as member of, for {@code accessorID} in-lists. */
  static final String ACCESSORS =
      "$$USER.ID,$$USER.teamIDs,$$USER.otherGroupIDs,$$USER.roleIDs,$$USER.companyID";

  private final Params filter;

  private Visibility(Params filter) {
    this.filter = filter;
  }

  @Override
  public Params readFilter(Principal principal) {
    return principal.administrator() ? Params.empty() : filter;
  }

  /** Filter pairs for a type; {@code via} lists reference paths whose target grants access. */
  static Visibility of(String... alternatives) {
    Params.Builder b = Params.builder();
    int n = 1;
    for (String alternative : alternatives) {
      int eq = alternative.indexOf('=');
      String path = alternative.substring(0, eq);
      String value = alternative.substring(eq + 1);
      b.add("OR:" + n + ":" + path, value);
      if (value.equals(ACCESSORS)) {
        b.add("OR:" + n + ":" + path + "_Mod", "in");
      }
      n++;
    }
    return new Visibility(b.build());
  }

  /** A project is visible to its owner and creator, its sharers and anyone assigned in it. */
  static String[] project(String prefix) {
    return new String[] {
      prefix + "ownerID=$$USER.ID",
      prefix + "enteredByID=$$USER.ID",
      prefix + "accessRules:accessorID=" + ACCESSORS,
      prefix + "assignments:assignedToID=$$USER.ID"
    };
  }

  static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
