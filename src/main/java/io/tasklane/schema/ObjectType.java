package io.tasklane.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object type of the API. Every type carries the standard fields {@code ID}, {@code objCode},
 * {@code customerID} and the audit fields; its own fields, references and collections come from the
 * feature that defines it.
 */
public final class ObjectType {
  /** Fields every type has; they are added by the builder, never declared by features. */
  public static final List<String> STANDARD_FIELDS =
      List.of(
          "ID",
          "objCode",
          "customerID",
          "entryDate",
          "enteredByID",
          "lastUpdateDate",
          "lastUpdatedByID");

  private final String code;
  private final String name;
  private final String label;
  private final List<String> altNames;
  private final String table;
  private final Map<String, FieldDef> fields;
  private final Map<String, RefDef> refs;
  private final Map<String, CollectionDef> collections;
  private final List<String> defaultFields;
  private final Set<Operation> operations;
  private final boolean internal;
  private final List<Summary> summaries;

  private ObjectType(Builder b) {
    this.internal = b.internal;
    this.code = b.code;
    this.name = b.name;
    this.label = b.label;
    this.altNames = List.copyOf(b.altNames);
    this.table = b.table;
    this.fields = Map.copyOf(b.fields);
    this.refs = Map.copyOf(b.refs);
    this.collections = Map.copyOf(b.collections);
    this.operations = Set.copyOf(b.operations);
    List<String> defaults = new ArrayList<>(List.of("ID", "name", "objCode"));
    b.fields.values().stream()
        .filter(f -> f.has(FieldFlag.DEFAULT) && !defaults.contains(f.name()))
        .forEach(f -> defaults.add(f.name()));
    this.defaultFields = List.copyOf(defaults);
    this.orderedFields = List.copyOf(b.fields.values());
    this.orderedRefs = List.copyOf(b.refs.values());
    this.orderedCollections = List.copyOf(b.collections.values());
    this.summaries = List.copyOf(b.summaries);
  }

  private final List<FieldDef> orderedFields;
  private final List<RefDef> orderedRefs;
  private final List<CollectionDef> orderedCollections;

  /** The object code, e.g. {@code USER}. */
  public String code() {
    return code;
  }

  /** The metadata name, e.g. {@code User}. */
  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  public List<String> altNames() {
    return altNames;
  }

  public String table() {
    return table;
  }

  public Optional<FieldDef> field(String fieldName) {
    return Optional.ofNullable(fields.get(fieldName));
  }

  public Optional<RefDef> ref(String refName) {
    return Optional.ofNullable(refs.get(refName));
  }

  public Optional<CollectionDef> collection(String collectionName) {
    return Optional.ofNullable(collections.get(collectionName));
  }

  /** Fields in declaration order (standard fields first). */
  public List<FieldDef> fields() {
    return orderedFields;
  }

  public Collection<RefDef> refs() {
    return orderedRefs;
  }

  public Collection<CollectionDef> collections() {
    return orderedCollections;
  }

  /** The reference stored in {@code idField}, if that field is a reference ID. */
  public Optional<RefDef> refByIdField(String idField) {
    return orderedRefs.stream().filter(r -> r.idField().equals(idField)).findFirst();
  }

  /** {@code ID}, {@code name}, {@code objCode} and the type's own default fields. */
  public List<String> defaultFields() {
    return defaultFields;
  }

  public boolean allows(Operation operation) {
    return operations.contains(operation);
  }

  public Set<Operation> operations() {
    return operations;
  }

  /** Totals of this type's fields kept on the objects its references point at. */
  public List<Summary> summaries() {
    return summaries;
  }

  /**
   * An internal type (custom-field values) stores data for other types: it is not addressable by
   * the API or named in metadata, only reached through the registry by its code.
   */
  public boolean internal() {
    return internal;
  }

  @Override
  public String toString() {
    return code;
  }

  public static Builder builder(String code, String name) {
    return new Builder(code, name);
  }

  /** Fluent definition of a type, used by the features' {@code *Definitions} classes. */
  public static final class Builder {
    private final String code;
    private final String name;
    private String label;
    private final List<String> altNames = new ArrayList<>();
    private String table;
    private final Map<String, FieldDef> fields = new LinkedHashMap<>();
    private final Map<String, RefDef> refs = new LinkedHashMap<>();
    private final Map<String, CollectionDef> collections = new LinkedHashMap<>();
    private final EnumSet<Operation> operations = EnumSet.allOf(Operation.class);
    private boolean internal;
    private final List<Summary> summaries = new ArrayList<>();

    private Builder(String code, String name) {
      this.code = code;
      this.name = name;
      this.label = FieldDef.labelOf(name);
      this.table = FieldDef.snake(name) + "s";
      add(FieldDef.of("ID", FieldType.ID).readOnly().label("ID").build());
      add(FieldDef.of("objCode", FieldType.STRING).virtual().label("Obj Code").build());
      add(FieldDef.of("customerID", FieldType.ID).readOnly().build());
      add(FieldDef.of("entryDate", FieldType.DATE_TIME).readOnly().build());
      add(FieldDef.of("enteredByID", FieldType.ID).readOnly().build());
      add(FieldDef.of("lastUpdateDate", FieldType.DATE_TIME).readOnly().build());
      add(FieldDef.of("lastUpdatedByID", FieldType.ID).readOnly().build());
      reference("customer", "customerID", "CUST");
      reference("enteredBy", "enteredByID", "USER");
      reference("lastUpdatedBy", "lastUpdatedByID", "USER");
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder altNames(String... names) {
      altNames.addAll(List.of(names));
      return this;
    }

    public Builder table(String table) {
      this.table = table;
      return this;
    }

    public Builder field(FieldDef.Builder field) {
      return add(field.build());
    }

    public Builder add(FieldDef field) {
      if (fields.putIfAbsent(field.name(), field) != null) {
        throw new IllegalStateException(code + "." + field.name() + " defined twice");
      }
      return this;
    }

    /**
     * Redefines one of the standard fields for this type, e.g. a writable {@code entryDate} on
     * HOUR, where Workfront's entry date is the day the hours were worked.
     */
    public Builder override(FieldDef.Builder field) {
      FieldDef f = field.build();
      if (!STANDARD_FIELDS.contains(f.name()) || f.name().equals("ID")) {
        throw new IllegalStateException(code + "." + f.name() + " is not an overridable field");
      }
      fields.put(f.name(), f);
      return this;
    }

    /** Not addressable through the API; see {@link ObjectType#internal()}. */
    public Builder internal() {
      this.internal = true;
      return this;
    }

    public Builder reference(String refName, String idField, String targetCode) {
      return addRef(new RefDef(refName, idField, targetCode, FieldDef.labelOf(refName), false));
    }

    /** A reference that hands work to a user: guarded against inactive users. */
    public Builder assigneeReference(String refName, String idField) {
      return addRef(new RefDef(refName, idField, "USER", FieldDef.labelOf(refName), true));
    }

    private Builder addRef(RefDef ref) {
      if (refs.putIfAbsent(ref.name(), ref) != null) {
        throw new IllegalStateException(code + "." + ref.name() + " defined twice");
      }
      return this;
    }

    public Builder collection(CollectionDef collection) {
      if (collections.putIfAbsent(collection.name(), collection) != null) {
        throw new IllegalStateException(code + "." + collection.name() + " defined twice");
      }
      return this;
    }

    /** Every operation but COPY: the type's objects are not copied on their own. */
    public Builder notCopyable() {
      operations.remove(Operation.COPY);
      return this;
    }

    public Builder only(Operation... allowed) {
      operations.clear();
      operations.addAll(List.of(allowed));
      return this;
    }

    /**
     * Declares that the rules keep the sum of {@code measure} per {@code ref} target in that
     * target's {@code total} field (see {@link Summary}).
     */
    public Builder summedInto(String measure, String ref, String total) {
      summaries.add(new Summary(measure, ref, total));
      return this;
    }

    public ObjectType build() {
      if (!fields.containsKey("name")) {
        throw new IllegalStateException(code + " has no name field");
      }
      for (RefDef ref : refs.values()) {
        if (!fields.containsKey(ref.idField())) {
          throw new IllegalStateException(code + "." + ref.name() + " lacks " + ref.idField());
        }
      }
      for (Summary s : summaries) {
        if (!fields.containsKey(s.measure()) || !refs.containsKey(s.ref())) {
          throw new IllegalStateException(code + ": summary of " + s.measure() + " by " + s.ref());
        }
      }
      return new ObjectType(this);
    }
  }
}
