package io.tasklane.hours;

import static io.tasklane.schema.FieldType.BOOLEAN;
import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DOUBLE;
import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;

/**
 * HOUR (time logged by a user on a task, issue or project, or general time) and HOURT (hour types:
 * built-in ones, which cannot be deleted, and custom ones). An hour's {@code entryDate} is the day
 * the time was worked, as in Workfront, so HOUR redefines that standard field as writable.
 */
public final class HourDefinitions {
  private HourDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("HOUR", "Hour")
            .notCopyable()
            .table("hours")
            .altNames("hour")
            .override(FieldDef.of("entryDate", DATE_TIME).label("Entry Date"))
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("ownerID", ID).required().defaulted())
            .field(FieldDef.of("hours", DOUBLE).required().journaled().defaulted())
            .field(FieldDef.of("taskID", ID))
            .field(FieldDef.of("opTaskID", ID))
            .field(FieldDef.of("projectID", ID))
            .field(FieldDef.of("hourTypeID", ID))
            .field(
                FieldDef.of("status", ENUM)
                    .values("SUB", "APP", "REJ")
                    .required()
                    .journaled()
                    .defaulted())
            .field(FieldDef.of("description", STRING).max(4000))
            .reference("owner", "ownerID", "USER")
            .reference("task", "taskID", "TASK")
            .reference("opTask", "opTaskID", "OPTASK")
            .reference("project", "projectID", "PROJ")
            .reference("hourType", "hourTypeID", "HOURT")
            // HourRules and work.Moves keep these totals (the work's actualWork)
            .summedInto("hours", "project", "actualWork")
            .summedInto("hours", "task", "actualWork")
            .summedInto("hours", "opTask", "actualWork"));
    registry.add(
        ObjectType.builder("HOURT", "HourType")
            .notCopyable()
            .label("Hour Type")
            .table("hour_types")
            .altNames("hourtype")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("scope", ENUM).values("GENERAL", "PROJECT").required().defaulted())
            .field(FieldDef.of("isActive", BOOLEAN).required().defaulted())
            .field(FieldDef.of("isBuiltIn", BOOLEAN).readOnly())
            .collection(CollectionDef.direct("hours", "HOUR", "hourTypeID")));
  }
}
