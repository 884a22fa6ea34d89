package io.tasklane.testing;

import java.util.List;

/** Waiting, in tests of things that make threads wait, until they do. */
public final class Parked {
  private Parked() {}

  /**
   * Returns once {@code threads} holds {@code n} threads and all of them are parked (WAITING), or
   * fails after 5 seconds. Use where nothing but the awaited outcome can park them.
   */
  public static void await(List<Thread> threads, int n) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (threads.size() == n
          && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(threads.size() + " of " + n + " threads started, not all waiting");
  }
}
