package io.tasklane.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

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

  /** As a jOOQ condition with its values bound (times typed, or PostgreSQL sees text). */
  Condition condition() {
    Object[] values = new Object[binds.size()];
    for (int i = 0; i < values.length; i++) {
      Object v = binds.get(i);
      values[i] =
          v instanceof OffsetDateTime t
              ? DSL.val(t, SQLDataType.TIMESTAMPWITHTIMEZONE)
              : DSL.val(v);
    }
    return DSL.condition(sql, values);
  }
}
