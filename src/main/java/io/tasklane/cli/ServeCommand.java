package io.tasklane.cli;

import io.tasklane.app.Application;
import io.tasklane.jobs.JobSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: migrate, bootstrap, optionally load the demo, and answer HTTP until SIGTERM. */
@Command(name = "serve", description = "Run the server.", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--port",
      defaultValue = "${env:TASKLANE_PORT:-8080}",
      description = "HTTP port (env TASKLANE_PORT).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:TASKLANE_HOST:-0.0.0.0}",
      description = "Interface to listen on (env TASKLANE_HOST).")
  String host;

  @Option(
      names = "--demo",
      defaultValue = "${env:TASKLANE_DEMO:-false}",
      description = "Load the demo organisation once (env TASKLANE_DEMO).")
  boolean demo;

  @Option(
      names = "--jobs-interval-ms",
      defaultValue = "${env:TASKLANE_JOBS_INTERVAL_MS:-30000}",
      description =
          "Pause between runs of background jobs such as scheduled deactivations"
              + " (env TASKLANE_JOBS_INTERVAL_MS).")
  long jobsIntervalMs;

  private final PrintStream out;

  public ServeCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    if (jobsIntervalMs < 1) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--jobs-interval-ms must be positive.");
    }
    JobSettings jobs = JobSettings.defaults().withInterval(Duration.ofMillis(jobsIntervalMs));
    Application app = Application.start(common.config(host, port, demo, jobs), out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("Stopping Tasklane…");
                  app.close();
                  stopped.countDown();
                },
                "tasklane-shutdown"));
    out.printf(
        "Tasklane listening on http://%s:%d/attask/api (started in %d ms)%n",
        host.equals("0.0.0.0") ? "localhost" : host,
        app.port(),
        (System.nanoTime() - started) / 1_000_000);
    stopped.await();
    return 0;
  }
}
