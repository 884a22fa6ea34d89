package io.tasklane.objects;

import io.tasklane.auth.Principal;
import io.tasklane.query.Params;
import io.tasklane.schema.ObjectType;
import org.jooq.DSLContext;

/** A named query ({@code GET /<obj>/<name>}, reference §4.7); returns the response's data. */
@FunctionalInterface
public interface NamedQuery {
  Object run(ObjectApi api, Principal principal, ObjectType type, Params params, DSLContext dsl);
}
