package io.tasklane.jobs;

import java.time.Duration;

/**
 * How the scheduler runs.
 *
 * @param enabled false for commands that only migrate or administer (no background work)
 * @param interval the pause between two runs of each job; the first run happens at start-up, so
 *     work missed while no node was running is caught up at once
 * @param lockAtMostFor how long a node that died mid-run keeps other nodes from the job
 */
public record JobSettings(boolean enabled, Duration interval, Duration lockAtMostFor) {
  public static JobSettings defaults() {
    return new JobSettings(true, Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  public JobSettings withInterval(Duration d) {
    return new JobSettings(enabled, d, lockAtMostFor);
  }
}
