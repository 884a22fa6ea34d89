/**
 * The generic object operations every request passes through: get, search, count, create, edit,
 * delete, bulk, actions and named queries; the write pipeline with its rule hooks, reference
 * checks, the one assignment guard, journal entries and outbox events; and projection of rows into
 * nested response objects. It knows no object type by name: features plug in through {@link
 * io.tasklane.objects.Behaviours}.
 */
package io.tasklane.objects;
