package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.access.AccessPolicy;
import io.tasklane.common.ApiException;
import io.tasklane.objects.ActionContext;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.CopyOptions;
import io.tasklane.objects.Writes;
import io.tasklane.query.JsonInput;
import io.tasklane.schema.Registry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Record;

/**
 * Project and issue actions: {@code calculateTimeline} (reference §5.5) re-derives every parent
 * task's and the project's planned dates and progress from the tasks; {@code copyIssue} (§5.2)
 * copies an issue with Workfront's bit-flag options, optionally into another project or task.
 */
final class ProjectActions {
  /** copyIssue option bits (reference §5.2) and the copy options they mean. */
  static final Map<Integer, String> ISSUE_COPY_BITS =
      Map.of(
          2, CopyOptions.CLEAR_ASSIGNMENTS,
          4, CopyOptions.CLEAR_PROGRESS,
          128, CopyOptions.CLEAR_DOCUMENTS,
          65536, CopyOptions.CLEAR_UPDATES,
          524288, CopyOptions.CLEAR_PERMISSIONS,
          1048576, CopyOptions.CLEAR_CUSTOM_DATA);

  private final Writes writes;
  private final Registry registry;
  private final Rollup rollup;
  private final AccessPolicy access;

  ProjectActions(Writes writes, Registry registry, Rollup rollup, AccessPolicy access) {
    this.writes = writes;
    this.registry = registry;
    this.rollup = rollup;
    this.access = access;
  }

  void register(Behaviours.Builder b) {
    b.action("PROJ", "calculateTimeline", this::calculateTimeline);
    b.action("OPTASK", "copyIssue", this::copyIssue);
  }

  private Object calculateTimeline(ActionContext ctx) {
    String id = ctx.requireId();
    writes.read(ctx.write(), registry.get("PROJ"), id);
    access.requireContribute(ctx.write(), "PROJ", id);
    Map<String, Record> tasks = new LinkedHashMap<>();
    for (Record r :
        ctx.write()
            .dsl()
            .select(
                field(name("id"), String.class),
                field(name("parent_id"), String.class),
                field(name("planned_start_date"), OffsetDateTime.class),
                field(name("planned_completion_date"), OffsetDateTime.class))
            .from(table(name("tasks")))
            .where(field(name("project_id"), String.class).eq(id))
            .fetch()) {
      tasks.put(r.get(0, String.class), r);
    }
    Map<String, OffsetDateTime[]> span = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    tasks.keySet().forEach(t -> depth.put(t, depthOf(t, tasks)));
    List<String> deepestFirst = new ArrayList<>(tasks.keySet());
    deepestFirst.sort(Comparator.comparing(depth::get).reversed());
    Set<String> parents = new LinkedHashSet<>();
    for (String t : deepestFirst) {
      Record r = tasks.get(t);
      OffsetDateTime[] own =
          span.getOrDefault(
              t,
              new OffsetDateTime[] {
                r.get(2, OffsetDateTime.class), r.get(3, OffsetDateTime.class)
              });
      if (span.containsKey(t)) {
        Map<String, Object> v = new HashMap<>();
        v.put("plannedStartDate", own[0]);
        v.put("plannedCompletionDate", own[1]);
        writes.setDerived(ctx.write(), registry.get("TASK"), t, v);
        parents.add(t);
      }
      String parent = r.get(1, String.class);
      span.merge(parent == null ? id : parent, own.clone(), ProjectActions::widen);
    }
    for (String parent : parents) {
      rollup.fromParent(ctx.write(), parent, id);
    }
    rollup.project(ctx.write(), id);
    OffsetDateTime[] all = span.get(id);
    if (all != null) {
      Map<String, Object> v = new HashMap<>();
      v.put("plannedStartDate", all[0]);
      v.put("plannedCompletionDate", all[1]);
      writes.edit(ctx.write(), registry.get("PROJ"), id, v);
    }
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }

  private static int depthOf(String t, Map<String, Record> tasks) {
    int d = 0;
    String up = tasks.get(t).get(1, String.class);
    while (up != null && tasks.containsKey(up) && d < 1000) {
      d++;
      up = tasks.get(up).get(1, String.class);
    }
    return d;
  }

  private static OffsetDateTime[] widen(OffsetDateTime[] a, OffsetDateTime[] b) {
    return new OffsetDateTime[] {earlier(a[0], b[0]), later(a[1], b[1])};
  }

  private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  /**
   * {@code PUT /optask/<id>/copyIssue?options=<bits>[&name=…][&projectID=…|&parentID=…]}: the
   * parent is a project or a task to copy into (reference §5.2, {@code parentID} since v15).
   */
  private Object copyIssue(ActionContext ctx) {
    String id = ctx.requireId();
    Set<String> options = new LinkedHashSet<>();
    String raw = ctx.argument("options").orElse("0").trim();
    long bits;
    try {
      bits = Long.parseLong(raw.isEmpty() ? "0" : raw);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "copyIssue options must be a sum of the flags " + ISSUE_COPY_BITS.keySet() + ".");
    }
    long known = ISSUE_COPY_BITS.keySet().stream().mapToLong(Integer::longValue).sum();
    if (bits < 0 || (bits & ~known) != 0) {
      throw ApiException.badRequest(
          "copyIssue options "
              + bits
              + " has flags this server does not know; supported flags: "
              + ISSUE_COPY_BITS
              + ".");
    }
    ISSUE_COPY_BITS.forEach(
        (bit, option) -> {
          if ((bits & bit) != 0) {
            options.add(option);
          }
        });
    Map<String, Object> overrides = new LinkedHashMap<>();
    ctx.argument("name").filter(s -> !s.isBlank()).ifPresent(n -> overrides.put("name", n));
    String target = ctx.argument("parentID").or(() -> ctx.argument("projectID")).orElse("");
    if (!target.isBlank()) {
      if (writes.exists(ctx.write(), registry.get("TASK"), target.toLowerCase())) {
        overrides.put("taskID", target);
      } else {
        overrides.put("projectID", target);
        overrides.put("taskID", null);
      }
    }
    String copy =
        writes.copy(
            ctx.write(),
            registry.get("OPTASK"),
            id,
            JsonInput.mapper().valueToTree(overrides),
            options);
    return ActionHandler.result(ctx.show(ctx.type(), copy));
  }
}
