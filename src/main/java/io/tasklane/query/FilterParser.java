package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.schema.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filter parameters to a filter tree (reference §4.2): plain pairs with {@code _Mod} and {@code
 * _Range}; {@code OR:n:} alternatives; {@code AND:n:} repeats; {@code FIELD:} comparisons; {@code
 * EXISTS:x:} correlated blocks with {@code $$OBJCODE} and {@code $$EXISTSMOD}. The base group and
 * its {@code AND} groups are one conjunction; each {@code OR} group is an alternative to it.
 */
final class FilterParser {
  private static final Pattern PREFIX = Pattern.compile("^(OR|AND|EXISTS):([A-Za-z0-9]+):(.+)$");
  private static final String MOD = "_Mod";
  private static final String RANGE = "_Range";
  private static final String FIELD_PREFIX = "FIELD:";

  private final Paths paths;

  FilterParser(Paths paths) {
    this.paths = paths;
  }

  Filter parse(ObjectType type, Params params, Caller caller) {
    Group base = new Group("BASE");
    params.asMap().forEach((name, values) -> base.accept(name, values));
    return base.build(type, null, caller);
  }

  private final class Group {
    private final String kind;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Group> children = new LinkedHashMap<>();
    private String objCode;
    private String existsMod;

    Group(String kind) {
      this.kind = kind;
    }

    void accept(String name, List<String> values) {
      Matcher m = PREFIX.matcher(name);
      if (m.matches()) {
        children
            .computeIfAbsent(m.group(1) + ":" + m.group(2), k -> new Group(m.group(1)))
            .accept(m.group(3), values);
        return;
      }
      if (name.startsWith("$$")) {
        control(name, values);
      } else if (name.endsWith(MOD)) {
        entry(name.substring(0, name.length() - MOD.length())).mod = values.get(0);
      } else if (name.endsWith(RANGE)) {
        entry(name.substring(0, name.length() - RANGE.length())).range = values.get(0);
      } else {
        entry(name).values.addAll(values);
      }
    }

    /** {@code $$OBJCODE} and {@code $$EXISTSMOD} belong to EXISTS blocks (reference §4.2). */
    private void control(String name, List<String> values) {
      boolean known = name.equals("$$OBJCODE") || name.equals("$$EXISTSMOD");
      if (!known) {
        throw ApiException.badRequest(
            "Unknown parameter '"
                + name
                + "'; the control parameters are $$FIRST, $$LIMIT and $$ROLLUP, and $$OBJCODE"
                + " and $$EXISTSMOD inside EXISTS blocks.");
      }
      if (!kind.equals("EXISTS")) {
        throw ApiException.badRequest(
            name + " belongs inside an EXISTS block: EXISTS:A:" + name + "=… (reference §4.2).");
      }
      String value = values.isEmpty() ? "" : values.get(0).trim();
      if (name.equals("$$OBJCODE")) {
        objCode = value;
      } else {
        existsMod = value;
      }
    }

    private Entry entry(String path) {
      return entries.computeIfAbsent(path, Entry::new);
    }

    /** {@code outer} is the enclosing type inside an EXISTS block, else null. */
    Filter build(ObjectType type, ObjectType outer, Caller caller) {
      List<Filter> conjunction = new ArrayList<>();
      List<Filter> alternatives = new ArrayList<>();
      for (Entry e : entries.values()) {
        conjunction.add(e.build(type, outer, caller));
      }
      for (Group child : children.values()) {
        switch (child.kind) {
          case "AND" -> conjunction.add(child.build(type, outer, caller));
          case "OR" -> alternatives.add(child.build(type, outer, caller));
          default -> conjunction.add(child.exists(type, caller));
        }
      }
      if (alternatives.isEmpty()) {
        return conjunction.size() == 1 ? conjunction.get(0) : new Filter.All(conjunction);
      }
      List<Filter> any = new ArrayList<>();
      if (!conjunction.isEmpty()) {
        any.add(conjunction.size() == 1 ? conjunction.get(0) : new Filter.All(conjunction));
      }
      any.addAll(alternatives);
      return new Filter.Any(any);
    }

    Filter exists(ObjectType outer, Caller caller) {
      if (objCode == null || objCode.isEmpty()) {
        throw ApiException.badRequest("An EXISTS block needs $$OBJCODE naming the object type.");
      }
      ObjectType target =
          paths
              .registry()
              .find(objCode)
              .orElseThrow(
                  () ->
                      ApiException.badRequest("Unknown object code '" + objCode + "' in EXISTS."));
      boolean negated = false;
      if (existsMod != null) {
        if (existsMod.equalsIgnoreCase("NOTEXISTS")) {
          negated = true;
        } else if (!existsMod.equalsIgnoreCase("EXISTS")) {
          throw ApiException.badRequest(
              "Unknown $$EXISTSMOD '" + existsMod + "'; use EXISTS or NOTEXISTS.");
        }
      }
      return new Filter.Exists(target, build(target, outer, caller), negated);
    }
  }

  private final class Entry {
    private final String path;
    private final List<String> values = new ArrayList<>();
    private String mod;
    private String range;

    Entry(String path) {
      this.path = path;
    }

    Filter build(ObjectType type, ObjectType outer, Caller caller) {
      Optional<CustomFieldPaths.Resolved> custom =
          CustomFieldPaths.resolve(paths, type, path, caller);
      if (custom.isEmpty()) {
        return compare(paths.filterPath(type, path, caller), type, outer, caller);
      }
      if (values.size() == 1 && values.get(0).startsWith(FIELD_PREFIX)) {
        throw ApiException.badRequest("Custom field " + path + " cannot be compared with FIELD:.");
      }
      Filter onValue = compare(custom.get().value(), type, outer, caller);
      return CustomFieldPaths.wrap(custom.get(), (Filter.Compare) onValue);
    }

    private Filter compare(FieldPath fieldPath, ObjectType type, ObjectType outer, Caller caller) {
      Modifier modifier =
          mod != null ? Modifier.parse(mod, path) : values.size() > 1 ? Modifier.IN : Modifier.EQ;
      if (range != null && !modifier.range()) {
        throw ApiException.badRequest(
            "Filter "
                + path
                + "_Range applies only with "
                + path
                + "_Mod=between or notbetween (reference §4.2).");
      }
      if (modifier.unary()) {
        return new Filter.Compare(fieldPath, modifier, List.of());
      }
      if (values.isEmpty()) {
        throw ApiException.badRequest("Filter " + path + "_Mod=" + mod + " needs a value.");
      }
      if (values.size() == 1 && values.get(0).startsWith(FIELD_PREFIX)) {
        String other = values.get(0).substring(FIELD_PREFIX.length());
        ObjectType side = outer != null ? outer : type;
        FieldPath right = paths.filterPath(side, other, caller);
        FilterValues.checkComparable(fieldPath, modifier, right);
        return new Filter.CompareFields(fieldPath, modifier, right, outer != null);
      }
      List<String> raw = new ArrayList<>();
      for (String v : values) {
        // Each part of a list may be a wildcard: in=$$USER.ID,$$USER.teamIDs (§4.4).
        if (modifier.list()) {
          for (String part : v.split(",", -1)) {
            raw.add(part.trim());
          }
        } else {
          raw.add(v);
        }
      }
      if (modifier.range()) {
        if (range == null) {
          throw ApiException.badRequest(
              "Filter " + path + " with modifier " + mod + " needs " + path + "_Range.");
        }
        raw.add(range);
      }
      List<Object> typed = new ArrayList<>();
      for (String r : raw) {
        typed.addAll(FilterValues.typed(fieldPath, modifier, r, caller));
      }
      FilterValues.checkApplicable(fieldPath, modifier);
      if (modifier.range() && typed.size() != 2) {
        throw ApiException.badRequest("Filter " + path + " takes one value and one _Range.");
      }
      // A list-valued wildcard widens eq to in; one with no values matches nothing.
      if (typed.size() != 1 && !modifier.list() && !modifier.range()) {
        modifier = widen(modifier, path);
      }
      return new Filter.Compare(fieldPath, modifier, typed);
    }

    private Modifier widen(Modifier modifier, String path) {
      return switch (modifier) {
        case EQ -> Modifier.IN;
        case NE -> Modifier.NOTIN;
        case CIEQ -> Modifier.CIIN;
        case CINE -> Modifier.CINOTIN;
        default ->
            throw ApiException.badRequest(
                "Filter " + path + " has several values; modifier " + mod + " takes one.");
      };
    }
  }
}
