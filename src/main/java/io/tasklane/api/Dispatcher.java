package io.tasklane.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tasklane.auth.Authenticator;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.common.Ids;
import io.tasklane.objects.ObjectApi;
import io.tasklane.query.JsonInput;
import io.tasklane.query.Params;
import io.tasklane.schema.ObjectType;
import io.tasklane.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Routes a call by its path segments (reference §1.2): top-level endpoints, {@code metadata}, then
 * {@code /<obj>}, {@code /<obj>/<id>}, {@code /<obj>/search|count|report|metadata}, {@code
 * /<obj>/<named query or action>} and {@code /<obj>/<id>/<action>}. An {@code action} parameter and
 * the search/count/report segments win whatever the effective verb (client quirks, §12.2). Reads
 * run auto-committed; each write runs in one transaction unless the caller (an atomic batch)
 * already holds one.
 */
public final class Dispatcher {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
  private static final String USER_WILDCARD = "$$USER";

  private final Database database;
  private final ObjectApi api;
  private final Authenticator authenticator;
  private final Map<String, Endpoint> endpoints;
  private final Metadata metadata;

  public Dispatcher(
      Database database,
      ObjectApi api,
      Authenticator authenticator,
      Map<String, Endpoint> endpoints,
      Metadata metadata) {
    this.database = database;
    this.api = api;
    this.authenticator = authenticator;
    this.endpoints = Map.copyOf(endpoints);
    this.metadata = metadata;
    this.batch = new Batch(this, database);
  }

  private final Batch batch;
  private final SharedReads sharedReads = new SharedReads();

  public ApiResult handle(ApiCall call) {
    String method = call.method();
    if (!METHODS.contains(method)) {
      throw ApiException.badRequest(
          "Unknown method '" + method + "'; use GET, POST, PUT or DELETE.");
    }
    if (call.segments().isEmpty()) {
      throw ApiException.notFound(
          "No object type in the path; try " + call.versionRoot() + "/user/search.");
    }
    String first = call.segments().get(0).toLowerCase(Locale.ROOT);
    Endpoint endpoint = endpoints.get(first);
    if (endpoint != null && call.segments().size() == 1) {
      Optional<Principal> p =
          endpoint.anonymous()
              ? Optional.empty()
              : Optional.of(principal(call, endpoint.writes(call)));
      return endpoint.handle(call, p);
    }
    if (first.equals("batch") && call.segments().size() == 1) {
      return batch.run(call);
    }
    if (first.equals("metadata") && call.segments().size() == 1) {
      return ApiResult.of(metadata.all());
    }
    Target t = target(call);
    if (t.op == Op.METADATA) {
      return ApiResult.of(metadata.of(t.type, call.versionRoot()));
    }
    if (t.op.guarded) {
      Optional<Principal> remembered = authenticator.remembered(call.credentials());
      if (remembered.isPresent()) {
        return ApiResult.of(guardedRead(t, call, remembered.get()));
      }
    }
    Principal p = principal(call, t.op.writes);
    return ApiResult.of(execute(t, call, p, Optional.empty()));
  }

  /**
   * A read as a principal remembered from an earlier request, with the credential check folded into
   * the read's first statement (Authenticator#remembered): one round trip instead of two. A
   * non-empty answer proves the credential. Nothing found, or an error, proves nothing: then the
   * credential is checked in full — a revoked one answers 401 — and when it now stands for someone
   * else (a new access level, say) the read runs again as that principal.
   */
  private Object guardedRead(Target t, ApiCall call, Principal remembered) {
    Object result = null;
    ApiException failure = null;
    try {
      result = execute(t, call, remembered, Optional.empty());
      if (!unconfirmed(result)) {
        return result;
      }
    } catch (ApiException e) {
      failure = e;
    }
    Principal p = principal(call, false); // a revoked credential answers 401 here
    if (!p.equals(remembered.withoutReadGuard())) {
      return execute(t, call, p, Optional.empty());
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /** Answers of guarded reads that do not show the guard held: no objects, a count of 0. */
  private static boolean unconfirmed(Object result) {
    if (result instanceof java.util.Collection<?> c) {
      return c.isEmpty();
    }
    if (result instanceof Map<?, ?> m) {
      return m.isEmpty() || Long.valueOf(0).equals(m.get("count"));
    }
    return false;
  }

  /**
   * Runs a call as {@code p}, inside {@code tx} when given (atomic batches). A read outside a
   * transaction is shared with identical ones waiting with it (SharedReads).
   */
  Object execute(Target t, ApiCall call, Principal p, Optional<DSLContext> tx) {
    if (tx.isPresent()) {
      return work(t, call, p).apply(tx.get());
    }
    if (t.op.writes) {
      return database.transaction(work(t, call, p));
    }
    if (t.op == Op.GET && t.ids.size() == 1) {
      // shared a level lower: one statement for GETs of one object each (store.CoalescedLoads)
      return database.read(work(t, call, p));
    }
    return sharedReads.read(t, call, p, as -> database.read(work(t, call, as)));
  }

  /** Reads answered by a run shared with identical ones (/metrics). */
  public long sharedReads() {
    return sharedReads.shared();
  }

  private Function<DSLContext, Object> work(Target t, ApiCall call, Principal p) {
    Params params = call.params();
    Optional<JsonNode> updates = updates(call);
    return switch (t.op) {
      case GET -> dsl -> api.get(dsl, p, t.type, t.ids, t.single, params);
      case SEARCH -> dsl -> api.search(dsl, p, t.type, params);
      case COUNT -> dsl -> api.count(dsl, p, t.type, params);
      case REPORT -> dsl -> api.report(dsl, p, t.type, params);
      case NAMED_QUERY -> dsl -> api.namedQuery(dsl, p, t.type, t.name, params);
      case CREATE -> dsl -> api.create(dsl, p, t.type, params, updates);
      case EDIT -> dsl -> api.edit(dsl, p, t.type, t.ids.stream().findFirst(), params, updates);
      case DELETE -> dsl -> api.delete(dsl, p, t.type, t.ids, params);
      case ACTION ->
          dsl -> api.action(dsl, p, t.type, t.ids.stream().findFirst(), t.name, params, updates);
      case METADATA -> dsl -> metadata.of(t.type, call.versionRoot());
    };
  }

  Principal principal(ApiCall call, boolean write) {
    return authenticator
        .authenticate(call.credentials(), write, call.domain())
        .orElseThrow(
            () ->
                ApiException.unauthenticated(
                    "Not authenticated: send a sessionID (header or parameter) or an apiKey."));
  }

  /** The {@code updates} JSON: the request body, else the {@code updates} parameter. */
  static Optional<JsonNode> updates(ApiCall call) {
    if (call.body().isPresent()) {
      return call.body();
    }
    return call.params().first("updates").map(u -> JsonInput.parse(u, "updates"));
  }

  enum Op {
    GET(false, true),
    SEARCH(false, true),
    COUNT(false, true),
    REPORT(false, false),
    NAMED_QUERY(false, false),
    METADATA(false, false),
    CREATE(true, false),
    EDIT(true, false),
    DELETE(true, false),
    ACTION(true, false);

    final boolean writes;

    /**
     * Reads whose first statement carries the credential's guard, and whose answer is empty when it
     * fails (a report's totals, or a named query's own statements, would not be).
     */
    final boolean guarded;

    Op(boolean writes, boolean guarded) {
      this.writes = writes;
      this.guarded = guarded;
    }
  }

  /** What a call addresses: operation, type, IDs and the action or named-query name. */
  record Target(Op op, ObjectType type, List<String> ids, boolean single, String name) {}

  Target target(ApiCall call) {
    List<String> seg = call.segments();
    ObjectType type =
        api.registry()
            .find(seg.get(0))
            .orElseThrow(() -> ApiException.notFound("Unknown object code '" + seg.get(0) + "'."));
    String method = call.method();
    Optional<String> action = call.params().first("action").filter(a -> !a.isBlank());
    if (seg.size() == 1) {
      List<String> ids = idParams(call.params());
      boolean single =
          ids.size() == 1
              && call.params().all("id").size() == 1
              && !call.params().all("id").get(0).contains(",");
      if (action.isPresent()) {
        return new Target(Op.ACTION, type, ids, single, action.get());
      }
      return switch (method) {
        case "GET" -> {
          if (ids.isEmpty()) {
            throw ApiException.badRequest(
                "GET "
                    + type.code()
                    + " needs an ID (…/"
                    + type.code()
                    + "/<ID> or ?id=),"
                    + " or use …/"
                    + type.code()
                    + "/search.");
          }
          yield new Target(Op.GET, type, ids, single, null);
        }
        case "POST" -> new Target(Op.CREATE, type, ids, single, null);
        case "PUT" -> new Target(Op.EDIT, type, ids, single, null);
        default -> new Target(Op.DELETE, type, ids, single, null);
      };
    }
    String second = seg.get(1);
    if (seg.size() == 2 && (Ids.isId(second) || second.equals(USER_WILDCARD))) {
      List<String> ids = List.of(second);
      if (action.isPresent()) {
        return new Target(Op.ACTION, type, ids, true, action.get());
      }
      return switch (method) {
        case "GET" -> new Target(Op.GET, type, ids, true, null);
        case "PUT" -> new Target(Op.EDIT, type, ids, true, null);
        case "DELETE" -> new Target(Op.DELETE, type, ids, true, null);
        default ->
            throw new ApiException(
                ErrorCode.METHOD_NOT_ALLOWED,
                "POST creates objects at …/"
                    + type.code()
                    + "; edit with PUT …/"
                    + type.code()
                    + "/<ID>.");
      };
    }
    if (seg.size() == 3 && Ids.isId(second)) {
      return new Target(Op.ACTION, type, List.of(second), true, seg.get(2));
    }
    if (seg.size() == 2) {
      switch (second.toLowerCase(Locale.ROOT)) {
        case "search":
          return new Target(Op.SEARCH, type, List.of(), false, null);
        case "count":
          return new Target(Op.COUNT, type, List.of(), false, null);
        case "report":
          return new Target(Op.REPORT, type, List.of(), false, null);
        case "metadata":
          return new Target(Op.METADATA, type, List.of(), false, null);
        default:
          boolean hasQuery = api.behaviours().namedQuery(type, second).isPresent();
          boolean hasAction = api.behaviours().action(type, second).isPresent();
          if (hasQuery && (method.equals("GET") || !hasAction)) {
            return new Target(Op.NAMED_QUERY, type, List.of(), false, second);
          }
          if (hasAction) {
            return new Target(Op.ACTION, type, idParams(call.params()), false, second);
          }
          if (second.length() == 32 || second.matches("[0-9a-fA-F]{20,}")) {
            throw ApiException.badRequest(
                "Invalid ID '" + second + "'; IDs are 32 hexadecimal characters.");
          }
          throw ApiException.notFound(
              "Unknown operation, named query or action '"
                  + second
                  + "' on "
                  + type.code()
                  + "; named queries: "
                  + api.behaviours().queryNames(type)
                  + ", actions: "
                  + api.behaviours().actionNames(type)
                  + ".");
      }
    }
    throw ApiException.notFound("Unknown path " + String.join("/", seg) + ".");
  }

  /** IDs from {@code id=a,b} and repeated {@code id=} (reference §1.2, §12). */
  static List<String> idParams(Params params) {
    List<String> ids = new ArrayList<>();
    for (String v : params.all("id")) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          ids.add(part.trim());
        }
      }
    }
    return ids;
  }
}
