/**
 * Everything that talks SQL: engine detection, the connection pool, transactions, Flyway, the jOOQ
 * compilation of query specs and writes, and translation of driver errors into domain errors. Every
 * statement built here is scoped to one customer; identifiers come only from the registry.
 */
package io.tasklane.store;
