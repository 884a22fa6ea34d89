package io.tasklane.api;

import io.tasklane.auth.Authenticator;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code login} and {@code logout} (reference §3.2, §12): login answers the session attributes the
 * official client reads and sets the session cookie (good for reads only).
 */
public final class SessionEndpoints {
  public static final String COOKIE = "sessionID";

  private final Authenticator authenticator;
  private final CustomerInfo customers;

  /** The customer's locale and currency, shown at login. */
  public interface CustomerInfo {
    Map<String, Object> describe(Principal p);
  }

  public SessionEndpoints(Authenticator authenticator, CustomerInfo customers) {
    this.authenticator = authenticator;
    this.customers = customers;
  }

  public Endpoint login() {
    return new Endpoint() {
      @Override
      public boolean writes(ApiCall call) {
        return true;
      }

      @Override
      public boolean anonymous() {
        return true;
      }

      @Override
      public ApiResult handle(ApiCall call, Optional<Principal> ignored) {
        String username =
            call.credentials()
                .username()
                .orElseThrow(() -> ApiException.badRequest("login needs username and password."));
        String password =
            call.credentials()
                .password()
                .orElseThrow(() -> ApiException.badRequest("login needs username and password."));
        Authenticator.Login login = authenticator.login(username, password, call.domain());
        Principal p = login.principal();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userID", p.userId());
        data.put("sessionID", login.sessionId());
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("currentAPIVersion", ApiPaths.NEWEST + ".0");
        version.put("apiVersion", call.version() + ".0");
        version.put("product", "Tasklane");
        data.put("versionInformation", version);
        data.putAll(customers.describe(p));
        return new ApiResult(data, Map.of(COOKIE, login.sessionId()));
      }
    };
  }

  public Endpoint logout() {
    return new Endpoint() {
      @Override
      public boolean writes(ApiCall call) {
        return false;
      }

      @Override
      public boolean anonymous() {
        return true;
      }

      @Override
      public ApiResult handle(ApiCall call, Optional<Principal> ignored) {
        Optional<String> token =
            call.credentials().sessionId().or(() -> call.credentials().cookieSession());
        if (token.isEmpty()) {
          throw ApiException.unauthenticated("logout needs the session to end (sessionID).");
        }
        authenticator.logout(token.get());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("success", true);
        return new ApiResult(data, Map.of(COOKIE, ""));
      }
    };
  }
}
