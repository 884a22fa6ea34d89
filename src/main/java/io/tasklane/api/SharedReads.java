package io.tasklane.api;

import io.tasklane.auth.Principal;
import io.tasklane.common.Batching;
import io.tasklane.store.Guard;
import io.tasklane.store.StatementCounter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Identical reads by one principal that arrive while one runs, answered by one run ({@link
 * Batching}): the same operation on the same objects with the same parameters — a dashboard's
 * report polled by many clients with one API key, say. The run starts after each of them arrived,
 * so each answer is one that request could have had on its own; it is computed once and written to
 * each client. The run uses the latest of the requests' guards (at least as strict for every one of
 * them). Each request counts the statements of the run that answered it.
 */
final class SharedReads {
  /** What makes two reads identical: who asks, what, with which parameters. */
  private record Key(
      Dispatcher.Target target,
      Principal principal,
      Optional<List<Object>> credential,
      Map<String, List<String>> params,
      String versionRoot) {}

  private record Result(Object value, int statements) {}

  private final Batching<Principal, Result> batching = new Batching<>(Integer.MAX_VALUE);

  /** Reads answered so far by a run that answered others too. */
  long shared() {
    return batching.shared();
  }

  /** The answer of {@code read} as {@code p}, shared with identical reads waiting with it. */
  Object read(Dispatcher.Target t, ApiCall call, Principal p, Function<Principal, Object> read) {
    Key key =
        new Key(
            t,
            p.withoutReadGuard(),
            p.readGuard().map(Guard::credential),
            call.params().asMap(),
            call.versionRoot());
    Batching.Answer<Result> a =
        batching.run(
            key,
            p,
            asks -> {
              // counted apart: a concurrent batch's parts share the request's counter
              int[] run = new int[1];
              int[] request = StatementCounter.swap(run);
              Object value;
              try {
                value = read.apply(latest(asks));
              } finally {
                StatementCounter.swap(request);
                StatementCounter.add(run[0]);
              }
              return Collections.nCopies(asks.size(), new Result(value, run[0]));
            });
    if (!a.ranHere()) {
      StatementCounter.add(a.value().statements());
    }
    return a.value().value();
  }

  /** The principal whose guard checks expiry latest; they differ in nothing else. */
  private static Principal latest(List<Principal> asks) {
    Principal latest = asks.get(0);
    for (Principal p : asks) {
      if (p.readGuard().isPresent()
          && p.readGuard().get().at().isAfter(latest.readGuard().get().at())) {
        latest = p;
      }
    }
    return latest;
  }
}
