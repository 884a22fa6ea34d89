package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Principal;
import io.tasklane.objects.CallerFactory;
import io.tasklane.query.Caller;
import io.tasklane.query.CustomField;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Resolves {@code DE:<name>} for the query language (reference §4.1, §4.2): a caller decorator that
 * looks the customer's custom field up by name once per request and describes where its values are
 * stored, so that fields, filters and projections need no knowledge of custom data.
 */
public final class CustomFields implements CallerFactory {
  private final CallerFactory inner;
  private final Registry registry;

  public CustomFields(CallerFactory inner, Registry registry) {
    this.inner = inner;
    this.registry = registry;
  }

  @Override
  public Caller caller(DSLContext dsl, Principal principal) {
    Caller base = inner.caller(dsl, principal);
    Map<String, Optional<CustomField>> cache = new HashMap<>();
    return new Caller() {
      @Override
      public boolean administrator() {
        return base.administrator();
      }

      @Override
      public ZoneId zone() {
        return base.zone();
      }

      @Override
      public Instant now() {
        return base.now();
      }

      @Override
      public Optional<Object> userValue(String f) {
        return base.userValue(f);
      }

      @Override
      public Optional<CustomField> customField(String fieldName) {
        return cache.computeIfAbsent(
            fieldName, n -> find(dsl, principal.customerId(), n).map(p -> describe(n, p)));
      }
    };
  }

  /** A parameter as stored: ID, data type, display type. */
  record Parameter(String id, DataType dataType, DisplayType displayType) {}

  static Optional<Parameter> find(DSLContext dsl, String customerId, String fieldName) {
    Record3<String, String, String> r =
        dsl.select(
                field(name("id"), String.class),
                field(name("data_type"), String.class),
                field(name("display_type"), String.class))
            .from(table(name("parameters")))
            .where(field(name("customer_id"), String.class).eq(customerId))
            .and(field(name("name"), String.class).eq(fieldName))
            .fetchOne();
    return Optional.ofNullable(r)
        .map(
            x ->
                new Parameter(
                    x.value1(), DataType.valueOf(x.value2()), DisplayType.valueOf(x.value3())));
  }

  private CustomField describe(String fieldName, Parameter p) {
    ObjectType values = registry.get(CustomDataDefinitions.VALUES);
    FieldDef stored = values.field(p.dataType().valueField).orElseThrow();
    String label = CustomField.PREFIX + fieldName;
    FieldDef value =
        new FieldDef(
            label,
            stored.type(),
            stored.column(),
            stored.flags(),
            List.of(),
            stored.maxLength(),
            label);
    return new CustomField(
        fieldName,
        p.id(),
        p.displayType().multi,
        values,
        values.field("objID").orElseThrow(),
        values.field("parameterID").orElseThrow(),
        value);
  }
}
