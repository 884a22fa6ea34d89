package io.tasklane.notes;

import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.STRING;
import static io.tasklane.schema.FieldType.TEXT;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;

/**
 * NOTE (an update or comment on a project, task, issue or document, threaded through {@code
 * parentNote}) and NTAG (a user or team tagged in a note; tagging a user hands them attention, so
 * the assignment guard applies).
 */
public final class NoteDefinitions {
  /** Object types that take notes. */
  static final String[] NOTE_OBJECTS = {"PROJ", "TASK", "OPTASK", "DOCU"};

  private NoteDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("NOTE", "Note")
            .notCopyable()
            .table("notes")
            .altNames("note")
            .field(FieldDef.of("name", STRING).virtual())
            .field(
                FieldDef.of("noteObjCode", ENUM)
                    .values(NOTE_OBJECTS)
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(FieldDef.of("objID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("projectID", ID).readOnly())
            .field(FieldDef.of("taskID", ID).readOnly())
            .field(FieldDef.of("opTaskID", ID).readOnly())
            .field(FieldDef.of("documentID", ID).readOnly())
            .field(FieldDef.of("ownerID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("noteText", TEXT).required().defaulted())
            .field(FieldDef.of("parentNoteID", ID).flags(FieldFlag.CREATE_ONLY))
            .field(FieldDef.of("threadID", ID).readOnly())
            .reference("project", "projectID", "PROJ")
            .reference("task", "taskID", "TASK")
            .reference("opTask", "opTaskID", "OPTASK")
            .reference("document", "documentID", "DOCU")
            .reference("owner", "ownerID", "USER")
            .reference("parentNote", "parentNoteID", "NOTE")
            .collection(CollectionDef.direct("replies", "NOTE", "parentNoteID"))
            .collection(
                CollectionDef.direct("tags", "NTAG", "noteID")
                    .asWritable()
                    .asOwned()
                    .keyedBy("objID")
                    .copied()));
    registry.add(
        ObjectType.builder("NTAG", "NoteTag")
            .notCopyable()
            .label("Note Tag")
            .table("note_tags")
            .altNames("notetag")
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("noteID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(
                FieldDef.of("objObjCode", ENUM)
                    .values("USER", "TEAMOB")
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(FieldDef.of("objID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("userID", ID).readOnly())
            .field(FieldDef.of("teamID", ID).readOnly())
            .reference("note", "noteID", "NOTE")
            .reference("user", "userID", "USER")
            .reference("team", "teamID", "TEAMOB"));
  }
}
