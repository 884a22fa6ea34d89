package io.tasklane.store;

/**
 * The customer every statement is confined to. The store adds {@code customer_id = ?} to every
 * table it touches, so cross-customer reads and writes are impossible by construction.
 */
public record Scope(String customerId) {}
