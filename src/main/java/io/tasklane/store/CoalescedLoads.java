package io.tasklane.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Loads of one object by ID that differ only in the ID, run together. Each load belongs to a lane
 * (its statement's shape, customer and credential). A load that finds its lane idle runs at once,
 * alone. One that arrives while its lane's statement runs waits for it, and the loads waiting then
 * run as the next statement, with an IN list of their IDs, on the connection of the first of them.
 * Under load, GETs by ID with one API key cost PostgreSQL one statement per batch instead of one
 * each; an idle server runs every load on its own, as before.
 *
 * <p>Each load still sees only what was committed before it arrived: a waiting load joins only a
 * statement that has not started. A batch checks the credential with the latest of its loads'
 * guards, which is at least as strict for every one of them (the moment only moves expiry closer).
 * When a batch fails, its other loads run on their own, so that one connection's failure is not
 * theirs.
 */
final class CoalescedLoads {
  /** Most IDs per statement; batch statements exist for 2, 4, 8 and 16 IDs ({@link #arity}). */
  static final int MOST = 16;

  /**
   * Runs a load of these IDs (at most {@link #MOST}) with this guard on the caller's connection.
   */
  interface Loader {
    List<Map<String, Object>> load(List<String> ids, Guard guard);
  }

  private final Map<Object, Lane> lanes = new ConcurrentHashMap<>();
  private final LongAdder shared = new LongAdder();

  /** Loads answered so far by a statement that answered others too. */
  long shared() {
    return shared.sum();
  }

  /**
   * The rows of object {@code id} (none or one) that {@code loader} would load alone: {@code lane}
   * names what the loads of one batch must share besides the guard's moment.
   */
  List<Map<String, Object>> load(Object lane, String id, Guard guard, Loader loader) {
    Lane l = lanes.computeIfAbsent(lane, k -> new Lane());
    Waiter me = new Waiter(id, guard);
    List<Waiter> batch = l.enter(me);
    if (batch == null) {
      Outcome o = me.outcome.join();
      if (o instanceof Rows r) {
        StatementCounter.countOne(); // its answer came from a statement, run for it too
        return r.rows();
      }
      if (o instanceof Alone) {
        return loader.load(List.of(id), guard);
      }
      batch = ((Lead) o).batch();
    }
    return lead(lane, l, me, batch, loader);
  }

  /** The statement size for {@code n} IDs: the next power of two, so that few shapes exist. */
  static int arity(int n) {
    int a = 1;
    while (a < n) {
      a *= 2;
    }
    return a;
  }

  private List<Map<String, Object>> lead(
      Object key, Lane lane, Waiter me, List<Waiter> batch, Loader loader) {
    List<Map<String, Object>> rows = null;
    try {
      rows = loader.load(ids(batch), latest(batch));
      if (batch.size() > 1) {
        shared.add(batch.size());
      }
      return only(rows, me.id);
    } finally {
      lane.next(key, lanes);
      for (Waiter w : batch) {
        if (w != me) {
          w.outcome.complete(rows == null ? Alone.INSTANCE : new Rows(only(rows, w.id)));
        }
      }
    }
  }

  private static List<String> ids(List<Waiter> batch) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    batch.forEach(w -> ids.add(w.id));
    return new ArrayList<>(ids);
  }

  private static Guard latest(List<Waiter> batch) {
    Guard g = batch.get(0).guard;
    for (Waiter w : batch) {
      if (w.guard.at().isAfter(g.at())) {
        g = w.guard;
      }
    }
    return g;
  }

  /** The row of {@code id}, as a map of its own (two loads of one ID must not share one). */
  private static List<Map<String, Object>> only(List<Map<String, Object>> rows, String id) {
    for (Map<String, Object> row : rows) {
      if (id.equals(row.get("ID"))) {
        return List.of(new LinkedHashMap<>(row));
      }
    }
    return List.of();
  }

  private sealed interface Outcome permits Rows, Lead, Alone {}

  /** The batch ran: these are the waiter's rows. */
  private record Rows(List<Map<String, Object>> rows) implements Outcome {}

  /** The waiter runs this batch (itself first) on its own connection. */
  private record Lead(List<Waiter> batch) implements Outcome {}

  /** The batch failed: the waiter loads on its own. */
  private enum Alone implements Outcome {
    INSTANCE
  }

  private static final class Waiter {
    final String id;
    final Guard guard;
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    Waiter(String id, Guard guard) {
      this.id = id;
      this.guard = guard;
    }
  }

  /** One statement at a time per lane; the loads that arrive meanwhile queue for the next. */
  private static final class Lane {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private boolean running;

    /** The batch {@code w} leads now (itself alone), or null: it waits for the running one. */
    List<Waiter> enter(Waiter w) {
      lock.lock();
      try {
        if (running) {
          queue.add(w);
          return null;
        }
        running = true;
        return List.of(w);
      } finally {
        lock.unlock();
      }
    }

    /**
     * After a statement: the waiting loads (up to {@link #MOST}) go to the first of them to run, or
     * the lane is idle and forgotten. A load that still holds the forgotten lane runs on it alone,
     * beside a new one: less sharing, never a load left waiting.
     */
    void next(Object key, Map<Object, Lane> lanes) {
      List<Waiter> batch = new ArrayList<>();
      lock.lock();
      try {
        while (!queue.isEmpty() && batch.size() < MOST) {
          batch.add(queue.poll());
        }
        if (batch.isEmpty()) {
          running = false;
          lanes.remove(key, this);
          return;
        }
      } finally {
        lock.unlock();
      }
      batch.get(0).outcome.complete(new Lead(List.copyOf(batch)));
    }
  }
}
