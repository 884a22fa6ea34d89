package io.tasklane.api;

import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.common.ErrorCode;
import io.tasklane.store.Database;
import io.tasklane.store.StatementCounter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code POST /batch} (reference §12): repeated {@code uri=} (or {@code uri[]=}), each a path and
 * query relative to the version root, run as the caller. {@code atomic=true} runs all in one
 * transaction and answers {@code {"success":true}} or the first error; otherwise each runs on its
 * own, in request order (in parallel with {@code concurrent=true}), answering {@code
 * [{"data":…}|{"error":…}, …]}.
 */
final class Batch {
  static final int MAX_URIS = 100;

  private final Dispatcher dispatcher;
  private final Database database;

  Batch(Dispatcher dispatcher, Database database) {
    this.dispatcher = dispatcher;
    this.database = database;
  }

  ApiResult run(ApiCall call) {
    List<String> uris = new ArrayList<>(call.params().all("uri"));
    uris.addAll(call.params().all("uri[]"));
    if (uris.isEmpty()) {
      throw ApiException.badRequest("batch needs one or more uri parameters.");
    }
    if (uris.size() > MAX_URIS) {
      throw ApiException.badRequest("batch takes at most " + MAX_URIS + " uri parameters.");
    }
    List<ApiCall> calls = new ArrayList<>();
    List<Dispatcher.Target> targets = new ArrayList<>();
    boolean writes = false;
    for (String uri : uris) {
      ApiCall sub = BatchUri.parse(call, uri);
      Dispatcher.Target t = dispatcher.target(sub);
      calls.add(sub);
      targets.add(t);
      writes |= t.op().writes;
    }
    Principal p = dispatcher.principal(call, writes);
    if (call.params().flag("atomic")) {
      database.transaction(
          dsl -> {
            for (int i = 0; i < calls.size(); i++) {
              dispatcher.execute(targets.get(i), calls.get(i), p, Optional.of(dsl));
            }
            return null;
          });
      Map<String, Object> ok = new LinkedHashMap<>();
      ok.put("success", true);
      return ApiResult.of(ok);
    }
    List<Object> results = new ArrayList<>();
    if (call.params().flag("concurrent") && calls.size() > 1) {
      int[] counter = StatementCounter.current();
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(calls.size(), 4));
      try {
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
          int n = i;
          futures.add(
              pool.submit(
                  () -> {
                    StatementCounter.join(counter);
                    try {
                      return one(targets.get(n), calls.get(n), p);
                    } finally {
                      StatementCounter.stop();
                    }
                  }));
        }
        for (Future<Object> f : futures) {
          results.add(f.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(ErrorCode.UNAVAILABLE, "The batch was interrupted.");
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdown();
      }
    } else {
      for (int i = 0; i < calls.size(); i++) {
        results.add(one(targets.get(i), calls.get(i), p));
      }
    }
    return ApiResult.of(results);
  }

  private Object one(Dispatcher.Target t, ApiCall call, Principal p) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      out.put("data", dispatcher.execute(t, call, p, Optional.empty()));
    } catch (ApiException e) {
      out.put("error", ErrorBody.of(e));
    }
    return out;
  }
}
