package io.tasklane.query;

import io.tasklane.common.ApiException;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
      if (name.equals("$$OBJCODE") && kind.equals("EXISTS")) {
        objCode = values.get(0);
      } else if (name.equals("$$EXISTSMOD") && kind.equals("EXISTS")) {
        existsMod = values.get(0);
      } else if (name.endsWith(MOD)) {
        entry(name.substring(0, name.length() - MOD.length())).mod = values.get(0);
      } else if (name.endsWith(RANGE)) {
        entry(name.substring(0, name.length() - RANGE.length())).range = values.get(0);
      } else {
        entry(name).values.addAll(values);
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
      if (objCode == null) {
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
        return new Filter.CompareFields(fieldPath, modifier, right, outer != null);
      }
      List<String> raw = new ArrayList<>();
      for (String v : values) {
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
        typed.addAll(typedValues(fieldPath, modifier, r, caller));
      }
      checkApplicable(fieldPath, modifier);
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

  private static List<Object> typedValues(
      FieldPath path, Modifier modifier, String raw, Caller caller) {
    FieldDef field = path.field();
    if (Wildcards.isWildcard(raw)) {
      List<Object> out = new ArrayList<>();
      for (Object v : Wildcards.resolve(raw, caller)) {
        out.add(typedWildcard(field, v, caller));
      }
      return out;
    }
    if (modifier.textual()) {
      return List.of(raw);
    }
    return List.of(Values.fromString(field, raw, caller.zone()));
  }

  private static Object typedWildcard(FieldDef field, Object v, Caller caller) {
    if (v instanceof Instant instant) {
      return switch (field.type()) {
        case DATE_TIME -> OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        case DATE -> Wildcards.toDate(instant);
        default ->
            throw ApiException.badRequest(
                "Date wildcard used on " + field.name() + ", which is not a date.");
      };
    }
    return v == null ? null : Values.fromString(field, v.toString(), caller.zone());
  }

  private static void checkApplicable(FieldPath path, Modifier modifier) {
    FieldType type = path.field().type();
    boolean text = type.isText();
    if ((modifier.textual() || modifier.caseInsensitive()) && !text) {
      throw ApiException.badRequest(
          "Modifier "
              + modifier.name().toLowerCase(java.util.Locale.ROOT)
              + " applies to text fields; "
              + path
              + " is "
              + type.metadataName()
              + ".");
    }
    boolean ordering =
        switch (modifier) {
          case GT, GTE, LT, LTE, BETWEEN, NOTBETWEEN -> true;
          default -> false;
        };
    if (ordering && type == FieldType.BOOLEAN) {
      throw ApiException.badRequest(
          "Modifier "
              + modifier.name().toLowerCase(java.util.Locale.ROOT)
              + " does not apply to the boolean field "
              + path
              + ".");
    }
  }
}
