package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldType;
import io.tasklane.schema.ObjectType;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Every stored field of every registered type has a column of a fitting type, on both engines. */
@BothEngines
class RegistrySchemaIT {
  @Parameter Engine engine;

  @Test
  void everyStoredFieldHasAColumnOfItsType() {
    TestServer server = TestServer.shared(engine);
    Database db = server.app().parts().database();
    Map<String, String> columns = new HashMap<>();
    List<org.jooq.Record> rows =
        db.read(
            dsl ->
                dsl.resultQuery(
                        "select table_name, column_name, data_type from information_schema.columns")
                    .fetch());
    for (var r : rows) {
      columns.put(
          r.get(0, String.class).toLowerCase(Locale.ROOT)
              + "."
              + r.get(1, String.class).toLowerCase(Locale.ROOT),
          r.get(2, String.class).toLowerCase(Locale.ROOT));
    }
    int checked = 0;
    for (ObjectType type : server.app().parts().registry().types()) {
      assertThat(columns).as("%s has customer_id", type).containsKey(type.table() + ".customer_id");
      for (FieldDef f : type.fields()) {
        if (!f.stored()) {
          continue;
        }
        String key = type.table() + "." + f.requireColumn();
        assertThat(columns).as("column for %s.%s", type.code(), f.name()).containsKey(key);
        assertThat(columns.get(key))
            .as("SQL type of %s.%s", type.code(), f.name())
            .satisfies(sql -> assertThat(fits(f.type(), sql)).isTrue());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static boolean fits(FieldType type, String sql) {
    return switch (type) {
      case STRING, TEXT, ENUM, ID -> sql.contains("char") || sql.equals("text");
      case INT -> sql.equals("integer") || sql.equals("bigint");
      case DOUBLE -> sql.startsWith("double");
      case DECIMAL -> sql.equals("numeric") || sql.startsWith("decimal");
      case BOOLEAN -> sql.equals("boolean");
      case DATE_TIME -> sql.equals("timestamp with time zone");
      case DATE -> sql.equals("date");
    };
  }
}
