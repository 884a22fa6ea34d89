package io.tasklane.users;

import io.tasklane.auth.ApiKeys;
import io.tasklane.auth.Authenticator;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.objects.ActionContext;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Behaviours;
import java.util.Optional;

/**
 * The USER API-key actions (reference §3.2, §12): {@code generateApiKey}, {@code getApiKey} (empty
 * result when none) and {@code clearApiKey}, for the user named by {@code username} + {@code
 * password} or else the caller. Nobody reads another user's key.
 */
final class ApiKeyActions {
  private final ApiKeys keys;
  private final Authenticator authenticator;

  ApiKeyActions(ApiKeys keys, Authenticator authenticator) {
    this.keys = keys;
    this.authenticator = authenticator;
  }

  void register(Behaviours.Builder b) {
    b.action(
        "USER",
        "generateApiKey",
        ctx -> ActionHandler.result(keys.generate(ctx.write().dsl(), owner(ctx))));
    b.action(
        "USER",
        "getApiKey",
        ctx -> ActionHandler.result(keys.current(ctx.write().dsl(), owner(ctx)).orElse("")));
    b.action(
        "USER",
        "clearApiKey",
        ctx -> {
          keys.clear(ctx.write().dsl(), owner(ctx));
          return ActionHandler.result(true);
        });
  }

  /** Whose key: the user whose credentials came with the call, which must be the caller's own. */
  private Principal owner(ActionContext ctx) {
    Principal caller = ctx.principal();
    Optional<String> username = ctx.params().first("username").filter(u -> !u.isBlank());
    Principal owner = caller;
    if (username.isPresent() && !username.get().trim().equalsIgnoreCase(caller.username())) {
      owner =
          authenticator.checkPassword(
              username.get(), ctx.params().first("password").orElse(""), Optional.empty());
    }
    if (ctx.id().isPresent() && !ctx.id().get().equals(owner.userId())) {
      throw ApiException.forbidden("API keys are only ever shown to their own user.");
    }
    return owner;
  }
}
