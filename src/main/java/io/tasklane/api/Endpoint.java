package io.tasklane.api;

import io.tasklane.auth.Principal;
import java.util.Optional;

/** A top-level API endpoint other than an object type ({@code upload}, {@code batch} …). */
public interface Endpoint {
  /** Whether the endpoint changes data: then it needs explicit credentials (reference §3.1). */
  boolean writes(ApiCall call);

  /** Whether it may be called without credentials. */
  default boolean anonymous() {
    return false;
  }

  ApiResult handle(ApiCall call, Optional<Principal> principal);
}
