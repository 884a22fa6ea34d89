package io.tasklane.work;

import io.tasklane.objects.Draft;
import java.util.Map;

/**
 * Where something attached to work is filed (notes, documents): its own reference to the project,
 * task or issue, and the project that object belongs to, so it can be found from either.
 */
public final class Filing {
  private Filing() {}

  /**
   * Sets {@code projectID} and {@code taskID} or {@code opTaskID} for an attachment to the work
   * object {@code code}/{@code objId} (whose stored values are {@code obj}); false when {@code
   * code} is not a work type, leaving the draft as it was.
   */
  public static boolean underWork(Draft d, String code, String objId, Map<String, Object> obj) {
    switch (code) {
      case "PROJ" -> d.set("projectID", objId);
      case "TASK" -> {
        d.set("taskID", objId);
        d.set("projectID", obj.get("projectID"));
      }
      case "OPTASK" -> {
        d.set("opTaskID", objId);
        d.set("projectID", obj.get("projectID"));
      }
      default -> {
        return false;
      }
    }
    return true;
  }
}
