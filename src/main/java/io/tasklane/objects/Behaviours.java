package io.tasklane.objects;

import io.tasklane.schema.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What features plug into the generic pipeline: rules per type (and for all types), actions, named
 * queries and the assignment guard. Built once at start-up.
 */
public final class Behaviours {
  private final List<ObjectRules> global;
  private final Map<String, List<ObjectRules>> rules;
  private final Map<String, ActionHandler> actions;
  private final Map<String, NamedQuery> queries;
  private final AssignmentGuard guard;

  private Behaviours(Builder b) {
    this.global = List.copyOf(b.global);
    Map<String, List<ObjectRules>> r = new HashMap<>();
    b.rules.forEach((k, v) -> r.put(k, List.copyOf(v)));
    this.rules = Map.copyOf(r);
    this.actions = Map.copyOf(b.actions);
    this.queries = Map.copyOf(b.queries);
    this.guard = b.guard;
  }

  /** Rules for all types first, then the type's own, in registration order. */
  public List<ObjectRules> rulesFor(ObjectType type) {
    List<ObjectRules> own = rules.getOrDefault(type.code(), List.of());
    if (global.isEmpty()) {
      return own;
    }
    List<ObjectRules> all = new ArrayList<>(global);
    all.addAll(own);
    return all;
  }

  /** Action names match ignoring case. */
  public Optional<ActionHandler> action(ObjectType type, String name) {
    return Optional.ofNullable(actions.get(key(type.code(), name)));
  }

  public Optional<NamedQuery> namedQuery(ObjectType type, String name) {
    return Optional.ofNullable(queries.get(key(type.code(), name)));
  }

  /** Action names of a type, for metadata. */
  public List<String> actionNames(ObjectType type) {
    return names(actions.keySet(), type);
  }

  public List<String> queryNames(ObjectType type) {
    return names(queries.keySet(), type);
  }

  private List<String> names(java.util.Set<String> keys, ObjectType type) {
    String prefix = type.code().toLowerCase(Locale.ROOT) + "/";
    return keys.stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> displayNames.getOrDefault(k, k.substring(prefix.length())))
        .sorted()
        .toList();
  }

  private final Map<String, String> displayNames = new HashMap<>();

  /**
   * The assignment guard, for rules of polymorphic references. Seeded history ({@link
   * Source#HISTORY} written by the system) is exempt: it records work handed out in the past, to
   * users who may have left since.
   */
  public AssignmentGuard guard() {
    return historyExempt;
  }

  private final AssignmentGuard historyExempt = this::checkUnlessHistory;

  private void checkUnlessHistory(WriteContext ctx, String what, java.util.Collection<String> ids) {
    if (ctx.actor().isEmpty() && ctx.source() == Source.HISTORY) {
      return;
    }
    guard.check(ctx, what, ids);
  }

  private static String key(String code, String name) {
    return code.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the features' contributions. */
  public static final class Builder {
    private final List<ObjectRules> global = new ArrayList<>();
    private final Map<String, List<ObjectRules>> rules = new LinkedHashMap<>();
    private final Map<String, ActionHandler> actions = new LinkedHashMap<>();
    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private AssignmentGuard guard = AssignmentGuard.NONE;

    public Builder rulesForAll(ObjectRules r) {
      global.add(r);
      return this;
    }

    public Builder rules(String code, ObjectRules r) {
      rules.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
      return this;
    }

    public Builder action(String code, String name, ActionHandler handler) {
      if (actions.putIfAbsent(key(code, name), handler) != null) {
        throw new IllegalStateException("action " + code + "/" + name + " defined twice");
      }
      names.put(key(code, name), name);
      return this;
    }

    public Builder namedQuery(String code, String name, NamedQuery query) {
      if (queries.putIfAbsent(key(code, name), query) != null) {
        throw new IllegalStateException("named query " + code + "/" + name + " defined twice");
      }
      names.put(key(code, name), name);
      return this;
    }

    public Builder guard(AssignmentGuard g) {
      this.guard = g;
      return this;
    }

    public Behaviours build() {
      Behaviours b = new Behaviours(this);
      b.displayNames.putAll(names);
      return b;
    }
  }
}
