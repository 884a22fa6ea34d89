package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.WriteContext;
import io.tasklane.query.Params;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import io.tasklane.work.Statuses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which objects still count as open work, for the hand-over and the assignment actions (reference
 * §7.6: open work is handed over, finished work keeps its people). An object is open when its own
 * status is not a finished one and no work object it belongs to is finished: an assignment of a
 * complete task, or a task of a dead project, stays with its historic assignee. Finished statuses
 * are the customer's, custom ones included ({@link Statuses#closed}).
 */
final class OpenWork {
  private final DSLContext dsl;
  private final String customerId;
  private final Registry registry;
  private final Map<String, Set<String>> closed = new HashMap<>();

  OpenWork(DSLContext dsl, String customerId, Registry registry) {
    this.dsl = dsl;
    this.customerId = customerId;
    this.registry = registry;
  }

  OpenWork(WriteContext ctx, Registry registry) {
    this(ctx.dsl(), ctx.scope().customerId(), registry);
  }

  /** Rows of {@code type}'s table (unaliased in the FROM clause) that are open. */
  Condition of(ObjectType type) {
    Condition open = ownStatusOpen(type);
    int n = 0;
    for (RefDef ref : parents(type)) {
      FieldDef f = type.field(ref.idField()).orElseThrow();
      ObjectType parent = registry.get(ref.targetCode());
      String alias = "open_parent_" + n++;
      open =
          open.and(
              notExists(
                  selectOne()
                      .from(table(name(parent.table())).as(alias))
                      .where(
                          field(name(alias, "id"), String.class)
                              .eq(field(name(type.table(), f.requireColumn()), String.class)))
                      .and(field(name(alias, "status"), String.class).in(closed(parent.code())))));
    }
    return open;
  }

  /**
   * The same rule in the query language, for searches (named queries): the type's own status not a
   * finished one, and NOTEXISTS a finished object it belongs to.
   */
  Params filter(ObjectType type) {
    Params.Builder p = Params.builder();
    Set<String> finished = closed(type.code());
    if (!finished.isEmpty()) {
      p.add("status", String.join(",", finished)).add("status_Mod", "notin");
    }
    int n = 0;
    for (RefDef ref : parents(type)) {
      String g = "EXISTS:open" + n++ + ":";
      p.add(g + "$$OBJCODE", ref.targetCode())
          .add(g + "ID", "FIELD:" + ref.idField())
          .add(g + "status", String.join(",", closed(ref.targetCode())))
          .add(g + "status_Mod", "in")
          .add(g + "$$EXISTSMOD", "NOTEXISTS");
    }
    return p.build();
  }

  /** References to the work objects an object of {@code type} belongs to. */
  private List<RefDef> parents(ObjectType type) {
    List<RefDef> out = new ArrayList<>();
    for (RefDef ref : type.refs()) {
      // a parent task of the same type finishes with its subtasks
      if (!ref.targetCode().equals(type.code())
          && !closed(ref.targetCode()).isEmpty()
          && type.field(ref.idField()).orElseThrow().stored()) {
        out.add(ref);
      }
    }
    return out;
  }

  private Condition ownStatusOpen(ObjectType type) {
    Set<String> finished = closed(type.code());
    if (finished.isEmpty()) {
      return DSL.noCondition();
    }
    var status = field(name(type.table(), "status"), String.class);
    return status.isNull().or(status.notIn(finished));
  }

  private Set<String> closed(String code) {
    return closed.computeIfAbsent(code, c -> Statuses.closed(dsl, customerId, c));
  }
}
