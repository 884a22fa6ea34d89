package io.tasklane.hours;

import io.tasklane.access.AccessPolicy;
import io.tasklane.access.AdminOnly;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Map;

/** Contributes HOUR and HOURT with their rules and the built-in hour types. */
public final class HourFeature {
  private final AccessPolicy access;
  private HourTypes types;

  public HourFeature(AccessPolicy access) {
    this.access = access;
  }

  public void define(Registry.Builder registry) {
    HourDefinitions.define(registry);
  }

  public void contribute(Behaviours.Builder b, Writes writes, Registry registry) {
    types = new HourTypes(writes, registry);
    b.rules("HOUR", new HourRules(writes, registry, access));
    b.rules("HOURT", new AdminOnly("hour types"));
    b.rules("HOURT", types);
  }

  /** Built-in hour types for a customer; idempotent. */
  public void seed(WriteContext ctx) {
    types.ensureBuiltIns(ctx);
  }

  public static Map<String, String> constraintMessages() {
    return Map.of("hour_types_name_uq", "An hour type with this name already exists.");
  }
}
