package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.objects.CustomValues;
import io.tasklane.query.CustomField;
import io.tasklane.store.Columns;
import io.tasklane.store.Scope;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads custom-field values for responses: one statement for all objects of a response level, keyed
 * {@code DE:<name>}; multi-valued fields are always arrays (reference §8.5), numbers without
 * trailing zeros.
 */
final class StoredValues implements CustomValues {
  @Override
  public Map<String, Map<String, Object>> load(
      DSLContext dsl, Scope scope, Collection<String> objectIds, Optional<Set<String>> params) {
    if (objectIds.isEmpty() || params.map(Set::isEmpty).orElse(false)) {
      return Map.of();
    }
    Condition which =
        field(name("v", "customer_id"), String.class)
            .eq(scope.customerId())
            .and(Columns.anyOf(field(name("v", "obj_id"), String.class), objectIds));
    if (params.isPresent()) {
      which =
          which.and(Columns.anyOf(field(name("v", "parameter_id"), String.class), params.get()));
    }
    Map<String, Map<String, Object>> out = new HashMap<>();
    for (Record r :
        dsl.select(
                field(name("v", "obj_id"), String.class),
                field(name("p", "name"), String.class),
                field(name("p", "display_type"), String.class),
                field(name("v", "text_value"), String.class),
                field(name("v", "number_value"), BigDecimal.class),
                field(name("v", "date_value"), OffsetDateTime.class))
            .from(table(name("custom_values")).as("v"))
            .join(table(name("parameters")).as("p"))
            .on(field(name("p", "id")).eq(field(name("v", "parameter_id"))))
            .where(which)
            .orderBy(field(name("v", "id")))
            .fetch()) {
      Object value =
          r.get(3) != null
              ? r.get(3)
              : r.get(4) != null ? number(r.get(4, BigDecimal.class)) : r.get(5);
      String key = CustomField.PREFIX + r.get(1, String.class);
      Map<String, Object> own =
          out.computeIfAbsent(r.get(0, String.class), k -> new LinkedHashMap<>());
      if (DisplayType.valueOf(r.get(2, String.class)).multi) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) own.computeIfAbsent(key, k -> new ArrayList<>());
        list.add(value);
      } else {
        own.put(key, value);
      }
    }
    return out;
  }

  static BigDecimal number(BigDecimal b) {
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
