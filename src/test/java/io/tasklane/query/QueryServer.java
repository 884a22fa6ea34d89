package io.tasklane.query;

import io.tasklane.testing.Engine;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.TestServer;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The query suite's own server per engine (a fresh database, so the suite's data never meets other
 * suites' and licence counts stay its own), with the clock stopped at {@link QueryFixtures#NOW} so
 * that date wildcards have known answers; and the {@link World} built on it once.
 */
final class QueryServer {
  private static final Map<Engine, TestServer> SERVERS = new EnumMap<>(Engine.class);
  private static final Map<Engine, World> WORLDS = new EnumMap<>(Engine.class);
  private static final Map<Engine, Crowd> CROWDS = new EnumMap<>(Engine.class);

  private QueryServer() {}

  static synchronized TestServer get(Engine engine) {
    return SERVERS.computeIfAbsent(
        engine,
        e -> {
          MutableClock clock = new MutableClock(Instant.parse("2026-05-13T15:42:10.250Z"));
          TestServer s = TestServer.start(e, c -> TestServer.withClock(c, clock));
          Runtime.getRuntime().addShutdownHook(new Thread(s::close));
          return s;
        });
  }

  static synchronized Crowd crowd(Engine engine) {
    return CROWDS.computeIfAbsent(engine, e -> Crowd.create(get(e)));
  }

  static synchronized World world(Engine engine) {
    return WORLDS.computeIfAbsent(engine, e -> World.create(get(e)));
  }
}
