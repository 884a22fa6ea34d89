package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.common.ApiException;
import io.tasklane.objects.WriteContext;
import io.tasklane.query.Values;
import io.tasklane.schema.FieldDef;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sent custom-field value to the values stored: text, a number or a date per the field's data
 * type; a choice among the field's options; several values for check boxes and multi-selects (an
 * array, or one value as a string, as v1 clients send, reference §8.5). Null or an empty array
 * clears the field.
 */
final class Coercion {
  private Coercion() {}

  static List<Object> values(
      WriteContext ctx, CustomFields.Parameter p, String label, JsonNode sent) {
    List<JsonNode> items = new ArrayList<>();
    if (sent == null || sent.isNull()) {
      return List.of();
    }
    if (sent.isArray()) {
      if (!p.displayType().multi && sent.size() > 1) {
        throw ApiException.badRequest(label + " takes one value, not a list.");
      }
      sent.forEach(items::add);
    } else if (sent.isObject()) {
      throw ApiException.badRequest(label + " takes a value, not an object.");
    } else {
      items.add(sent);
    }
    FieldDef field =
        FieldDef.of(label, p.dataType().type)
            .max(p.dataType() == DataType.TEXT ? 1_000_000 : 255)
            .build();
    Set<String> options = p.displayType().choice ? options(ctx, p.id()) : Set.of();
    List<Object> out = new ArrayList<>();
    for (JsonNode item : items) {
      if (item.isNull() || (item.isTextual() && item.asText().isEmpty())) {
        continue;
      }
      Object v =
          Values.fromJson(field, item, ctx.actor().map(a -> a.zone()).orElse(ZoneOffset.UTC));
      if (p.displayType().choice && !options.contains(String.valueOf(item.asText()))) {
        throw ApiException.badRequest(
            "Invalid value '" + item.asText() + "' for " + label + "; allowed: " + options + ".");
      }
      out.add(v);
    }
    return out;
  }

  private static Set<String> options(WriteContext ctx, String parameter) {
    return Set.copyOf(
        ctx.dsl()
            .select(field(name("option_value"), String.class))
            .from(table(name("parameter_options")))
            .where(field(name("parameter_id"), String.class).eq(parameter))
            .fetch(0, String.class));
  }
}
