package io.tasklane.common;

import java.util.List;

/** A failure the caller caused or may act on; its message names the offending part. */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final List<String> attributes;

  public ApiException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public ApiException(ErrorCode code, String message, List<String> attributes) {
    super(message, null, false, false);
    this.code = code;
    this.attributes = List.copyOf(attributes);
  }

  public ErrorCode code() {
    return code;
  }

  public List<String> attributes() {
    return attributes;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(ErrorCode.BAD_REQUEST, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(ErrorCode.NOT_FOUND, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(ErrorCode.FORBIDDEN, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(ErrorCode.CONFLICT, message);
  }

  public static ApiException rule(String message) {
    return new ApiException(ErrorCode.BUSINESS_RULE, message);
  }

  public static ApiException unauthenticated(String message) {
    return new ApiException(ErrorCode.NOT_AUTHENTICATED, message);
  }
}
