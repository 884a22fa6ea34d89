package io.tasklane.work;

import static io.tasklane.schema.FieldType.BOOLEAN;
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
import io.tasklane.schema.Registry;

/**
 * TMPL and TTSK (templates; a project created with {@code templateID} gets a task per template
 * task) and CSTEM (statuses, reference §4.7, §10.6: built-in ones plus custom ones that equate with
 * a built-in).
 */
public final class TemplateDefinitions {
  private TemplateDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("TMPL", "Template")
            .table("templates")
            .altNames("template")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("ownerID", ID).journaled())
            .field(FieldDef.of("categoryID", ID))
            .assigneeReference("owner", "ownerID")
            .reference("category", "categoryID", "CTGY")
            .collection(
                CollectionDef.direct("templateTasks", "TTSK", "templateID").asOwned().copied()));
    registry.add(
        ObjectType.builder("TTSK", "TemplateTask")
            .notCopyable()
            .label("Template Task")
            .table("template_tasks")
            .altNames("templatetask")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(
                FieldDef.of("templateID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("taskNumber", INT).readOnly().defaulted())
            .field(FieldDef.of("parentID", ID))
            .field(FieldDef.of("assignedToID", ID).journaled())
            .field(FieldDef.of("roleID", ID))
            .field(FieldDef.of("work", DOUBLE))
            .field(FieldDef.of("duration", DOUBLE).label("Duration (days)"))
            .field(FieldDef.of("startDay", INT).label("Start Day (from project start)"))
            .field(FieldDef.of("priority", INT))
            .reference("template", "templateID", "TMPL")
            .reference("parent", "parentID", "TTSK")
            .assigneeReference("assignedTo", "assignedToID")
            .reference("role", "roleID", "ROLE")
            .collection(CollectionDef.direct("children", "TTSK", "parentID").copied()));
    registry.add(
        ObjectType.builder("CSTEM", "CustomEnum")
            .notCopyable()
            .label("Custom Enum")
            .table("custom_enums")
            .altNames("customenum")
            .field(FieldDef.of("name", STRING))
            .field(FieldDef.of("label", STRING).defaulted())
            .field(
                FieldDef.of("value", STRING)
                    .column("enum_value")
                    .max(ProjectDefinitions.STATUS_LENGTH)
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("enumClass", ENUM)
                    .values(Statuses.CLASSES.toArray(String[]::new))
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("equatesWith", STRING)
                    .max(ProjectDefinitions.STATUS_LENGTH)
                    .defaulted())
            .field(FieldDef.of("color", STRING).max(16))
            .field(FieldDef.of("description", TEXT))
            .field(FieldDef.of("groupID", ID).flags(FieldFlag.CREATE_ONLY))
            .field(FieldDef.of("isHidden", BOOLEAN))
            .field(FieldDef.of("isPrimary", BOOLEAN))
            .field(FieldDef.of("valueAsInt", INT))
            .reference("group", "groupID", "GROUP"));
  }
}
