package io.tasklane.api;

import io.tasklane.objects.Behaviours;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import io.tasklane.schema.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /metadata} and {@code GET /<obj>/metadata} (reference §12), generated from the
 * registry so that clients that build their classes from it (python-workfront) see every field,
 * reference and collection with its type.
 */
public final class Metadata {
  private final Registry registry;
  private final Behaviours behaviours;

  public Metadata(Registry registry, Behaviours behaviours) {
    this.registry = registry;
    this.behaviours = behaviours;
  }

  public Map<String, Object> all() {
    Map<String, Object> objects = new LinkedHashMap<>();
    for (ObjectType t : registry.types()) {
      if (t.internal()) {
        continue;
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("objCode", t.code());
      o.put("name", t.name());
      o.put("label", t.label());
      objects.put(t.name(), o);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("objects", objects);
    return out;
  }

  public Map<String, Object> of(ObjectType t, String versionRoot) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", t.name());
    out.put("label", t.label());
    out.put("objCode", t.code());
    out.put("flags", List.of());
    out.put("url", versionRoot + "/" + t.code().toLowerCase(java.util.Locale.ROOT));
    out.put("operations", t.operations().stream().map(Enum::name).sorted().toList());
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldDef f : t.fields()) {
      if (f.has(FieldFlag.WRITE_ONLY)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", f.label());
      m.put("fieldType", f.type().metadataName());
      m.put("enumType", f.enumValues().isEmpty() ? null : t.code() + "." + f.name());
      if (!f.enumValues().isEmpty()) {
        m.put("enumValues", f.enumValues());
      }
      m.put("flags", flags(f));
      fields.put(f.name(), m);
    }
    out.put("fields", fields);
    Map<String, Object> refs = new LinkedHashMap<>();
    for (RefDef r : t.refs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", r.label());
      m.put("objCode", r.targetCode());
      m.put("objName", registry.get(r.targetCode()).name());
      m.put("idField", r.idField());
      m.put("flags", List.of());
      refs.put(r.name(), m);
    }
    out.put("references", refs);
    Map<String, Object> collections = new LinkedHashMap<>();
    for (CollectionDef c : t.collections()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", c.label());
      m.put("objCode", c.targetCode());
      m.put("objName", registry.get(c.targetCode()).name());
      m.put("flags", c.writable() ? List.of("WRITABLE") : List.of());
      collections.put(c.name(), m);
    }
    out.put("collections", collections);
    out.put(
        "search",
        t.fields().stream()
            .filter(f -> f.stored() && !f.has(FieldFlag.WRITE_ONLY))
            .map(FieldDef::name)
            .toList());
    out.put("actions", behaviours.actionNames(t));
    out.put("queries", behaviours.queryNames(t));
    return out;
  }

  private static List<String> flags(FieldDef f) {
    List<String> out = new ArrayList<>();
    if (f.has(FieldFlag.REQUIRED)) {
      out.add("REQUIRED");
    }
    if (f.has(FieldFlag.READ_ONLY) || f.has(FieldFlag.VIRTUAL)) {
      out.add("READ_ONLY");
    }
    if (f.has(FieldFlag.CREATE_ONLY)) {
      out.add("CREATE_ONLY");
    }
    if (f.has(FieldFlag.ADMIN_READ)) {
      out.add("RESTRICTABLE");
    }
    if (f.stored()) {
      out.add("FILTERABLE");
      out.add("SORTABLE");
    }
    return out;
  }
}
