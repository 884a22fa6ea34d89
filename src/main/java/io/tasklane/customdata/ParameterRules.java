package io.tasklane.customdata;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.common.ApiException;
import io.tasklane.objects.Draft;
import io.tasklane.objects.ObjectRules;
import io.tasklane.objects.WriteContext;
import java.util.Map;

/**
 * PARAM: text by default; a date field holds dates, rich text holds text, choices hold text or
 * numbers. A field with stored values is deleted only with {@code force=true}, which deletes the
 * values too (reference §5.7).
 */
final class ParameterRules implements ObjectRules {
  @Override
  public void beforeCreate(WriteContext ctx, Draft d) {
    if (d.get("dataType") == null) {
      d.set(
          "dataType",
          d.get("displayType") != null && d.get("displayType").equals("DATE") ? "DATE" : "TEXT");
    }
    if (d.get("displayType") == null) {
      d.set("displayType", d.get("dataType").equals("DATE") ? "DATE" : "TEXT");
    }
    DataType data = DataType.valueOf(d.get("dataType").toString());
    DisplayType display = DisplayType.valueOf(d.get("displayType").toString());
    boolean fits =
        switch (display) {
          case DATE -> data == DataType.DATE;
          case RICH, TEXTAREA -> data == DataType.TEXT;
          case TEXT -> data != DataType.DATE;
          default -> data == DataType.TEXT || data == DataType.NMBR;
        };
    if (!fits) {
      throw ApiException.badRequest(
          "A " + display + " custom field cannot hold " + data + " values.");
    }
    if (d.string("name").orElse("").contains(",")) {
      throw ApiException.badRequest("A custom field's name must not contain commas.");
    }
  }

  @Override
  public void beforeEdit(WriteContext ctx, Draft d) {
    if (d.string("name").orElse("").contains(",")) {
      throw ApiException.badRequest("A custom field's name must not contain commas.");
    }
  }

  @Override
  public void beforeDelete(WriteContext ctx, Map<String, Object> row, boolean force) {
    String id = row.get("ID").toString();
    int used =
        ctx.dsl()
            .fetchCount(
                table(name("custom_values")), field(name("parameter_id"), String.class).eq(id));
    if (used > 0 && !force) {
      throw ApiException.conflict(
          "Custom field "
              + row.get("name")
              + " has "
              + used
              + " stored values; pass force=true to delete them with it.");
    }
    ctx.dsl()
        .deleteFrom(table(name("custom_values")))
        .where(field(name("parameter_id"), String.class).eq(id))
        .execute();
  }
}
