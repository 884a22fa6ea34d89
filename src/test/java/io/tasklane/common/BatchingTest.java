package io.tasklane.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tasklane.testing.Parked;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lanes' contract beyond what store.CoalescedLoadsTest shows through its one use. */
class BatchingTest {
  private final Batching<String, String> batching = new Batching<>(Integer.MAX_VALUE);
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aRunnerThatAnswersTooFewFailsItsLeaderAndTheOthersRunAlone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<Batching.Answer<String>> first =
        threads.submit(
            () ->
                batching.run(
                    "lane",
                    "a",
                    asks -> {
                      await(release);
                      return List.of("A");
                    }));
    List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
    List<Future<Batching.Answer<String>>> later = new ArrayList<>();
    for (String ask : List.of("b", "c")) {
      later.add(
          threads.submit(
              () -> {
                waiting.add(Thread.currentThread());
                // answers only the first ask of a batch
                return batching.run("lane", ask, asks -> List.of(asks.get(0).toUpperCase()));
              }));
      Parked.await(waiting, later.size());
    }
    release.countDown();

    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(new Batching.Answer<>("A", true));
    assertThatThrownBy(() -> later.get(0).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("1 answers to 2 asks");
    assertThat(later.get(1).get(5, TimeUnit.SECONDS)).isEqualTo(new Batching.Answer<>("C", true));
    assertThat(batching.shared()).isZero();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
