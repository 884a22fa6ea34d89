package io.tasklane.work;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import io.tasklane.users.OrgDemo;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo organisation's work: a custom form, a template and six projects in every state with
 * phased tasks and subtasks, issues, assignments, hours, notes and a document each, spread over the
 * demo's users — the deactivated ones too, as the history they left behind. Deterministic, so
 * documentation and tests can refer to it. Written as history ({@code Source.HISTORY}), which the
 * assignment guard lets through.
 */
public final class WorkDemo {
  /** Stores a file as an upload of a user, in the demo's transaction; returns the handle. */
  @FunctionalInterface
  public interface Uploads {
    String store(
        WriteContext ctx, String userId, String fileName, String contentType, byte[] bytes);
  }

  public static final String COST_CENTER = "Cost Center";

  static final String[][] PROJECTS = {
    {"Website relaunch", "CUR", "Marketing"},
    {"Mobile app 2.0", "CUR", "R&D"},
    {"Q3 marketing campaign", "PLN", "Marketing"},
    {"ERP migration", "CPL", "Operations"},
    {"Customer portal", "ONH", "R&D"},
    {"Office move", "CUR", "Operations"}
  };

  static final String[][] PHASES = {
    {"Discovery", "Stakeholder interviews", "Requirements"},
    {"Design", "Wireframes", "Visual design"},
    {"Build"},
    {"Test", "Test plan", "Regression run"},
    {"Launch"}
  };

  static final String[] ISSUES = {
    "Login button misaligned on small screens",
    "Export times out for large accounts",
    "Typo in the welcome e-mail"
  };

  private final Writes writes;
  private final Registry registry;
  private final Uploads uploads;
  private final DemoActivity activity;

  public WorkDemo(Writes writes, Registry registry, Uploads uploads) {
    this.writes = writes;
    this.registry = registry;
    this.uploads = uploads;
    this.activity = new DemoActivity(writes, registry);
  }

  /** Loads the demo's work for the organisation; returns how many projects it made. */
  public int load(WriteContext ctx, OrgDemo.Organisation org) {
    List<String> workers = new ArrayList<>(org.activeUserIds());
    workers.removeAll(org.externalUserIds());
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      pool.add(workers.get(i));
      if (i % 5 == 2 && i / 5 < org.inactiveUserIds().size()) {
        pool.add(org.inactiveUserIds().get(i / 5)); // those who left worked here too
      }
    }
    String form = costCenterForm(ctx);
    template(ctx, workers);
    OffsetDateTime now = ctx.now().atOffset(ZoneOffset.UTC);
    for (int p = 0; p < PROJECTS.length; p++) {
      String owner =
          p == 3 && !org.inactiveUserIds().isEmpty()
              ? org.inactiveUserIds().get(0)
              : workers.get((p * 3) % workers.size());
      OffsetDateTime start = now.minusDays(70 - 12L * p);
      ObjectNode project = JsonNodeFactory.instance.objectNode();
      project.put("name", PROJECTS[p][0]);
      project.put(
          "description",
          "Demo project: " + PROJECTS[p][0].toLowerCase(java.util.Locale.ROOT) + ".");
      project.put("ownerID", owner);
      project.put("companyID", org.companyId());
      project.put("groupID", org.groupIds().get(p % org.groupIds().size()));
      project.put("plannedStartDate", start.toString());
      project.put("plannedCompletionDate", start.plusDays(90).toString());
      project.put("categoryID", form);
      project.put("DE:" + COST_CENTER, PROJECTS[p][2]);
      String projectId = writes.create(ctx, registry.get("PROJ"), project);
      List<String> tasks = tasks(ctx, projectId, PROJECTS[p][1], start, pool, p);
      issues(ctx, projectId, pool, p);
      writes.edit(ctx, registry.get("PROJ"), projectId, Map.of("status", PROJECTS[p][1]));
      activity.hours(ctx, tasks, start);
      activity.notes(ctx, projectId, owner, tasks, pool, p);
      String handle =
          uploads.store(
              ctx,
              owner,
              "brief.txt",
              "text/plain",
              ("Project brief: " + PROJECTS[p][0] + "\nCost center: " + PROJECTS[p][2] + "\n")
                  .getBytes(StandardCharsets.UTF_8));
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("name", PROJECTS[p][0] + " brief");
      doc.put("docObjCode", "PROJ");
      doc.put("objID", projectId);
      doc.put("ownerID", owner);
      doc.put("handle", handle);
      writes.create(ctx, registry.get("DOCU"), doc);
    }
    return PROJECTS.length;
  }

  /** Phases with subtasks; progress follows the project's state and the calendar. */
  private List<String> tasks(
      WriteContext ctx,
      String projectId,
      String status,
      OffsetDateTime start,
      List<String> pool,
      int p) {
    List<String> created = new ArrayList<>();
    int k = 0;
    for (int phase = 0; phase < PHASES.length; phase++) {
      OffsetDateTime from = start.plusDays(phase * 18L);
      String parent = null;
      if (PHASES[phase].length > 1) {
        parent = task(ctx, projectId, PHASES[phase][0], null, from, null, null);
      }
      for (int s = PHASES[phase].length > 1 ? 1 : 0; s < PHASES[phase].length; s++) {
        String who = pool.get((p * 7 + k++) % pool.size());
        String state =
            status.equals("CPL") || phase < 2 && !status.equals("PLN")
                ? "CPL"
                : phase == 2 && !status.equals("PLN") ? "INP" : "NEW";
        created.add(
            task(ctx, projectId, PHASES[phase][s], parent, from.plusDays(s * 4L), who, state));
      }
    }
    return created;
  }

  private String task(
      WriteContext ctx,
      String projectId,
      String name,
      String parent,
      OffsetDateTime from,
      String assignee,
      String status) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("projectID", projectId);
    v.put("name", name);
    v.put("plannedStartDate", from);
    v.put("plannedCompletionDate", from.plusDays(parent == null && assignee == null ? 18 : 6));
    v.put("work", assignee == null ? null : 16.0);
    v.put("parentID", parent);
    v.put("assignedToID", assignee);
    if (status != null) {
      v.put("status", status);
      if (status.equals("INP")) {
        v.put("percentComplete", 60.0);
      }
    }
    v.values().removeIf(java.util.Objects::isNull);
    return writes.create(ctx, registry.get("TASK"), v);
  }

  private void issues(WriteContext ctx, String projectId, List<String> pool, int p) {
    for (int i = 0; i < 2; i++) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("projectID", projectId);
      v.put("name", ISSUES[(p + i) % ISSUES.length]);
      v.put("assignedToID", pool.get((p * 5 + i * 11) % pool.size()));
      v.put("severity", 2 + i);
      v.put("opTaskType", i == 0 ? "BUG" : "ISU");
      v.put("status", i == 1 ? "CPL" : "NEW");
      writes.create(ctx, registry.get("OPTASK"), v);
    }
  }

  private String costCenterForm(WriteContext ctx) {
    ObjectNode param = JsonNodeFactory.instance.objectNode();
    param.put("name", COST_CENTER);
    param.put("displayType", "DROPDOWN");
    var options = param.putArray("parameterOptions");
    for (String o : new String[] {"R&D", "Marketing", "Operations", "Sales"}) {
      options.addObject().put("value", o);
    }
    String parameter = writes.create(ctx, registry.get("PARAM"), param);
    ObjectNode form = JsonNodeFactory.instance.objectNode();
    form.put("name", "Project Details");
    form.put("catObjCode", "PROJ");
    form.putArray("categoryParameters")
        .addObject()
        .put("parameterID", parameter)
        .put("isRequired", true);
    return writes.create(ctx, registry.get("CTGY"), form);
  }

  private void template(WriteContext ctx, List<String> workers) {
    String tmpl =
        writes.create(
            ctx,
            registry.get("TMPL"),
            Map.of(
                "name",
                "Standard launch",
                "ownerID",
                workers.get(0),
                "description",
                "Four steps to a launch."));
    String[] steps = {"Kick-off", "Plan", "Deliver", "Review"};
    for (int i = 0; i < steps.length; i++) {
      writes.create(
          ctx,
          registry.get("TTSK"),
          Map.of(
              "templateID",
              tmpl,
              "name",
              steps[i],
              "startDay",
              i * 5,
              "duration",
              5.0,
              "work",
              8.0));
    }
  }
}
