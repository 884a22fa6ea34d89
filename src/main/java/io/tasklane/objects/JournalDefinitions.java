package io.tasklane.objects;

import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DOUBLE;
import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.STRING;

import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.Registry;

/**
 * JRNLE: field history written by the pipeline in the writing transaction (reference §10.2);
 * read-only through the API. {@code enteredBy} is who made the change.
 */
public final class JournalDefinitions {
  public static final String CODE = "JRNLE";

  private JournalDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder(CODE, "JournalEntry")
            .table("journal_entries")
            .altNames("journalentry")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("objObjCode", STRING).defaulted())
            .field(FieldDef.of("objID", ID).defaulted())
            .field(FieldDef.of("fieldName", STRING).defaulted())
            .field(FieldDef.of("changeType", ENUM).values("ADD", "EDIT", "DELETE").defaulted())
            .field(FieldDef.of("oldTextVal", STRING).max(4000))
            .field(FieldDef.of("newTextVal", STRING).max(4000))
            .field(FieldDef.of("oldDateVal", DATE_TIME))
            .field(FieldDef.of("newDateVal", DATE_TIME))
            .field(FieldDef.of("oldNumberVal", DOUBLE))
            .field(FieldDef.of("newNumberVal", DOUBLE))
            .field(
                FieldDef.of("source", ENUM).values("API", "SCHEDULE", "CLI", "SYSTEM", "HISTORY"))
            .field(FieldDef.of("reason", STRING).max(4000))
            .only(Operation.GET, Operation.SEARCH, Operation.COUNT, Operation.REPORT));
  }
}
