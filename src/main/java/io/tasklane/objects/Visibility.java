package io.tasklane.objects;

import io.tasklane.auth.Principal;
import io.tasklane.query.Caller;
import io.tasklane.query.Filter;
import io.tasklane.query.Params;
import io.tasklane.query.QueryParser;
import io.tasklane.schema.ObjectType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a principal may find: the rules' read and search filters of a type, ANDed with whatever the
 * caller asked. They are the server's filters, not the caller's, so they may name fields the caller
 * may not read (the refusal of reference §4.2 applies to what the caller sends).
 */
final class Visibility {
  /** Parsed rule filters without wildcards; bounded like a cache, not a store. */
  private static final int MAX_PARSED = 1_000;

  private final Behaviours behaviours;
  private final QueryParser parser;
  private final Map<Parsed, Filter> parsed = new ConcurrentHashMap<>();

  /** A rule filter as parsed for a type: only the zone can change what constant values mean. */
  private record Parsed(String type, Map<String, List<String>> params, ZoneId zone) {}

  Visibility(Behaviours behaviours, QueryParser parser) {
    this.behaviours = behaviours;
    this.parser = parser;
  }

  /**
   * The rules' filters, as the server's own ({@link Filter.Trusted}); {@code search} adds those
   * that apply to search, count and report.
   */
  Filter filter(ObjectType type, Principal p, Caller asked, boolean search) {
    Caller caller = trusted(asked);
    List<Filter> parts = new ArrayList<>();
    for (ObjectRules r : behaviours.rulesFor(type)) {
      Params read = r.readFilter(p);
      if (!read.names().isEmpty()) {
        parts.add(parse(type, read, caller));
      }
      if (search) {
        Params found = r.searchFilter(p);
        if (!found.names().isEmpty()) {
          parts.add(parse(type, found, caller));
        }
      }
    }
    return new Filter.Trusted(new Filter.All(parts));
  }

  /** What {@code p} may find of each type: narrows the sub-queries of the caller's filters. */
  java.util.function.Function<ObjectType, Filter> narrowing(Principal p, Caller caller) {
    return type -> filter(type, p, caller, true);
  }

  /** What {@code p} may read of each type: narrows the collections projected into a reply. */
  java.util.function.Function<ObjectType, Filter> reading(Principal p, Caller caller) {
    return type -> filter(type, p, caller, false);
  }

  /**
   * The rules' filters are the same few for every request (deletedDate isnull, isActive=true): one
   * without wildcards is parsed once per type and zone, not on every read (7 % of a GET by ID).
   */
  private Filter parse(ObjectType type, Params params, Caller caller) {
    Map<String, List<String>> values = params.asMap();
    if (wildcards(values)) {
      return parser.filter(type, params, caller); // $$USER, $$NOW: the caller's, or the moment's
    }
    Parsed key = new Parsed(type.code(), values, caller.zone());
    Filter f = parsed.get(key);
    if (f == null) {
      if (parsed.size() >= MAX_PARSED) {
        parsed.clear();
      }
      f = parser.filter(type, params, caller);
      parsed.put(key, f);
    }
    return f;
  }

  private static boolean wildcards(Map<String, List<String>> values) {
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (e.getKey().contains("$$")) {
        return true;
      }
      for (String v : e.getValue()) {
        if (v.contains("$$")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Caller trusted(Caller c) {
    return new Caller() {
      @Override
      public boolean administrator() {
        return true;
      }

      @Override
      public ZoneId zone() {
        return c.zone();
      }

      @Override
      public Instant now() {
        return c.now();
      }

      @Override
      public Optional<Object> userValue(String field) {
        return c.userValue(field);
      }
    };
  }
}
