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
import java.util.Optional;

/**
 * What a principal may find: the rules' read and search filters of a type, ANDed with whatever the
 * caller asked. They are the server's filters, not the caller's, so they may name fields the caller
 * may not read (the refusal of reference §4.2 applies to what the caller sends).
 */
final class Visibility {
  private final Behaviours behaviours;
  private final QueryParser parser;

  Visibility(Behaviours behaviours, QueryParser parser) {
    this.behaviours = behaviours;
    this.parser = parser;
  }

  /** The rules' filters; {@code search} adds those that apply to search, count and report. */
  Filter filter(ObjectType type, Principal p, Caller asked, boolean search) {
    Caller caller = trusted(asked);
    List<Filter> parts = new ArrayList<>();
    for (ObjectRules r : behaviours.rulesFor(type)) {
      Params read = r.readFilter(p);
      if (!read.names().isEmpty()) {
        parts.add(parser.filter(type, read, caller));
      }
      if (search) {
        Params found = r.searchFilter(p);
        if (!found.names().isEmpty()) {
          parts.add(parser.filter(type, found, caller));
        }
      }
    }
    return new Filter.All(parts);
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
