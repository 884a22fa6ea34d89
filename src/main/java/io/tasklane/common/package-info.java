/**
 * Error vocabulary, identifiers and tiny value types shared by every other package. Depends on
 * nothing; nothing here knows about HTTP, SQL or any object type.
 */
package io.tasklane.common;
