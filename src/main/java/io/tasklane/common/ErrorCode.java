package io.tasklane.common;

/**
 * The one error vocabulary. HTTP renders each code as a status and the Workfront error body
 * (reference §2.3, §12); the CLI renders it as an exit code.
 */
public enum ErrorCode {
  BAD_REQUEST(400, "com.attask.common.InvalidParameterException", "exception.invalidparameter"),
  /** Workfront's own class for an over-large {@code $$LIMIT} (reference §4.5). */
  ILLEGAL_ARGUMENT(400, "java.lang.IllegalArgumentException", "exception.illegalargument"),
  MALFORMED_JSON(400, "com.attask.common.JSONParseException", "exception.json"),
  NOT_AUTHENTICATED(401, "com.attask.common.AuthenticationException", "exception.attask"),
  FORBIDDEN(403, "com.attask.common.SecurityException", "exception.security"),
  NOT_FOUND(404, "com.attask.common.NotFoundException", "exception.notfound"),
  METHOD_NOT_ALLOWED(
      405, "com.attask.common.UnsupportedOperationException", "exception.unsupported"),
  CONFLICT(409, "com.attask.common.ConflictException", "exception.conflict"),
  LICENSE_LIMIT(409, "com.attask.common.LicenseLimitException", "exception.license"),
  LOCKED(423, "com.attask.common.AccountLockedException", "exception.locked"),
  PAYLOAD_TOO_LARGE(413, "com.attask.common.RequestTooLargeException", "exception.toolarge"),
  URI_TOO_LONG(414, "com.attask.common.RequestTooLargeException", "exception.toolarge"),
  BUSINESS_RULE(422, "com.attask.common.ValidationException", "exception.validation"),
  INACTIVE_USER(422, "com.attask.common.InactiveUserException", "exception.inactiveuser"),
  TOO_MANY_REQUESTS(429, "com.attask.common.TooManyRequestsException", "exception.toomany"),
  INTERNAL(500, "com.attask.common.InternalException", "exception.internal"),
  UNAVAILABLE(503, "com.attask.common.ServiceUnavailableException", "exception.unavailable");

  private final int status;
  private final String className;
  private final String msgKey;

  ErrorCode(int status, String className, String msgKey) {
    this.status = status;
    this.className = className;
    this.msgKey = msgKey;
  }

  public int status() {
    return status;
  }

  public String className() {
    return className;
  }

  public String msgKey() {
    return msgKey;
  }
}
