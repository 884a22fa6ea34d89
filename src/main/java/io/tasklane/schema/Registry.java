package io.tasklane.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All object types, found by object code or alternate name, case-insensitively (reference §1.3).
 * Built once at start-up from every feature's definitions and checked for dangling references.
 */
public final class Registry {
  private final Map<String, ObjectType> byCode;
  private final Map<String, ObjectType> byAnyName;

  private Registry(Collection<ObjectType> types) {
    Map<String, ObjectType> codes = new LinkedHashMap<>();
    Map<String, ObjectType> names = new LinkedHashMap<>();
    for (ObjectType t : types) {
      codes.put(t.code(), t);
      if (t.internal()) {
        continue;
      }
      names.put(t.code().toLowerCase(Locale.ROOT), t);
      names.put(t.name().toLowerCase(Locale.ROOT), t);
      for (String alt : t.altNames()) {
        names.put(alt.toLowerCase(Locale.ROOT), t);
      }
    }
    this.byCode = Map.copyOf(codes);
    this.byAnyName = Map.copyOf(names);
    this.ordered = List.copyOf(types);
    verify();
  }

  private final List<ObjectType> ordered;

  /** The API-addressable type with this object code or alternate name, ignoring case. */
  public Optional<ObjectType> find(String codeOrName) {
    return Optional.ofNullable(byAnyName.get(codeOrName.toLowerCase(Locale.ROOT)));
  }

  /** The type with exactly this object code; a missing code is a programming error. */
  public ObjectType get(String code) {
    ObjectType t = byCode.get(code);
    if (t == null) {
      throw new IllegalArgumentException("no object type " + code);
    }
    return t;
  }

  public List<ObjectType> types() {
    return ordered;
  }

  private void verify() {
    for (ObjectType t : ordered) {
      for (RefDef r : t.refs()) {
        require(byCode.containsKey(r.targetCode()), t + "." + r.name() + " -> " + r.targetCode());
      }
      for (Summary s : t.summaries()) {
        String target = t.ref(s.ref()).orElseThrow().targetCode();
        require(
            byCode.get(target).field(s.total()).filter(FieldDef::stored).isPresent(),
            t + " summary " + target + "." + s.total());
      }
      for (CollectionDef c : t.collections()) {
        require(byCode.containsKey(c.targetCode()), t + "." + c.name() + " -> " + c.targetCode());
        if (c.link().isPresent()) {
          CollectionDef.Link l = c.link().get();
          ObjectType link = byCode.get(l.code());
          require(link != null, t + "." + c.name() + " link " + l.code());
          require(link.field(l.parentField()).isPresent(), l.code() + "." + l.parentField());
          require(link.field(l.targetField()).isPresent(), l.code() + "." + l.targetField());
        } else {
          ObjectType child = byCode.get(c.targetCode());
          require(
              child.field(c.childField()).isPresent(),
              t + "." + c.name() + ": " + c.targetCode() + "." + c.childField());
        }
      }
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("registry: dangling " + what);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the types that features define. */
  public static final class Builder {
    private final List<ObjectType> types = new ArrayList<>();

    public Builder add(ObjectType type) {
      if (types.stream().anyMatch(t -> t.code().equals(type.code()))) {
        throw new IllegalStateException(type.code() + " defined twice");
      }
      types.add(type);
      return this;
    }

    public Builder add(ObjectType.Builder type) {
      return add(type.build());
    }

    public Registry build() {
      return new Registry(types);
    }
  }
}
