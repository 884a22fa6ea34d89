/**
 * The object registry: every object type's code, names, table, fields, references, collections and
 * default fields. It feeds validation, SQL compilation, projection and the metadata endpoint; it
 * holds no behaviour (rules and actions live in the feature packages).
 */
package io.tasklane.schema;
