package io.tasklane.store;

import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A condition that a read's first statement must also meet, as SQL text with {@code ?} binds: "the
 * caller's credential still resolves to the same user", folded into the statement that reads the
 * data so that a read costs one round trip instead of two. The statement then answers nothing when
 * the guard fails, so an empty answer proves nothing and the caller checks the credential again in
 * full (api.Dispatcher).
 */
public record Guard(String sql, List<Object> binds) {
  public Guard {
    binds = List.copyOf(binds);
  }

  /** As a jOOQ condition with its values bound (the SQL casts what needs a type). */
  Condition condition() {
    return DSL.condition(sql, binds.toArray());
  }
}
