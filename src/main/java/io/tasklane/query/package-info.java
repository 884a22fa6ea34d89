/**
 * Request parameters to typed query specifications: filters with modifiers and wildcards, field
 * paths, sorting, paging and field selection, validated against the registry. No SQL here; the
 * store compiles what this package produces.
 */
package io.tasklane.query;
