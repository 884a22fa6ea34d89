package io.tasklane.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each job every {@link JobSettings#interval} under a ShedLock lock named after it, so that
 * with several nodes on one database one node at a time runs it (DESIGN.md "Events, jobs,
 * scale-out"). A failed run is logged and the schedule goes on (STYLE.md principle 10). The locks
 * measure wall-clock time; jobs take their business time from the injected Clock.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final List<Job> jobs;
  private final JobSettings settings;
  private final LockingTaskExecutor locks;
  private ScheduledExecutorService executor;

  public Scheduler(DataSource dataSource, List<Job> jobs, JobSettings settings) {
    this.jobs = List.copyOf(jobs);
    this.settings = settings;
    this.locks = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, "shedlock"));
  }

  /** Starts the periodic runs; the first run of each job is immediate (catch-up after downtime). */
  public synchronized void start() {
    if (!settings.enabled() || executor != null) {
      return;
    }
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tasklane-jobs-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(1, settings.interval().toMillis());
    for (Job job : jobs) {
      executor.scheduleWithFixedDelay(() -> runLogged(job), 0, every, TimeUnit.MILLISECONDS);
    }
  }

  /** Runs one job now on this thread, under its lock; false when another node holds the lock. */
  public boolean runNow(String name) {
    Job job =
        jobs.stream()
            .filter(j -> j.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no job named " + name));
    return runLocked(job);
  }

  private void runLogged(Job job) {
    try {
      runLocked(job);
    } catch (Throwable e) { // NOPMD: a scheduled executor stops a task that throws
      LOG.error("job {} failed; it runs again in {}", job.name(), settings.interval(), e);
    }
  }

  private boolean runLocked(Job job) {
    LockConfiguration lock =
        new LockConfiguration(
            ClockProvider.now(), job.name(), settings.lockAtMostFor(), Duration.ZERO);
    try {
      LockingTaskExecutor.TaskResult<Integer> result =
          locks.executeWithLock(() -> job.work().run(), lock);
      if (result.wasExecuted() && result.getResult() != null && result.getResult() > 0) {
        LOG.info("job {} did {} item(s)", job.name(), result.getResult());
      }
      return result.wasExecuted();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("job " + job.name() + " failed", e);
    }
  }

  /** Stops scheduling and waits briefly for a running job to finish. */
  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }
}
