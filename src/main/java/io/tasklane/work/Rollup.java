package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Record;

/**
 * Roll-ups: a parent task's percentComplete, status and work follow its subtasks, a project's
 * percentComplete and work follow its top-level tasks. The average is weighted by planned work when
 * every task has some, else plain. Stored as derived values after the change that caused them.
 */
final class Rollup {
  private final Writes writes;
  private final Registry registry;

  Rollup(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  /** Re-computes the ancestors of a changed task from {@code parentId} up, then the project. */
  void fromParent(WriteContext ctx, String parentId, String projectId) {
    String current = parentId;
    int guard = 0;
    while (current != null && guard++ < 1000) {
      Map<String, Object> row = task(ctx, current);
      if (row == null) {
        break;
      }
      Summary s = summarise(ctx, field(name("parent_id"), String.class).eq(current));
      if (s.count > 0) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("percentComplete", s.percent);
        v.put("status", s.status);
        v.put("work", s.work);
        OffsetDateTime now = ctx.now().atOffset(ZoneOffset.UTC);
        if (s.status.equals(Statuses.COMPLETE) && row.get("actual_completion_date") == null) {
          v.put("actualCompletionDate", now);
        } else if (!s.status.equals(Statuses.COMPLETE)) {
          v.put("actualCompletionDate", null);
        }
        if (!s.status.equals(Statuses.NEW) && row.get("actual_start_date") == null) {
          v.put("actualStartDate", now);
        }
        writes.setDerived(ctx, registry.get("TASK"), current, v);
      }
      current = (String) row.get("parent_id");
    }
    project(ctx, projectId);
  }

  void project(WriteContext ctx, String projectId) {
    if (projectId == null) {
      return;
    }
    Summary s =
        summarise(
            ctx,
            field(name("project_id"), String.class)
                .eq(projectId)
                .and(field(name("parent_id")).isNull()));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("percentComplete", s.count == 0 ? 0.0 : s.percent);
    v.put("work", s.count == 0 ? null : s.work);
    if (writes.exists(ctx, registry.get("PROJ"), projectId)) {
      writes.setDerived(ctx, registry.get("PROJ"), projectId, v);
    }
  }

  private static Map<String, Object> task(WriteContext ctx, String id) {
    Record r =
        ctx.dsl()
            .select(
                field(name("parent_id")),
                field(name("actual_start_date")),
                field(name("actual_completion_date")))
            .from(table(name("tasks")))
            .where(field(name("id"), String.class).eq(id))
            .and(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
            .fetchOne();
    return r == null ? null : r.intoMap();
  }

  private record Summary(int count, double percent, String status, Double work) {}

  private static Summary summarise(WriteContext ctx, Condition which) {
    List<Record> rows =
        ctx
            .dsl()
            .select(
                field(name("percent_complete"), Double.class),
                field(name("status"), String.class),
                field(name("work"), Double.class))
            .from(table(name("tasks")))
            .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
            .and(which)
            .fetch()
            .stream()
            .map(r -> (Record) r)
            .toList();
    if (rows.isEmpty()) {
      return new Summary(0, 0, Statuses.NEW, null);
    }
    Map<String, String> bases =
        Statuses.equivalents(ctx.dsl(), ctx.scope().customerId(), Statuses.TASK);
    boolean weighted = true;
    double workSum = 0;
    boolean anyWork = false;
    for (Record r : rows) {
      Double w = r.get(2, Double.class);
      if (w == null || w <= 0) {
        weighted = false;
      } else {
        workSum += w;
        anyWork = true;
      }
    }
    double total = 0;
    int complete = 0;
    boolean untouched = true;
    for (Record r : rows) {
      double p = r.get(0, Double.class) == null ? 0 : r.get(0, Double.class);
      String base = bases.getOrDefault(r.get(1, String.class), Statuses.NEW);
      total += weighted ? p * r.get(2, Double.class) : p;
      complete += base.equals(Statuses.COMPLETE) ? 1 : 0;
      untouched &= base.equals(Statuses.NEW) && p == 0;
    }
    double percent = weighted ? total / workSum : total / rows.size();
    percent = Math.round(percent * 100) / 100.0;
    String status =
        complete == rows.size()
            ? Statuses.COMPLETE
            : untouched ? Statuses.NEW : Statuses.IN_PROGRESS;
    if (status.equals(Statuses.COMPLETE)) {
      percent = 100.0;
    } else if (percent >= 100) {
      percent = 99.99;
    }
    return new Summary(rows.size(), percent, status, anyWork ? workSum : null);
  }
}
