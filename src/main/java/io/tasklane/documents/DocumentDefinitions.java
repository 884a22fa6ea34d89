package io.tasklane.documents;

import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.INT;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.access.AccessDefinitions;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;

/**
 * DOCU (a document attached to a project, task, issue or user) and DOCV (its versions, each the
 * bytes of one upload, reference §5.3). A document is created from an upload {@code handle}; the
 * bytes live in the content store, only metadata in the database.
 */
public final class DocumentDefinitions {
  static final String[] DOC_OBJECTS = {"PROJ", "TASK", "OPTASK", "USER"};

  private DocumentDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("DOCU", "Document")
            .table("documents")
            .altNames("document")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(
                FieldDef.of("docObjCode", ENUM)
                    .values(DOC_OBJECTS)
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(FieldDef.of("objID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("projectID", ID).readOnly())
            .field(FieldDef.of("taskID", ID).readOnly())
            .field(FieldDef.of("opTaskID", ID).readOnly())
            .field(FieldDef.of("ownerID", ID).journaled())
            .field(FieldDef.of("currentVersionID", ID).readOnly())
            .field(FieldDef.of("categoryID", ID))
            .field(FieldDef.of("handle", STRING).input())
            .reference("project", "projectID", "PROJ")
            .reference("task", "taskID", "TASK")
            .reference("opTask", "opTaskID", "OPTASK")
            .reference("owner", "ownerID", "USER")
            .reference("currentVersion", "currentVersionID", "DOCV")
            .reference("category", "categoryID", "CTGY")
            .collection(CollectionDef.direct("versions", "DOCV", "documentID").asOwned().copied())
            .collection(CollectionDef.direct("notes", "NOTE", "objID"))
            .collection(AccessDefinitions.rulesOf()));
    registry.add(
        ObjectType.builder("DOCV", "DocumentVersion")
            .notCopyable()
            .label("Document Version")
            .table("document_versions")
            .altNames("documentversion")
            .field(FieldDef.of("name", STRING).virtual())
            .field(
                FieldDef.of("documentID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("version", STRING).max(64).defaulted())
            .field(FieldDef.of("fileName", STRING).defaulted())
            .field(FieldDef.of("fileExtension", STRING).max(32).readOnly())
            .field(FieldDef.of("docSize", INT).readOnly().defaulted())
            .field(FieldDef.of("format", STRING).readOnly())
            .field(FieldDef.of("handle", STRING).input())
            .reference("document", "documentID", "DOCU"));
  }
}
