package io.tasklane.store;

import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage names its failures: driver errors become domain errors by SQLState (unique violation →
 * conflict, foreign key → conflict, serialization failure → conflict to retry), with a message per
 * known constraint that features register.
 */
public final class SqlErrors {
  private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

  private final Map<String, String> constraintMessages;

  /**
   * @param constraintMessages lower-case constraint or index name → sentence for the caller
   */
  public SqlErrors(Map<String, String> constraintMessages) {
    this.constraintMessages = Map.copyOf(constraintMessages);
  }

  public RuntimeException translate(RuntimeException e) {
    if (e instanceof ApiException) {
      return e;
    }
    Optional<SQLException> sql = sqlCause(e);
    if (sql.isEmpty()) {
      return e;
    }
    if (sql.get() instanceof java.sql.SQLTransientConnectionException) {
      // The pool had no free connection in time: an overloaded server, not a broken request.
      return new ApiException(
          ErrorCode.UNAVAILABLE, "The server is busy: no database connection was free; retry.");
    }
    String state = Optional.ofNullable(sql.get().getSQLState()).orElse("");
    String text = Optional.ofNullable(sql.get().getMessage()).orElse("");
    String known = knownConstraint(text);
    switch (state) {
      case "23505":
        return new ApiException(
            ErrorCode.CONFLICT, known != null ? known : "A unique value is already in use.");
      case "23503":
      case "23506":
        return new ApiException(
            ErrorCode.CONFLICT,
            known != null
                ? known
                : "The change would break a reference between objects (a referenced object is"
                    + " missing, or other objects still refer to this one).");
      case "23502":
        return ApiException.badRequest("A required value is missing.");
      case "22001":
        return ApiException.badRequest("A value is longer than its field allows.");
      case "40001":
      case "40P01":
      case "55P03":
      case "HYT00":
        return new ApiException(
            ErrorCode.CONFLICT, "The object is being changed by another request; retry.");
      default:
        LOG.debug("untranslated SQL state {}: {}", state, text);
        return e;
    }
  }

  private String knownConstraint(String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    return constraintMessages.entrySet().stream()
        .filter(entry -> lower.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static Optional<SQLException> sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
