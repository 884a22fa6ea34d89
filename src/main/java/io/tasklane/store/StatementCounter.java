package io.tasklane.store;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements a request runs, so tests and the benchmark can prove that the count
 * depends on a request's shape, never on its number of rows.
 */
public final class StatementCounter {
  private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

  static final ExecuteListener LISTENER =
      new ExecuteListener() {
        private static final long serialVersionUID = 1L;

        @Override
        public void executeStart(ExecuteContext ctx) {
          int[] counter = CURRENT.get();
          if (counter != null) {
            counter[0]++;
          }
        }
      };

  private StatementCounter() {}

  /** Counts a statement run outside jOOQ's execution (see {@link PlainQueries}). */
  static void countOne() {
    int[] counter = CURRENT.get();
    if (counter != null) {
      counter[0]++;
    }
  }

  /** Counts {@code n} statements run for this thread's request by another (a shared read). */
  public static void add(int n) {
    int[] counter = CURRENT.get();
    if (counter != null) {
      counter[0] += n;
    }
  }

  /**
   * Counts this thread's statements into {@code next} (none when null) from now on; returns the
   * counter it counted into before, for {@link #swap} back.
   */
  public static int[] swap(int[] next) {
    int[] before = CURRENT.get();
    if (next == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(next);
    }
    return before;
  }

  /** Starts counting on this thread; returns the counter to read when the request ends. */
  public static int[] start() {
    int[] counter = new int[1];
    CURRENT.set(counter);
    return counter;
  }

  /** Counts this thread's statements into an existing counter (concurrent batch parts). */
  public static void join(int[] counter) {
    CURRENT.set(counter);
  }

  /** The counter of this thread's request, or a throwaway one. */
  public static int[] current() {
    int[] c = CURRENT.get();
    return c == null ? new int[1] : c;
  }

  public static void stop() {
    CURRENT.remove();
  }
}
