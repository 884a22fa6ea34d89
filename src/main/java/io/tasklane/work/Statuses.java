package io.tasklane.work;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Status codes (reference §10.6): every customer has the built-in statuses of projects, tasks and
 * issues as CSTEM rows; custom statuses equate with a built-in one ({@code equatesWith}), which is
 * what the rules reason with (a custom "RVW" equating with INP is in progress).
 */
public final class Statuses {
  public static final String PROJECT = "STATUS_PROJ";
  public static final String TASK = "STATUS_TASK";
  public static final String ISSUE = "STATUS_OPTASK";
  static final List<String> CLASSES = List.of(PROJECT, TASK, ISSUE);

  public static final String NEW = "NEW";
  public static final String IN_PROGRESS = "INP";
  public static final String COMPLETE = "CPL";
  static final String DEAD = "DED";

  private static final Map<String, String> CLASS_OF =
      Map.of("PROJ", PROJECT, "TASK", TASK, "OPTASK", ISSUE);

  /** A built-in status: code, label, colour. */
  record BuiltIn(String value, String label, String color) {}

  static final Map<String, List<BuiltIn>> BUILT_IN =
      Map.of(
          PROJECT,
          List.of(
              new BuiltIn("CUR", "Current", "#2e7d32"),
              new BuiltIn("PLN", "Planning", "#1565c0"),
              new BuiltIn("CPL", "Complete", "#616161"),
              new BuiltIn("DED", "Dead", "#000000"),
              new BuiltIn("ONH", "On Hold", "#ef6c00"),
              new BuiltIn("IDA", "Idea", "#6a1b9a"),
              new BuiltIn("REQ", "Requested", "#00838f")),
          TASK,
          List.of(
              new BuiltIn(NEW, "New", "#1565c0"),
              new BuiltIn(IN_PROGRESS, "In Progress", "#2e7d32"),
              new BuiltIn(COMPLETE, "Complete", "#616161")),
          ISSUE,
          List.of(
              new BuiltIn(NEW, "New", "#1565c0"),
              new BuiltIn(IN_PROGRESS, "In Progress", "#2e7d32"),
              new BuiltIn(COMPLETE, "Complete", "#616161")));

  private final Writes writes;
  private final Registry registry;

  Statuses(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  /** Creates the built-in statuses of the context's customer unless it has them. */
  public void ensureBuiltIns(WriteContext ctx) {
    boolean present =
        ctx.dsl()
            .fetchExists(
                ctx.dsl()
                    .selectOne()
                    .from(table(name("custom_enums")))
                    .where(field(name("customer_id"), String.class).eq(ctx.scope().customerId()))
                    .and(field(name("group_id")).isNull()));
    if (present) {
      return;
    }
    for (String enumClass : CLASSES) {
      int order = 0;
      for (BuiltIn b : BUILT_IN.get(enumClass)) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", b.label());
        v.put("label", b.label());
        v.put("value", b.value());
        v.put("enumClass", enumClass);
        v.put("equatesWith", b.value());
        v.put("color", b.color());
        v.put("isPrimary", true);
        v.put("isHidden", false);
        v.put("valueAsInt", order++);
        writes.create(ctx, registry.get("CSTEM"), v);
      }
    }
  }

  static boolean builtIn(String enumClass, String value) {
    return BUILT_IN.get(enumClass).stream().anyMatch(b -> b.value().equals(value));
  }

  /** Every status of a class for this customer (any group): code → the built-in it equates with. */
  static Map<String, String> equivalents(DSLContext dsl, String customerId, String enumClass) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Record2<String, String> r :
        dsl.select(
                field(name("enum_value"), String.class), field(name("equates_with"), String.class))
            .from(table(name("custom_enums")))
            .where(field(name("customer_id"), String.class).eq(customerId))
            .and(field(name("enum_class"), String.class).eq(enumClass))
            .orderBy(field(name("value_as_int")), field(name("id")))
            .fetch()) {
      out.putIfAbsent(r.value1(), r.value2());
    }
    if (out.isEmpty()) {
      BUILT_IN.get(enumClass).forEach(b -> out.put(b.value(), b.value()));
    }
    return out;
  }

  /**
   * Status codes of finished work of this customer (reference §7.6 hands over open work only;
   * §10.6): of PROJ those equating with CPL or DED, of TASK and OPTASK those equating with CPL, of
   * ASSGN its own CPL; empty for types whose objects are never finished.
   */
  public static Set<String> closed(DSLContext dsl, String customerId, String objCode) {
    if (objCode.equals("ASSGN")) {
      return Set.of(COMPLETE);
    }
    String enumClass = CLASS_OF.get(objCode);
    if (enumClass == null) {
      return Set.of();
    }
    Set<String> finished = enumClass.equals(PROJECT) ? Set.of(COMPLETE, DEAD) : Set.of(COMPLETE);
    Set<String> out = new LinkedHashSet<>();
    equivalents(dsl, customerId, enumClass)
        .forEach(
            (code, base) -> {
              if (finished.contains(base)) {
                out.add(code);
              }
            });
    return out;
  }

  /**
   * The built-in status {@code value} equates with; an unknown code is an error naming the allowed
   * ones.
   */
  static String base(WriteContext ctx, String enumClass, String objCode, String value) {
    Map<String, String> all = equivalents(ctx.dsl(), ctx.scope().customerId(), enumClass);
    String base = all.get(value);
    if (base == null) {
      throw ApiException.badRequest(
          "Invalid status '" + value + "' for " + objCode + "; allowed: " + all.keySet() + ".");
    }
    return base;
  }
}
