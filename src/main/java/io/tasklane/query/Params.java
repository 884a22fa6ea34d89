package io.tasklane.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Request parameters in arrival order: query string, form body and the pairs of a {@code filters}
 * JSON object all land here. Names are case-sensitive (reference §2.4).
 */
public final class Params {
  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  private static final Params EMPTY = new Params(Map.of());

  public static Params empty() {
    return EMPTY;
  }

  public static Params of(Map<String, List<String>> values) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new Params(Collections.unmodifiableMap(copy));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<String> first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The first value of a parameter whose name matches ignoring case. */
  public Optional<String> firstIgnoringCase(String name) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return Optional.of(e.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  public Set<String> names() {
    return values.keySet();
  }

  public Map<String, List<String>> asMap() {
    return values;
  }

  /** True when the flag parameter is present and "true" (any case). */
  public boolean flag(String name) {
    return first(name).map(v -> v.equalsIgnoreCase("true")).orElse(false);
  }

  /** Accumulates parameters; later values of the same name are appended. */
  public static final class Builder {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder addAll(Params other) {
      other.values.forEach((k, v) -> v.forEach(x -> add(k, x)));
      return this;
    }

    public Builder remove(String name) {
      values.remove(name);
      return this;
    }

    public Params build() {
      return Params.of(values);
    }
  }
}
