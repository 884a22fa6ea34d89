package io.tasklane.work;

import static io.tasklane.schema.FieldType.BOOLEAN;
import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DOUBLE;
import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.INT;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.Registry;

/**
 * ASSGN (who works on a task or issue), WRKITM (a user's entry in My Work, one per user and work
 * object, kept by the assignment rules) and WORK (tasks and issues as one type, a database view;
 * what {@code work/myWork} returns, reference §4.7).
 */
public final class AssignmentDefinitions {
  private AssignmentDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("ASSGN", "Assignment")
            .notCopyable()
            .table("assignments")
            .altNames("assignment")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("taskID", ID).flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("opTaskID", ID).flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("projectID", ID).readOnly())
            .field(FieldDef.of("assignedToID", ID).journaled().defaulted())
            .field(FieldDef.of("roleID", ID).defaulted())
            .field(FieldDef.of("teamID", ID))
            .field(FieldDef.of("assignedByID", ID).readOnly())
            .field(FieldDef.of("assignmentPercent", DOUBLE).defaulted())
            .field(
                FieldDef.of("status", ENUM)
                    .values("NEW", "INP", "CPL")
                    .required()
                    .journaled()
                    .defaulted())
            .field(FieldDef.of("isPrimary", BOOLEAN))
            .reference("task", "taskID", "TASK")
            .reference("opTask", "opTaskID", "OPTASK")
            .reference("project", "projectID", "PROJ")
            .assigneeReference("assignedTo", "assignedToID")
            .reference("role", "roleID", "ROLE")
            .reference("team", "teamID", "TEAMOB")
            .reference("assignedBy", "assignedByID", "USER"));
    registry.add(
        ObjectType.builder("WRKITM", "WorkItem")
            .label("Work Item")
            .table("work_items")
            .altNames("workitem")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("assignedToID", ID).readOnly().defaulted())
            .field(FieldDef.of("objObjCode", ENUM).values("TASK", "OPTASK").readOnly().defaulted())
            .field(FieldDef.of("objID", ID).readOnly().defaulted())
            .field(FieldDef.of("taskID", ID).readOnly())
            .field(FieldDef.of("opTaskID", ID).readOnly())
            .field(FieldDef.of("projectID", ID).readOnly())
            .field(FieldDef.of("isMarkedAsDone", BOOLEAN).required().defaulted())
            .field(FieldDef.of("markedAsDoneDate", DATE_TIME).readOnly())
            .field(FieldDef.of("lastViewedDate", DATE_TIME).readOnly())
            .reference("assignedTo", "assignedToID", "USER")
            .reference("task", "taskID", "TASK")
            .reference("opTask", "opTaskID", "OPTASK")
            .reference("project", "projectID", "PROJ")
            .only(
                Operation.GET,
                Operation.SEARCH,
                Operation.COUNT,
                Operation.REPORT,
                Operation.EDIT));
    registry.add(
        ObjectType.builder("WORK", "Work")
            .table("work_view")
            .altNames("work")
            .field(FieldDef.of("name", STRING).readOnly())
            .field(FieldDef.of("description", TEXT).readOnly())
            .field(FieldDef.of("objObjCode", ENUM).values("TASK", "OPTASK").readOnly().defaulted())
            .field(FieldDef.of("status", STRING).readOnly().defaulted())
            .field(FieldDef.of("percentComplete", DOUBLE).readOnly().defaulted())
            .field(FieldDef.of("priority", INT).readOnly())
            .field(FieldDef.of("plannedStartDate", DATE_TIME).readOnly())
            .field(FieldDef.of("plannedCompletionDate", DATE_TIME).readOnly().defaulted())
            .field(FieldDef.of("projectID", ID).readOnly().defaulted())
            .field(FieldDef.of("assignedToID", ID).readOnly())
            .field(FieldDef.of("work", DOUBLE).readOnly())
            .field(FieldDef.of("actualWork", DOUBLE).readOnly())
            .reference("project", "projectID", "PROJ")
            .reference("assignedTo", "assignedToID", "USER")
            .collection(CollectionDef.direct("workItems", "WRKITM", "objID"))
            .only(Operation.GET, Operation.SEARCH, Operation.COUNT, Operation.REPORT));
  }
}
