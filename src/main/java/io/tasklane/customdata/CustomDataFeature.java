package io.tasklane.customdata;

import io.tasklane.access.AdminOnly;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.CallerFactory;
import io.tasklane.objects.CustomValues;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/**
 * Contributes custom forms and fields (CTGY, PARAM, CTGYPA, POPT), the rules that store {@code DE:}
 * values on every write path, the caller decorator that resolves {@code DE:<name>} in fields and
 * filters, and the loader that projects values.
 */
public final class CustomDataFeature {
  public void define(Registry.Builder registry) {
    CustomDataDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    b.rules("CTGY", new AdminOnly("custom forms"));
    b.rules("PARAM", new AdminOnly("custom fields"));
    b.rules("PARAM", new ParameterRules());
    b.rules("CTGYPA", new AdminOnly("custom forms"));
    b.rules("POPT", new AdminOnly("custom field options"));
    b.rulesForAll(new CustomDataRules.NoForms());
    CustomDataRules rules = new CustomDataRules(writes, registry);
    for (String code : CustomDataDefinitions.FORM_OBJECTS) {
      b.rules(code, rules);
    }
  }

  /** The query language's callers, able to resolve {@code DE:<name>}. */
  public CallerFactory callers(CallerFactory inner, Registry registry) {
    return new CustomFields(inner, registry);
  }

  public CustomValues values() {
    return new StoredValues();
  }

  public static Map<String, String> constraintMessages() {
    return Map.of(
        "parameters_name_uq", "A custom field with this name already exists.",
        "category_parameters_uq", "The custom form already has this field.",
        "parameter_options_uq", "The custom field already has an option with this value.");
  }
}
