package io.tasklane.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.testing.Parked;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sharing itself, with a loader that records its calls: which loads run together, on whose
 * connection, with which guard, and what each gets back. (That the statements it runs answer as the
 * single loads would is shown over HTTP on both databases, api.SharedReadsIT.)
 */
class CoalescedLoadsTest {
  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  private final CoalescedLoads loads = new CoalescedLoads();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  /** Each loader call: the connection ("whose loader") and the IDs. */
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aLoadOnAnIdleLaneRunsAtOnceAlone() {
    List<Map<String, Object>> rows = loads.load("lane", "a", guard(0), loader("A", null));

    assertThat(rows).containsExactly(Map.of("ID", "a", "by", "A"));
    assertThat(calls).containsExactly("A:[a]");
  }

  @Test
  void loadsArrivingWhileOneRunsShareTheNextStatementOnTheFirstWaitersConnection()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<List<Map<String, Object>>> first =
        threads.submit(() -> loads.load("lane", "a", guard(0), loader("A", release)));
    awaitCalls(1);
    List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    List<Future<List<Map<String, Object>>>> later = new ArrayList<>();
    String[] ids = {"b", "c", "b"};
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i];
      String conn = "W" + i;
      int second = i + 1;
      later.add(
          threads.submit(
              () -> {
                waiting.add(Thread.currentThread());
                return loads.load("lane", id, guard(second), loader(conn, null));
              }));
      Parked.await(waiting, i + 1); // one at a time, so the queue's order is known
    }
    release.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).containsExactly(Map.of("ID", "a", "by", "A"));
    assertThat(later.get(0).get(5, TimeUnit.SECONDS))
        .containsExactly(Map.of("ID", "b", "by", "W0"));
    assertThat(later.get(1).get(5, TimeUnit.SECONDS))
        .containsExactly(Map.of("ID", "c", "by", "W0"));
    List<Map<String, Object>> again = later.get(2).get(5, TimeUnit.SECONDS);
    assertThat(again).containsExactly(Map.of("ID", "b", "by", "W0"));
    // one statement for the three, each ID once, checked with the latest guard
    assertThat(calls).containsExactly("A:[a]", "W0:[b, c]@3");
    // two loads of one ID get maps of their own
    assertThat(again.get(0)).isNotSameAs(later.get(0).get().get(0));
  }

  @Test
  void anotherLaneDoesNotWait() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> loads.load("one", "a", guard(0), loader("A", release)));
    awaitCalls(1);

    assertThat(loads.load("two", "b", guard(0), loader("B", null)))
        .containsExactly(Map.of("ID", "b", "by", "B"));
    release.countDown();
    first.get(5, TimeUnit.SECONDS);
  }

  @Test
  void whenTheSharedStatementFailsItsOtherLoadsRunAlone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> loads.load("lane", "a", guard(0), loader("A", release)));
    awaitCalls(1);
    List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    List<Future<List<Map<String, Object>>>> later = new ArrayList<>();
    for (String id : List.of("b", "c")) {
      later.add(
          threads.submit(
              () -> {
                waiting.add(Thread.currentThread());
                return loads.load("lane", id, guard(1), failingWhenShared(id.toUpperCase()));
              }));
      Parked.await(waiting, later.size());
    }
    release.countDown();
    first.get(5, TimeUnit.SECONDS);

    // "b" led the shared statement and failed with it; "c" then ran on its own connection
    assertThatThrownBy(() -> later.get(0).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(later.get(1).get(5, TimeUnit.SECONDS)).containsExactly(Map.of("ID", "c", "by", "C"));
    // and the lane is free again
    assertThat(loads.load("lane", "d", guard(2), loader("D", null)))
        .containsExactly(Map.of("ID", "d", "by", "D"));
  }

  @Test
  void missingObjectsAreMissingForTheirLoadOnly() {
    assertThat(loads.load("lane", "gone", guard(0), (ids, g) -> List.of())).isEmpty();
  }

  @Test
  void statementsComeInFewSizes() {
    assertThat(List.of(1, 2, 3, 4, 5, 9, 16).stream().map(CoalescedLoads::arity))
        .containsExactly(1, 2, 4, 4, 8, 16, 16);
  }

  private static Guard guard(int seconds) {
    return new Guard("guard", List.of(), List.of("key"), T0.plusSeconds(seconds));
  }

  /** A loader for connection {@code conn} that waits for {@code release} when given. */
  private CoalescedLoads.Loader loader(String conn, CountDownLatch release) {
    return (ids, g) -> {
      calls.add(
          conn
              + ":"
              + ids
              + (g.at().equals(T0) ? "" : "@" + (g.at().getEpochSecond() - T0.getEpochSecond())));
      if (release != null) {
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String id : ids) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", id);
        row.put("by", conn);
        rows.add(row);
      }
      return rows;
    };
  }

  private CoalescedLoads.Loader failingWhenShared(String conn) {
    CoalescedLoads.Loader ok = loader(conn, null);
    return (ids, g) -> {
      if (ids.size() > 1) {
        throw new IllegalStateException("connection lost");
      }
      return ok.load(ids, g);
    };
  }

  private void awaitCalls(int n) throws InterruptedException {
    for (int i = 0; i < 500 && calls.size() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(calls).hasSize(n);
  }
}
