package io.tasklane.objects;

import io.tasklane.auth.Principal;
import io.tasklane.query.Caller;
import org.jooq.DSLContext;

/** Builds the query language's view of a principal (its {@code $$USER} values, loaded lazily). */
@FunctionalInterface
public interface CallerFactory {
  Caller caller(DSLContext dsl, Principal principal);
}
