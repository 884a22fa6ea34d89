package io.tasklane.query;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which fields a response shows, as a tree: direct fields, references with their own selection and
 * collections with theirs (reference §4.1). Items keep the order they were asked for.
 */
public final class Selection {
  /** One entry of the response object. */
  public sealed interface Item permits FieldItem, RefItem, CollectionItem, CustomItem {
    String key();
  }

  public record FieldItem(FieldDef field) implements Item {
    @Override
    public String key() {
      return field.name();
    }
  }

  public record RefItem(RefDef ref, ObjectType target, Selection selection) implements Item {
    @Override
    public String key() {
      return ref.name();
    }
  }

  public record CollectionItem(CollectionDef collection, ObjectType target, Selection selection)
      implements Item {
    @Override
    public String key() {
      return collection.name();
    }
  }

  /**
   * A custom field {@code DE:<name>}, or with an empty {@code field} every custom value as {@code
   * parameterValues} (reference §4.1).
   */
  public record CustomItem(String key, java.util.Optional<CustomField> field) implements Item {}

  private final ObjectType type;
  private final List<Item> items;
  // Each kind of item, sorted out once: readers ask for them several times per reply.
  private final List<FieldItem> fields;
  private final List<RefItem> refs;
  private final List<CollectionItem> collections;
  private final List<CustomItem> custom;

  private Selection(ObjectType type, List<Item> items) {
    this.type = type;
    this.items = List.copyOf(items);
    this.fields = only(FieldItem.class);
    this.refs = only(RefItem.class);
    this.collections = only(CollectionItem.class);
    this.custom = only(CustomItem.class);
  }

  private <T extends Item> List<T> only(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Item i : items) {
      if (kind.isInstance(i)) {
        out.add(kind.cast(i));
      }
    }
    return List.copyOf(out);
  }

  public ObjectType type() {
    return type;
  }

  public List<Item> items() {
    return items;
  }

  public List<FieldItem> fields() {
    return fields;
  }

  public List<RefItem> refs() {
    return refs;
  }

  public List<CollectionItem> collections() {
    return collections;
  }

  public List<CustomItem> custom() {
    return custom;
  }

  /** The default selection of a type: {@code ID}, {@code name}, {@code objCode} and defaults. */
  public static Selection defaults(ObjectType type) {
    Builder b = new Builder(type);
    type.defaultFields().forEach(b::field);
    return b.build();
  }

  /** A nested reference's default: {@code ID}, {@code name}, {@code objCode} (§2.4). */
  public static Selection core(ObjectType type) {
    Builder b = new Builder(type);
    b.field("ID");
    b.field("name");
    b.field("objCode");
    return b.build();
  }

  /** Merges selections of the same key; insertion order is response order. */
  static final class Builder {
    private final ObjectType type;
    private final Map<String, Object> entries = new LinkedHashMap<>();

    Builder(ObjectType type) {
      this.type = type;
    }

    ObjectType type() {
      return type;
    }

    void field(String name) {
      type.field(name).ifPresent(f -> entries.putIfAbsent(name, new FieldItem(f)));
    }

    void field(FieldDef f) {
      entries.putIfAbsent(f.name(), new FieldItem(f));
    }

    void custom(CustomItem item) {
      entries.putIfAbsent(item.key(), item);
    }

    Builder ref(RefDef ref, ObjectType target) {
      Object existing = entries.get(ref.name());
      if (existing instanceof Builder b) {
        return b;
      }
      Builder nested = new Builder(target);
      core(target).items.forEach(i -> nested.entries.put(i.key(), i));
      entries.put(ref.name(), nested);
      refDefs.put(ref.name(), ref);
      return nested;
    }

    Builder collection(CollectionDef collection, ObjectType target, boolean withDefaults) {
      Object existing = entries.get(collection.name());
      if (existing instanceof Builder b) {
        return b;
      }
      Builder nested = new Builder(target);
      Selection base = withDefaults ? defaults(target) : core(target);
      base.items.forEach(i -> nested.entries.put(i.key(), i));
      entries.put(collection.name(), nested);
      collectionDefs.put(collection.name(), collection);
      return nested;
    }

    private final Map<String, RefDef> refDefs = new LinkedHashMap<>();
    private final Map<String, CollectionDef> collectionDefs = new LinkedHashMap<>();

    Selection build() {
      List<Item> out = new ArrayList<>();
      entries.forEach(
          (key, value) -> {
            if (value instanceof Item item) {
              out.add(item);
            } else if (refDefs.containsKey(key)) {
              Builder b = (Builder) value;
              out.add(new RefItem(refDefs.get(key), b.type, b.build()));
            } else {
              Builder b = (Builder) value;
              out.add(new CollectionItem(collectionDefs.get(key), b.type, b.build()));
            }
          });
      return new Selection(type, out);
    }
  }
}
