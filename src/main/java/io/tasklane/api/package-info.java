/**
 * The Workfront API independent of HTTP: a parsed call (version, path segments, parameters, JSON
 * body, credentials) is dispatched to login, logout, metadata, batch, feature endpoints or the
 * generic object operations, inside the right transaction. Batch sub-requests re-enter here.
 */
package io.tasklane.api;
