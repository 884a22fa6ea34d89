package io.tasklane.query;

import io.tasklane.objects.JournalDefinitions;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.Registry;
import io.tasklane.users.UserDefinitions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The real people registry and a caller whose values the test chooses. */
final class QueryFixtures {
  static final Registry REGISTRY = registry();
  static final Paths PATHS = new Paths(REGISTRY);
  static final QueryParser PARSER = new QueryParser(PATHS);
  static final ObjectType USER = REGISTRY.get("USER");
  static final Instant NOW = Instant.parse("2026-05-13T15:42:10.250Z"); // a Wednesday

  private QueryFixtures() {}

  private static Registry registry() {
    Registry.Builder b = Registry.builder();
    UserDefinitions.define(b);
    JournalDefinitions.define(b);
    return b.build();
  }

  /** A caller at {@link #NOW} in UTC with these {@code $$USER} values. */
  record TestCaller(boolean administrator, ZoneId zone, Instant now, Map<String, Object> user)
      implements Caller {
    @Override
    public Optional<Object> userValue(String field) {
      return Optional.ofNullable(user.get(field));
    }
  }

  static TestCaller admin() {
    return new TestCaller(true, ZoneOffset.UTC, NOW, Map.of("ID", "a".repeat(32)));
  }

  static TestCaller member(Map<String, Object> user) {
    return new TestCaller(false, ZoneOffset.UTC, NOW, user);
  }

  /** Parameters from name/value pairs, repeated names kept in order. */
  static Params params(String... pairs) {
    Params.Builder b = Params.builder();
    for (int i = 0; i < pairs.length; i += 2) {
      b.add(pairs[i], pairs[i + 1]);
    }
    return b.build();
  }
}
