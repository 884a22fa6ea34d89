package io.tasklane.jobs;

/**
 * One periodic job. {@code run} does its work in its own transactions and must be safe to run again
 * at once (another node may run it right after this one); it returns how many items it did.
 */
public record Job(String name, Work work) {
  /** The job's work. */
  @FunctionalInterface
  public interface Work {
    int run();
  }
}
