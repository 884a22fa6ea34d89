package io.tasklane.access;

import static io.tasklane.schema.FieldType.ENUM;
import static io.tasklane.schema.FieldType.ID;
import static io.tasklane.schema.FieldType.STRING;

import io.tasklane.objects.CopyOptions;
import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.FieldFlag;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;

/**
 * ACSRUL: a share of one object with a user, team, group, job role or company at a level (View,
 * Contribute, Manage; reference §5.6). Objects carry them as their {@code accessRules} collection;
 * a share of a project applies to its tasks, issues and documents.
 */
public final class AccessDefinitions {
  /** Types that can be shared. */
  public static final String[] SHAREABLE = {"PROJ", "TASK", "OPTASK", "DOCU"};

  public static final String[] ACCESSORS = {"USER", "TEAMOB", "GROUP", "ROLE", "CMPY"};

  private AccessDefinitions() {}

  /** The {@code accessRules} collection of a shareable type: replaced whole, one per accessor. */
  public static CollectionDef rulesOf() {
    return CollectionDef.direct("accessRules", "ACSRUL", "securityObjID")
        .asWritable()
        .asOwned()
        .keyedBy("accessorID")
        .copiedUnless(CopyOptions.CLEAR_PERMISSIONS);
  }

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("ACSRUL", "AccessRule")
            .notCopyable()
            .label("Access Rule")
            .table("access_rules")
            .altNames("accessrule")
            .field(FieldDef.of("name", STRING).virtual())
            .field(
                FieldDef.of("securityObjCode", ENUM)
                    .values(SHAREABLE)
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("securityObjID", ID)
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("accessorObjCode", ENUM)
                    .values(ACCESSORS)
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("accessorID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("coreAction", ENUM).values(Level.names()).journaled().defaulted()));
  }
}
