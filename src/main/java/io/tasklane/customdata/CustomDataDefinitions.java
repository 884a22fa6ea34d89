package io.tasklane.customdata;

import static io.tasklane.schema.FieldType.BOOLEAN;
import static io.tasklane.schema.FieldType.DATE_TIME;
import static io.tasklane.schema.FieldType.DECIMAL;
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
 * Custom forms (reference §1.3, §4.1): CTGY (a form for one object type), PARAM (a custom field,
 * addressed as {@code DE:<name>}), CTGYPA (a field on a form), POPT (the choices of a drop-down,
 * radio, check-box or multi-select field) and the internal PVAL (the stored values, one row per
 * value, keyed by object and parameter).
 */
public final class CustomDataDefinitions {
  static final String VALUES = "PVAL";

  /** Object types that carry custom forms. */
  static final String[] FORM_OBJECTS = {"PROJ", "TASK", "OPTASK", "DOCU", "TMPL"};

  private CustomDataDefinitions() {}

  public static void define(Registry.Builder registry) {
    registry.add(
        ObjectType.builder("CTGY", "Category")
            .label("Custom Form")
            .table("categories")
            .altNames("category")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(
                FieldDef.of("catObjCode", ENUM)
                    .values(FORM_OBJECTS)
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(FieldDef.of("groupID", ID))
            .reference("group", "groupID", "GROUP")
            .collection(
                CollectionDef.direct("categoryParameters", "CTGYPA", "categoryID")
                    .asWritable()
                    .asOwned()
                    .keyedBy("parameterID"))
            .collection(
                CollectionDef.through(
                    "parameters", "PARAM", "CTGYPA", "categoryID", "parameterID")));
    registry.add(
        ObjectType.builder("PARAM", "Parameter")
            .notCopyable()
            .label("Custom Field")
            .table("parameters")
            .altNames("parameter")
            .field(FieldDef.of("name", STRING).required())
            .field(FieldDef.of("description", TEXT))
            .field(
                FieldDef.of("dataType", ENUM)
                    .values(DataType.names())
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .field(
                FieldDef.of("displayType", ENUM)
                    .values(DisplayType.names())
                    .required()
                    .flags(FieldFlag.CREATE_ONLY)
                    .defaulted())
            .collection(
                CollectionDef.direct("parameterOptions", "POPT", "parameterID")
                    .asWritable()
                    .asOwned()
                    .keyedBy("value"))
            .collection(CollectionDef.direct("categoryParameters", "CTGYPA", "parameterID")));
    registry.add(
        ObjectType.builder("CTGYPA", "CategoryParameter")
            .notCopyable()
            .label("Custom Form Field")
            .table("category_parameters")
            .altNames("categoryparameter")
            .field(FieldDef.of("name", STRING).virtual())
            .field(
                FieldDef.of("categoryID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(
                FieldDef.of("parameterID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("displayOrder", INT))
            .field(FieldDef.of("isRequired", BOOLEAN))
            .reference("category", "categoryID", "CTGY")
            .reference("parameter", "parameterID", "PARAM"));
    registry.add(
        ObjectType.builder("POPT", "ParameterOption")
            .notCopyable()
            .label("Custom Field Option")
            .table("parameter_options")
            .altNames("parameteroption")
            .field(FieldDef.of("name", STRING).virtual())
            .field(
                FieldDef.of("parameterID", ID).required().flags(FieldFlag.CREATE_ONLY).defaulted())
            .field(FieldDef.of("value", STRING).column("option_value").required().defaulted())
            .field(FieldDef.of("label", STRING))
            .field(FieldDef.of("displayOrder", INT))
            .field(FieldDef.of("isHidden", BOOLEAN))
            .reference("parameter", "parameterID", "PARAM"));
    registry.add(
        ObjectType.builder(VALUES, "ParameterValue")
            .notCopyable()
            .table("custom_values")
            .internal()
            .field(FieldDef.of("name", STRING).virtual())
            .field(FieldDef.of("objID", ID).required())
            .field(FieldDef.of("objObjCode", STRING).max(16).required())
            .field(FieldDef.of("parameterID", ID).required())
            .field(FieldDef.of("textValue", TEXT))
            .field(FieldDef.of("numberValue", DECIMAL))
            .field(FieldDef.of("dateValue", DATE_TIME))
            .reference("parameter", "parameterID", "PARAM"));
  }
}
