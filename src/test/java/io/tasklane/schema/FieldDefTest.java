package io.tasklane.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API names map to SQL columns by one rule. */
class FieldDefTest {
  @ParameterizedTest
  @CsvSource({
    "ID,id",
    "name,name",
    "homeGroupID,home_group_id",
    "isActive,is_active",
    "emailAddr,email_addr",
    "scheduleDeactivationDate,schedule_deactivation_date",
    "objObjCode,obj_obj_code",
    "extRefID,ext_ref_id",
    "objID,obj_id",
  })
  void columnIsTheSnakeCaseOfTheApiName(String api, String column) {
    assertThat(FieldDef.snake(api)).isEqualTo(column);
  }
}
