package io.tasklane.customdata;

import io.tasklane.access.AdminOnly;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/** Contributes custom forms and fields (CTGY, PARAM, CTGYPA, POPT) and their values. */
public final class CustomDataFeature {
  public void define(Registry.Builder registry) {
    CustomDataDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    b.rules("CTGY", new AdminOnly("custom forms"));
    b.rules("PARAM", new AdminOnly("custom fields"));
    b.rules("CTGYPA", new AdminOnly("custom forms"));
    b.rules("POPT", new AdminOnly("custom field options"));
  }

  public static Map<String, String> constraintMessages() {
    return Map.of(
        "parameters_name_uq", "A custom field with this name already exists.",
        "category_parameters_uq", "The custom form already has this field.",
        "parameter_options_uq", "The custom field already has an option with this value.");
  }
}
