package io.tasklane.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import io.tasklane.testing.MutableClock;
import io.tasklane.testing.Response;
import io.tasklane.testing.TestServer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Sessions and keys expire; repeated wrong passwords slow down, then lock (time moved by hand). */
@BothEngines
class SessionLifetimeIT {
  private static final Map<Engine, MutableClock> CLOCKS = new EnumMap<>(Engine.class);
  private static final Map<Engine, TestServer> SERVERS = new EnumMap<>(Engine.class);

  @Parameter Engine engine;

  private MutableClock clock;
  private TestServer server;

  /** One server per engine for this class, on a clock the tests move. */
  @BeforeEach
  void start() {
    clock = CLOCKS.computeIfAbsent(engine, e -> MutableClock.startingNow());
    server =
        SERVERS.computeIfAbsent(
            engine, e -> TestServer.start(e, c -> TestServer.withClock(c, clock)));
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(TestServer::close);
    SERVERS.clear();
  }

  @Test
  void anIdleSessionExpiresAndUseSlidesItUntilTheAbsoluteLimit() {
    AuthSettings s = AuthSettings.defaults();
    String idle = server.login("admin", TestServer.ADMIN_PASSWORD);
    clock.advance(s.sessionIdle().plusMinutes(1));
    server.api().withSession(idle).get("/USER/$$USER").fails(401);

    String used = server.login("admin", TestServer.ADMIN_PASSWORD);
    Api api = server.api().withSession(used);
    Duration step = s.sessionIdle().minusMinutes(10);
    Duration elapsed = Duration.ZERO;
    while (elapsed.plus(step).compareTo(s.sessionAbsolute()) < 0) {
      clock.advance(step);
      elapsed = elapsed.plus(step);
      api.get("/USER/$$USER").ok();
    }
    clock.advance(s.sessionAbsolute().minus(elapsed).plusMinutes(1));
    api.get("/USER/$$USER").fails(401);
  }

  @Test
  void apiKeysExpireAfterTheirLifetime() {
    String key =
        server
            .api()
            .put(
                "/user",
                "action",
                "generateApiKey",
                "username",
                "admin",
                "password",
                TestServer.ADMIN_PASSWORD)
            .ok()
            .data()
            .path("result")
            .asText();
    server.api().withApiKey(key).get("/USER/$$USER").ok();
    clock.advance(AuthSettings.defaults().apiKeyLifetime().plusMinutes(1));
    server.api().withApiKey(key).get("/USER/$$USER").fails(401);
  }

  @Test
  void wrongPasswordsFirstSlowDownThenLockTheAccount() {
    AuthSettings s = AuthSettings.defaults();
    String username = "throttled@example.com";
    io.tasklane.testing.Fixtures.user(server.newAdmin(), username, "Light", "right-password");
    Api anon = server.api();
    for (int i = 0; i < s.slowDownAfter(); i++) {
      anon.form("POST", "/login", "username", username, "password", "wrong").fails(401);
    }
    Response waiting =
        anon.form("POST", "/login", "username", username, "password", "right-password").fails(429);
    assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
    assertThat(waiting.errorMessage()).contains("retry");
    int failures = s.slowDownAfter();
    while (failures < s.lockAfter()) {
      clock.advance(s.backoff(failures).plusSeconds(1));
      anon.form("POST", "/login", "username", username, "password", "wrong").fails(401);
      failures++;
    }
    clock.advance(Duration.ofMinutes(2));
    Response locked =
        anon.form("POST", "/login", "username", username, "password", "right-password").fails(423);
    assertThat(locked.errorMessage()).contains("locked");
    clock.advance(s.lockFor());
    anon.form("POST", "/login", "username", username, "password", "right-password").ok();
    // success resets the count: one wrong attempt does not slow the next one down
    anon.form("POST", "/login", "username", username, "password", "wrong").fails(401);
    anon.form("POST", "/login", "username", username, "password", "right-password").ok();
  }
}
