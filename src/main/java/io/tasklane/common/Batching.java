package io.tasklane.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs together the asks that arrive while an equal one runs (the group commit of reads). Each ask
 * belongs to a lane. An ask that finds its lane idle runs at once, alone. One that arrives while
 * its lane runs waits, and the asks waiting then run as one batch, on the thread of the first of
 * them — so each batch starts after every one of its asks arrived, and sees what was committed
 * before. An idle server runs every ask on its own, as if this class were not there.
 *
 * <p>When a batch fails, the failure is its first ask's, and every other ask runs again alone: one
 * connection's failure is not theirs, and an ask's own error is then its own.
 *
 * @param <A> an ask
 * @param <R> the answer to one ask
 */
public final class Batching<A, R> {
  /** Runs asks together; answers them in their order. */
  public interface Runner<A, R> {
    List<R> run(List<A> asks);
  }

  /** An answer, and whether the ask's own thread ran the batch that answered it. */
  public record Answer<R>(R value, boolean ranHere) {}

  private final int most;
  private final Map<Object, Lane<A, R>> lanes = new ConcurrentHashMap<>();
  private final LongAdder shared = new LongAdder();

  /** At most {@code most} asks per batch. */
  public Batching(int most) {
    this.most = most;
  }

  /** Asks answered so far by a batch that answered others too. */
  public long shared() {
    return shared.sum();
  }

  /**
   * The answer to {@code ask}, run with the asks of its lane that wait with it. {@code runner} is
   * this ask's: it runs its batch, if it leads one, or itself alone after a failed batch.
   */
  public Answer<R> run(Object lane, A ask, Runner<A, R> runner) {
    Lane<A, R> l = lanes.computeIfAbsent(lane, k -> new Lane<>());
    Waiter<A, R> me = new Waiter<>(ask);
    List<Waiter<A, R>> batch = l.enter(me);
    if (batch == null) {
      Outcome<A, R> o = me.outcome.join();
      if (o instanceof Done<A, R> d) {
        return new Answer<>(d.value(), false);
      }
      if (o instanceof Alone<A, R>) {
        return new Answer<>(runner.run(List.of(ask)).get(0), true);
      }
      batch = ((Lead<A, R>) o).batch();
    }
    return new Answer<>(lead(lane, l, me, batch, runner), true);
  }

  private R lead(
      Object key, Lane<A, R> lane, Waiter<A, R> me, List<Waiter<A, R>> batch, Runner<A, R> runner) {
    List<R> answered = null; // stays null unless every ask has its answer
    try {
      List<A> asks = new ArrayList<>(batch.size());
      batch.forEach(w -> asks.add(w.ask));
      List<R> answers = runner.run(asks);
      if (answers.size() != batch.size()) {
        throw new IllegalStateException(answers.size() + " answers to " + batch.size() + " asks");
      }
      answered = answers;
      if (batch.size() > 1) {
        shared.add(batch.size());
      }
      return answered.get(0); // its leader is the batch's first ask
    } finally {
      lane.next(key, lanes, most);
      for (int i = 1; i < batch.size(); i++) {
        batch
            .get(i)
            .outcome
            .complete(answered == null ? new Alone<>() : new Done<>(answered.get(i)));
      }
    }
  }

  private sealed interface Outcome<A, R> permits Done, Lead, Alone {}

  /** The batch ran: this is the ask's answer. */
  private record Done<A, R>(R value) implements Outcome<A, R> {}

  /** The ask runs this batch, itself first. */
  private record Lead<A, R>(List<Waiter<A, R>> batch) implements Outcome<A, R> {}

  /** The batch failed: the ask runs alone. */
  private record Alone<A, R>() implements Outcome<A, R> {}

  private static final class Waiter<A, R> {
    final A ask;
    final CompletableFuture<Outcome<A, R>> outcome = new CompletableFuture<>();

    Waiter(A ask) {
      this.ask = ask;
    }
  }

  /** One batch at a time per lane; the asks that arrive meanwhile queue for the next. */
  private static final class Lane<A, R> {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter<A, R>> queue = new ArrayDeque<>();
    private boolean running;

    /** The batch {@code w} leads now (itself alone), or null: it waits for the running one. */
    List<Waiter<A, R>> enter(Waiter<A, R> w) {
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
     * After a batch: the waiting asks (up to {@code most}) go to the first of them to run, or the
     * lane is idle and forgotten. An ask that still holds a forgotten lane runs on it beside a new
     * one: less sharing, never an ask left waiting.
     */
    void next(Object key, Map<Object, Lane<A, R>> lanes, int most) {
      List<Waiter<A, R>> batch = new ArrayList<>();
      lock.lock();
      try {
        while (!queue.isEmpty() && batch.size() < most) {
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
      batch.get(0).outcome.complete(new Lead<>(List.copyOf(batch)));
    }
  }
}
