package io.tasklane.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Configuration;
import org.jooq.DSLContext;

/**
 * Work a feature defers to the end of the transaction: {@link Database#transaction} runs every hook
 * registered in it after the transaction's work and right before it commits, in the order they were
 * registered. A hook that takes a hot row lock (a licence seat counter) holds it only for its own
 * statements and the commit. A failing hook rolls the whole transaction back.
 */
public final class BeforeCommit {
  /** Deferred work of one transaction; collects what the transaction asks for until it runs. */
  public interface Hook {
    void run(DSLContext dsl);
  }

  private static final String KEY = BeforeCommit.class.getName();

  private BeforeCommit() {}

  /**
   * The hook of type {@code type} registered in {@code dsl}'s transaction, registering one made by
   * {@code create} when there is none yet; empty when {@code dsl} runs no transaction of {@link
   * Database} (the caller then does the work at once).
   */
  public static <H extends Hook> Optional<H> hook(
      DSLContext dsl, Class<H> type, Supplier<H> create) {
    Map<Class<?>, Hook> hooks = hooks(dsl.configuration());
    if (hooks == null) {
      return Optional.empty();
    }
    return Optional.of(type.cast(hooks.computeIfAbsent(type, k -> create.get())));
  }

  /** Marks a transaction's configuration as taking hooks. */
  static void open(Configuration tx) {
    tx.data(KEY, new LinkedHashMap<Class<?>, Hook>());
  }

  /** Runs the hooks of a transaction, each once, including hooks registered while they run. */
  static void run(Configuration tx) {
    Map<Class<?>, Hook> hooks = hooks(tx);
    List<Hook> done = new ArrayList<>();
    while (hooks != null && done.size() < hooks.size()) {
      for (Hook h : List.copyOf(hooks.values())) {
        if (!done.contains(h)) {
          done.add(h);
          h.run(tx.dsl());
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<Class<?>, Hook> hooks(Configuration c) {
    return (Map<Class<?>, Hook>) c.data(KEY);
  }
}
