package io.tasklane.work;

import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DOUBLE;
import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.INT;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.access.AccessDefinitions;
import io.tasklane.objects.CopyOptions;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;

/**
 * PROJ, TASK and OPTASK (reference §1.3, §5): the work itself. Statuses are short codes checked
 * against the customer's CSTEM statuses (built-in ones plus custom ones that equate with them,
 * §10.6); percentComplete, work and actualWork of parents are rolled up by the rules.
 */
public final class ProjectDefinitions {
  /** Status codes are three letters; custom ones too. */
  static final int STATUS_LENGTH = 8;

  private ProjectDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(project());
    registry.add(task());
    registry.add(issue());
  }

  private static ObjectType.Builder project() {
    return ObjectType.builder("PROJ", "Project")
        .table("projects")
        .altNames("project", "proj")
        .field(FieldDef.of("name", STRING).required())
        .field(FieldDef.of("description", TEXT))
        .field(FieldDef.of("status", STRING).max(STATUS_LENGTH).required().journaled().defaulted())
        .field(FieldDef.of("priority", INT))
        .field(FieldDef.of("ownerID", ID).journaled())
        .field(FieldDef.of("companyID", ID))
        .field(FieldDef.of("groupID", ID))
        .field(FieldDef.of("templateID", ID).flags(FieldFlag.CREATE_ONLY))
        .field(FieldDef.of("categoryID", ID))
        .field(FieldDef.of("plannedStartDate", DATE_TIME).defaulted())
        .field(FieldDef.of("plannedCompletionDate", DATE_TIME).defaulted())
        .field(FieldDef.of("actualStartDate", DATE_TIME))
        .field(FieldDef.of("actualCompletionDate", DATE_TIME))
        .field(FieldDef.of("percentComplete", DOUBLE).readOnly().defaulted())
        .field(FieldDef.of("work", DOUBLE).readOnly())
        .field(FieldDef.of("actualWork", DOUBLE).readOnly())
        .field(FieldDef.of("currency", STRING).max(8))
        .assigneeReference("owner", "ownerID")
        .reference("company", "companyID", "CMPY")
        .reference("group", "groupID", "GROUP")
        .reference("template", "templateID", "TMPL")
        .reference("category", "categoryID", "CTGY")
        .collection(CollectionDef.direct("tasks", "TASK", "projectID").copied())
        .collection(CollectionDef.direct("issues", "OPTASK", "projectID"))
        .collection(CollectionDef.direct("hours", "HOUR", "projectID"))
        .collection(
            CollectionDef.direct("documents", "DOCU", "objID")
                .copiedUnless(CopyOptions.CLEAR_DOCUMENTS))
        .collection(CollectionDef.direct("notes", "NOTE", "objID"))
        // every assignment on the project's tasks and issues (they go with those)
        .collection(CollectionDef.direct("assignments", "ASSGN", "projectID"))
        .collection(AccessDefinitions.rulesOf());
  }

  private static ObjectType.Builder task() {
    return ObjectType.builder("TASK", "Task")
        .table("tasks")
        .altNames("task")
        .field(FieldDef.of("name", STRING).required())
        .field(FieldDef.of("description", TEXT))
        .field(FieldDef.of("projectID", ID).required().journaled().defaulted())
        .field(FieldDef.of("taskNumber", INT).readOnly().defaulted())
        .field(FieldDef.of("parentID", ID))
        .field(FieldDef.of("status", STRING).max(STATUS_LENGTH).required().journaled().defaulted())
        .field(FieldDef.of("percentComplete", DOUBLE).defaulted())
        .field(FieldDef.of("priority", INT))
        .field(FieldDef.of("plannedStartDate", DATE_TIME).defaulted())
        .field(FieldDef.of("plannedCompletionDate", DATE_TIME).defaulted())
        .field(FieldDef.of("actualStartDate", DATE_TIME))
        .field(FieldDef.of("actualCompletionDate", DATE_TIME))
        .field(FieldDef.of("assignedToID", ID).journaled())
        .field(FieldDef.of("work", DOUBLE))
        .field(FieldDef.of("actualWork", DOUBLE).readOnly())
        .field(FieldDef.of("categoryID", ID))
        .reference("project", "projectID", "PROJ")
        .reference("parent", "parentID", "TASK")
        .assigneeReference("assignedTo", "assignedToID")
        .reference("category", "categoryID", "CTGY")
        .collection(CollectionDef.direct("children", "TASK", "parentID").copied())
        .collection(assignments("taskID"))
        .collection(CollectionDef.direct("hours", "HOUR", "taskID"))
        .collection(CollectionDef.direct("issues", "OPTASK", "taskID"))
        .collection(CollectionDef.direct("notes", "NOTE", "objID"))
        .collection(
            CollectionDef.direct("documents", "DOCU", "objID")
                .copiedUnless(CopyOptions.CLEAR_DOCUMENTS))
        .collection(AccessDefinitions.rulesOf());
  }

  private static ObjectType.Builder issue() {
    return ObjectType.builder("OPTASK", "Issue")
        .table("issues")
        .altNames("issue", "optask")
        .field(FieldDef.of("name", STRING).required())
        .field(FieldDef.of("description", TEXT))
        .field(FieldDef.of("projectID", ID).required().journaled().defaulted())
        .field(FieldDef.of("taskID", ID))
        .field(FieldDef.of("status", STRING).max(STATUS_LENGTH).required().journaled().defaulted())
        .field(FieldDef.of("priority", INT))
        .field(FieldDef.of("severity", INT))
        .field(
            FieldDef.of("opTaskType", ENUM)
                .values("BUG", "CHG", "ISU", "REQ", "RSK")
                .required()
                .defaulted())
        .field(FieldDef.of("percentComplete", DOUBLE))
        .field(FieldDef.of("plannedCompletionDate", DATE_TIME))
        .field(FieldDef.of("actualCompletionDate", DATE_TIME))
        .field(FieldDef.of("assignedToID", ID).journaled())
        .field(FieldDef.of("ownerID", ID).journaled())
        .field(FieldDef.of("work", DOUBLE))
        .field(FieldDef.of("actualWork", DOUBLE).readOnly())
        .field(FieldDef.of("categoryID", ID))
        .reference("project", "projectID", "PROJ")
        .reference("task", "taskID", "TASK")
        .assigneeReference("assignedTo", "assignedToID")
        .assigneeReference("owner", "ownerID")
        .reference("category", "categoryID", "CTGY")
        .collection(assignments("opTaskID"))
        .collection(CollectionDef.direct("hours", "HOUR", "opTaskID"))
        .collection(
            CollectionDef.direct("notes", "NOTE", "objID").copiedUnless(CopyOptions.CLEAR_UPDATES))
        .collection(
            CollectionDef.direct("documents", "DOCU", "objID")
                .copiedUnless(CopyOptions.CLEAR_DOCUMENTS))
        .collection(AccessDefinitions.rulesOf());
  }

  /** Replacing the collection replaces the assignments (reference §5.4); users are the key. */
  private static CollectionDef assignments(String childField) {
    return CollectionDef.direct("assignments", "ASSGN", childField)
        .asWritable()
        .asOwned()
        .keyedBy("assignedToID", "roleID", "teamID")
        .copiedUnless(CopyOptions.CLEAR_ASSIGNMENTS);
  }
}
