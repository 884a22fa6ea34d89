package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.query.JsonInput;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Options of a copy (reference §5.2, §12): what the copy leaves out. Sent as a JSON array ({@code
 * options=["clearAssignments"]}, as the official client does) or a comma list.
 */
public final class CopyOptions {
  public static final String CLEAR_ASSIGNMENTS = "clearAssignments";
  public static final String CLEAR_PROGRESS = "clearProgress";

  /** Approvals are not modelled; accepted so that clients sending it work unchanged. */
  public static final String CLEAR_APPROVERS = "clearApprovers";

  public static final String CLEAR_DOCUMENTS = "clearDocuments";
  public static final String CLEAR_UPDATES = "clearUpdates";
  public static final String CLEAR_PERMISSIONS = "clearPermissions";
  public static final String CLEAR_CUSTOM_DATA = "clearCustomData";

  public static final List<String> KNOWN =
      List.of(
          CLEAR_ASSIGNMENTS,
          CLEAR_PROGRESS,
          CLEAR_APPROVERS,
          CLEAR_DOCUMENTS,
          CLEAR_UPDATES,
          CLEAR_PERMISSIONS,
          CLEAR_CUSTOM_DATA);

  private CopyOptions() {}

  public static Set<String> parse(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : raw) {
      String v = value.trim();
      if (v.isEmpty()) {
        continue;
      }
      if (v.startsWith("[")) {
        JsonNode array = JsonInput.parse(v, "options");
        for (JsonNode item : array) {
          add(out, item.asText());
        }
      } else {
        for (String part : v.split(",")) {
          add(out, part.trim());
        }
      }
    }
    return out;
  }

  static void add(Set<String> out, String option) {
    for (String known : KNOWN) {
      if (known.equalsIgnoreCase(option)) {
        out.add(known);
        return;
      }
    }
    throw ApiException.badRequest(
        "Unknown copy option '" + option + "'; known options: " + KNOWN + ".");
  }
}
