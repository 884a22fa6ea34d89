package io.tasklane.store;

import java.time.Instant;
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
public record Guard(String sql, List<Object> binds, List<Object> credential, Instant at) {
  /**
   * @param binds the values of the SQL's {@code ?}, in order
   * @param credential the binds that name the credential and the user's values compared, without
   *     the moment: guards with equal SQL and credential differ only in {@code at}
   * @param at the moment the guard checks expiry against, which is in {@code binds}
   */
  public Guard {
    binds = List.copyOf(binds);
    credential = List.copyOf(credential);
  }

  /** As a jOOQ condition with its values bound (the SQL casts what needs a type). */
  Condition condition() {
    return DSL.condition(sql, binds.toArray());
  }
}
