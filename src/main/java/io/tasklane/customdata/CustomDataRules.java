package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.objects.CopyOptions;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.query.CustomField;
import io.tasklane.schema.Registry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Custom data on every write path (reference §4.1, §2.3): {@code DE:<name>} values and {@code
 * parameterValues} are accepted only on types with custom forms, for fields on the object's form
 * (otherwise 400, as Workfront answers), checked against the field's type and choices; a form's
 * required fields must have values; a copy copies the values unless {@code clearCustomData}; a
 * deleted object's values go with it.
 */
final class CustomDataRules implements ObjectRules {
  private static final Set<String> FORM_OBJECTS = Set.of(CustomDataDefinitions.FORM_OBJECTS);

  private final Writes writes;
  private final Registry registry;
  private final ValueWriter values = new ValueWriter();

  CustomDataRules(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    check(ctx, d);
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    check(ctx, d);
  }

  private void check(WriteContext ctx, Draft d) {
    String code = d.type().code();
    if (d.changes("categoryID") && d.get("categoryID") != null) {
      Map<String, Object> form =
          writes.read(ctx, registry.get("CTGY"), d.get("categoryID").toString());
      if (!code.equals(form.get("catObjCode"))) {
        throw ApiException.badRequest(
            "Custom form "
                + form.get("name")
                + " is for "
                + form.get("catObjCode")
                + ", not "
                + code
                + ".");
      }
    }
  }

  @Override
  public void afterWrite(WriteContext ctx, Draft d) {
    String code = d.type().code();
    if (d.copy().isPresent() && !d.copy().get().options().contains(CopyOptions.CLEAR_CUSTOM_DATA)) {
      values.copy(ctx, d.copy().get().sourceId(), d.id(), code);
    }
    Object form = d.get("categoryID");
    for (Map.Entry<String, JsonNode> e : d.custom().entrySet()) {
      String fieldName = e.getKey().substring(CustomField.PREFIX.length());
      CustomFields.Parameter p =
          CustomFields.find(ctx.dsl(), ctx.scope().customerId(), fieldName)
              .orElseThrow(
                  () -> ApiException.badRequest("Unknown custom field '" + e.getKey() + "'."));
      if (form == null || !onForm(ctx, form.toString(), p.id())) {
        throw ApiException.badRequest(
            "Custom field "
                + e.getKey()
                + " is not on the custom form of "
                + code
                + " "
                + d.id()
                + (form == null ? " (it has none; set categoryID)." : "."));
      }
      List<Object> typed = Coercion.values(ctx, p, e.getKey(), e.getValue());
      values.replace(ctx, d.id(), code, p.id(), p.dataType(), typed);
    }
    if (form != null && (d.changes("categoryID") || !d.custom().isEmpty())) {
      requireFilled(ctx, form.toString(), d.id());
    }
  }

  @Override
  public void afterDelete(WriteContext ctx, Map<String, Object> row) {
    values.deleteAll(ctx, row.get("ID").toString());
  }

  /**
   * Registered for every type: types without forms refuse custom fields instead of ignoring them.
   */
  static final class NoForms implements ObjectRules {
    @Override
    public void beforeCreate(WriteContext ctx, Draft d) {
      refuse(d);
    }

    @Override
    public void beforeEdit(WriteContext ctx, Draft d) {
      refuse(d);
    }

    private static void refuse(Draft d) {
      if (!d.custom().isEmpty() && !FORM_OBJECTS.contains(d.type().code())) {
        throw ApiException.badRequest(
            d.type().code()
                + " has no custom forms; custom fields ("
                + d.custom().keySet()
                + ") cannot be set.");
      }
    }
  }

  private static boolean onForm(WriteContext ctx, String form, String parameter) {
    return ctx.dsl()
        .fetchExists(
            ctx.dsl()
                .selectOne()
                .from(table(name("category_parameters")))
                .where(field(name("category_id"), String.class).eq(form))
                .and(field(name("parameter_id"), String.class).eq(parameter)));
  }

  /** A form's required fields need a value once the form is on the object. */
  private static void requireFilled(WriteContext ctx, String form, String objId) {
    List<String> missing =
        ctx.dsl()
            .select(field(name("p", "name"), String.class))
            .from(table(name("category_parameters")).as("cp"))
            .join(table(name("parameters")).as("p"))
            .on(field(name("p", "id")).eq(field(name("cp", "parameter_id"))))
            .where(field(name("cp", "category_id"), String.class).eq(form))
            .and(field(name("cp", "is_required"), Boolean.class).isTrue())
            .and(
                field(name("cp", "parameter_id"))
                    .notIn(
                        select(field(name("parameter_id")))
                            .from(table(name("custom_values")))
                            .where(field(name("obj_id"), String.class).eq(objId))))
            .fetch(0, String.class);
    if (!missing.isEmpty()) {
      throw ApiException.rule(
          "The custom form needs values for "
              + Arrays.toString(missing.stream().map(n -> CustomField.PREFIX + n).toArray())
              + ".");
    }
  }
}
