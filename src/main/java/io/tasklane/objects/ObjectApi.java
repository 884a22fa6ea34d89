package io.tasklane.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.common.Ids;
import io.tasklane.query.Caller;
import io.tasklane.query.FieldPath;
import io.tasklane.query.Filter;
import io.tasklane.query.Modifier;
import io.tasklane.query.Params;
import io.tasklane.query.QueryParser;
import io.tasklane.query.QuerySpec;
import io.tasklane.query.ReportSpec;
import io.tasklane.query.Selection;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Operation;
import io.tasklane.schema.Registry;
import io.tasklane.store.ObjectReader;
import io.tasklane.store.Scope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The generic object operations (reference §1.2): get, search, count, create, edit, bulk, delete,
 * actions and named queries. Each takes the transaction (or auto-commit context) chosen by the
 * caller, so a batch can run many of them atomically.
 */
public final class ObjectApi {
  /** At most this many objects per bulk create or edit (reference §4.8). */
  public static final int MAX_BULK = 100;

  private final Registry registry;
  private final QueryParser parser;
  private final ObjectReader reader;
  private final Writes writes;
  private final Behaviours behaviours;
  private final CallerFactory callers;
  private final Projector projector;
  private final Visibility visibility;
  private final Clock clock;

  public ObjectApi(
      Registry registry,
      QueryParser parser,
      ObjectReader reader,
      Writes writes,
      Behaviours behaviours,
      CallerFactory callers,
      CustomValues customValues,
      Clock clock) {
    this.registry = registry;
    this.parser = parser;
    this.reader = reader;
    this.writes = writes;
    this.behaviours = behaviours;
    this.callers = callers;
    this.clock = clock;
    this.projector = new Projector(registry, reader, customValues);
    this.visibility = new Visibility(behaviours, parser);
  }

  public Registry registry() {
    return registry;
  }

  public Writes writes() {
    return writes;
  }

  public QueryParser parser() {
    return parser;
  }

  public Behaviours behaviours() {
    return behaviours;
  }

  /** Reads of one object answered by a statement shared with concurrent ones (/metrics). */
  public long sharedLoads() {
    return reader.sharedLoads();
  }

  /** Objects by ID: one object for {@code single}, else an array in the order asked. */
  public Object get(
      DSLContext dsl,
      Principal p,
      ObjectType type,
      List<String> ids,
      boolean single,
      Params params) {
    require(type, Operation.GET);
    List<String> normal = new ArrayList<>();
    for (String id : ids) {
      normal.add(id(p, id));
    }
    if (normal.size() > QuerySpec.MAX_LIMIT) {
      throw new ApiException(
          ErrorCode.ILLEGAL_ARGUMENT, "At most " + QuerySpec.MAX_LIMIT + " IDs per request.");
    }
    Caller caller = callers.caller(dsl, p);
    Selection selection = parser.selection(type, params, caller);
    Filter visible = visibility.filter(type, p, caller, false);
    List<Map<String, Object>> objects;
    Optional<List<Filter.Compare>> simple = ObjectReader.valueless(visible);
    if (simple.isPresent()) {
      // Nothing restricts this caller but value-less conditions (a deleted tombstone is gone):
      // the load by ID, whose SQL is rendered once per shape.
      List<Map<String, Object>> rows =
          reader.byIds(
              dsl,
              readScope(p),
              type,
              new LinkedHashSet<>(normal),
              Projector.shapeFor(selection),
              simple.get());
      objects = projector.project(dsl, reading(p, caller), selection, rows, p.zone());
    } else {
      Filter byId = new Filter.Compare(idPath(type), Modifier.IN, new ArrayList<Object>(normal));
      QuerySpec spec =
          new QuerySpec(
              type, and(byId, visible), List.of(), 0, Math.max(1, normal.size()), selection);
      objects = run(dsl, p, caller, spec);
    }
    Map<String, Map<String, Object>> byId2 = new LinkedHashMap<>();
    objects.forEach(o -> byId2.put(o.get("ID").toString(), o));
    List<Object> out = new ArrayList<>();
    for (String id : normal) {
      Map<String, Object> o = byId2.get(id);
      if (o == null) {
        throw ApiException.notFound(type.code() + " " + id + " was not found.");
      }
      out.add(o);
    }
    return single ? out.get(0) : out;
  }

  /** {@code search}: an array, or with {@code map=true} an object keyed by ID (§4.6). */
  public Object search(DSLContext dsl, Principal p, ObjectType type, Params params) {
    require(type, Operation.SEARCH);
    return searchWith(dsl, p, type, params, Params.empty());
  }

  /** A search with extra filter pairs that the caller did not send (named queries). */
  public Object searchWith(
      DSLContext dsl, Principal p, ObjectType type, Params params, Params extraFilters) {
    Caller caller = callers.caller(dsl, p);
    QuerySpec spec = parser.search(type, params, caller);
    Filter filter =
        and(
            spec.filter(),
            and(
                visibility.filter(type, p, caller, true),
                new Filter.Trusted(parser.filter(type, extraFilters, caller))));
    spec = new QuerySpec(type, filter, spec.sorts(), spec.first(), spec.limit(), spec.selection());
    List<Map<String, Object>> objects = run(dsl, p, caller, spec);
    if (params.flag("map")) {
      Map<String, Object> map = new LinkedHashMap<>();
      objects.forEach(o -> map.put(o.get("ID").toString(), o));
      return map;
    }
    return objects;
  }

  public Map<String, Object> count(DSLContext dsl, Principal p, ObjectType type, Params params) {
    require(type, Operation.COUNT);
    Caller caller = callers.caller(dsl, p);
    Filter filter =
        and(parser.filter(type, params, caller), visibility.filter(type, p, caller, true));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", reader.count(dsl, readScope(p, caller), type, filter));
    return out;
  }

  /**
   * {@code report} (reference §4.6): objects keyed by the first group's value, nested per further
   * level; each leaf holds its aggregates and group values; {@code $$ROLLUP} adds totals per level.
   */
  public Map<String, Object> report(DSLContext dsl, Principal p, ObjectType type, Params params) {
    require(type, Operation.REPORT);
    Caller caller = callers.caller(dsl, p);
    ReportSpec asked = parser.report(type, params, caller);
    ReportSpec spec =
        new ReportSpec(
            type,
            and(asked.filter(), visibility.filter(type, p, caller, true)),
            asked.groupBy(),
            asked.aggregates(),
            asked.rollup());
    return Reports.shape(
        spec,
        level -> reader.report(dsl, narrowed(p, caller), spec, level),
        v -> Projector.render(v, p.zone()));
  }

  /** Create one object, or a bulk create from a JSON array (§5.8). */
  public Object create(
      DSLContext dsl, Principal p, ObjectType type, Params params, Optional<JsonNode> updates) {
    WriteContext ctx = context(dsl, p, params);
    if (params.has("copySourceID")) {
      // Copy (reference §5.2, §12): the body or updates override fields of the copy.
      String source = params.first("copySourceID").orElse("");
      if (!type.allows(Operation.COPY)) {
        throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED, type.code() + " cannot be copied.");
      }
      String id =
          writes.copy(
              ctx,
              type,
              source,
              merged(type, params, updates),
              CopyOptions.parse(params.all("options")));
      return get(dsl, p, type, List.of(id), true, params);
    }
    if (updates.isPresent() && updates.get().isArray()) {
      List<String> ids = new ArrayList<>();
      for (JsonNode item : bulkItems(updates.get())) {
        ids.add(writes.create(ctx, type, merged(type, params, Optional.of(item))));
      }
      return bulkReply(dsl, p, type, ids, params);
    }
    String id = writes.create(ctx, type, merged(type, params, updates));
    return get(dsl, p, type, List.of(id), true, params);
  }

  /** Edit one object (sparse), or a bulk edit from a JSON array of objects with IDs (§5.8). */
  public Object edit(
      DSLContext dsl,
      Principal p,
      ObjectType type,
      Optional<String> id,
      Params params,
      Optional<JsonNode> updates) {
    WriteContext ctx = context(dsl, p, params);
    if (updates.isPresent() && updates.get().isArray()) {
      List<String> ids = new ArrayList<>();
      for (JsonNode item : bulkItems(updates.get())) {
        JsonNode itemId = item.get("ID");
        if (itemId == null || !itemId.isTextual()) {
          throw ApiException.badRequest("Every object of a bulk edit needs its ID.");
        }
        writes.edit(ctx, type, itemId.asText(), merged(type, params, Optional.of(item)));
        ids.add(itemId.asText().toLowerCase(Locale.ROOT));
      }
      return bulkReply(dsl, p, type, ids, params);
    }
    String target =
        id.orElseThrow(
            () ->
                ApiException.badRequest("Edit needs an object ID: PUT /" + type.code() + "/<ID>."));
    writes.edit(ctx, type, id(p, target), merged(type, params, updates));
    return get(dsl, p, type, List.of(id(p, target)), true, params);
  }

  public Map<String, Object> delete(
      DSLContext dsl, Principal p, ObjectType type, List<String> ids, Params params) {
    if (ids.isEmpty()) {
      throw ApiException.badRequest("Delete needs an object ID: DELETE /" + type.code() + "/<ID>.");
    }
    WriteContext ctx = context(dsl, p, params);
    for (String id : ids) {
      writes.delete(ctx, type, id(p, id), params.flag("force"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("success", true);
    return out;
  }

  public Object action(
      DSLContext dsl,
      Principal p,
      ObjectType type,
      Optional<String> id,
      String name,
      Params params,
      Optional<JsonNode> updates) {
    ActionHandler handler =
        behaviours
            .action(type, name)
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "Unknown action '"
                            + name
                            + "' on "
                            + type.code()
                            + "; known actions: "
                            + behaviours.actionNames(type)
                            + "."));
    ActionContext ctx =
        new ActionContext(
            context(dsl, p, params), type, id.map(s -> id(p, s)), params, updates, this);
    return handler.run(ctx);
  }

  public Object namedQuery(
      DSLContext dsl, Principal p, ObjectType type, String name, Params params) {
    NamedQuery q =
        behaviours
            .namedQuery(type, name)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "Unknown operation or named query '"
                            + name
                            + "' on "
                            + type.code()
                            + "; named queries: "
                            + behaviours.queryNames(type)
                            + "."));
    return q.run(this, p, type, params, dsl);
  }

  /** A write context for this principal in this transaction; {@code reason} is journaled. */
  public WriteContext context(DSLContext dsl, Principal p, Params params) {
    return new WriteContext(
        dsl, scope(p), Optional.of(p), clock.instant(), Source.API, params.first("reason"));
  }

  /** The projected objects of a spec (one statement, plus one per nested selection). */
  private List<Map<String, Object>> run(
      DSLContext dsl, Principal p, Caller caller, QuerySpec spec) {
    List<Map<String, Object>> rows =
        reader.search(dsl, readScope(p, caller), spec, Projector.shapeFor(spec.selection()));
    return projector.project(dsl, reading(p, caller), spec.selection(), rows, p.zone());
  }

  private Object bulkReply(
      DSLContext dsl, Principal p, ObjectType type, List<String> ids, Params params) {
    if (params.flag("atomic")) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("success", true);
      return out;
    }
    return get(dsl, p, type, ids, false, params);
  }

  /** A 32-hex ID, lower-cased; {@code $$USER} stands for the caller (reference §12). */
  static String id(Principal p, String raw) {
    if (raw.equals("$$USER")) {
      return p.userId();
    }
    if (!Ids.isId(raw)) {
      throw ApiException.badRequest("Invalid ID '" + raw + "'; IDs are 32 hexadecimal characters.");
    }
    return raw.toLowerCase(Locale.ROOT);
  }

  private static List<JsonNode> bulkItems(JsonNode array) {
    if (array.size() > MAX_BULK) {
      throw ApiException.badRequest(
          "A bulk request takes at most " + MAX_BULK + " objects; got " + array.size() + ".");
    }
    if (array.isEmpty()) {
      throw ApiException.badRequest("A bulk request needs at least one object.");
    }
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** Field values sent as plain parameters, overlaid by the {@code updates} object. */
  private static JsonNode merged(ObjectType type, Params params, Optional<JsonNode> updates) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    params
        .asMap()
        .forEach(
            (name, values) -> {
              if (!QueryParser.RESERVED.contains(name) && !values.isEmpty()) {
                out.put(name, values.get(values.size() - 1));
              }
            });
    if (updates.isPresent()) {
      if (!updates.get().isObject()) {
        throw new ApiException(
            ErrorCode.MALFORMED_JSON, "updates must be a JSON object with the fields to set.");
      }
      out.setAll((ObjectNode) updates.get());
    }
    return out;
  }

  private static Filter and(Filter a, Filter b) {
    return new Filter.All(List.of(a, b));
  }

  private FieldPath idPath(ObjectType type) {
    return new FieldPath(type, List.of(), type.field("ID").orElseThrow(), "ID");
  }

  private static void require(ObjectType type, Operation op) {
    if (!type.allows(op)) {
      throw new ApiException(
          ErrorCode.METHOD_NOT_ALLOWED, type.code() + " does not allow " + op.name() + ".");
    }
  }

  static Scope scope(Principal p) {
    return new Scope(p.customerId());
  }

  /** The scope of a read's first statement: it carries the principal's guard, if any. */
  private static Scope readScope(Principal p) {
    return new Scope(p.customerId(), p.readGuard());
  }

  /**
   * The scope of a statement compiled from the caller's filters: the guard, and what the caller may
   * find of every type those filters reach through collections and EXISTS blocks.
   */
  private Scope readScope(Principal p, Caller caller) {
    return new Scope(p.customerId(), p.readGuard(), visibility.narrowing(p, caller));
  }

  /**
   * The scope of the statements that fill a reply's nested collections: each keeps only the
   * elements the caller may read.
   */
  private Scope reading(Principal p, Caller caller) {
    return new Scope(p.customerId(), Optional.empty(), visibility.reading(p, caller));
  }

  /** As {@link #readScope(Principal, Caller)}, without the guard (reports authenticate first). */
  private Scope narrowed(Principal p, Caller caller) {
    return new Scope(p.customerId(), Optional.empty(), visibility.narrowing(p, caller));
  }
}
