package io.tasklane.cli;

import io.tasklane.app.Application;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate}: bring the database schema up to date (and bootstrap it) without serving. */
@Command(
    name = "migrate",
    description = "Migrate the database and exit.",
    mixinStandardHelpOptions = true)
public final class MigrateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  private final PrintStream out;

  public MigrateCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    Application.Parts parts = Application.assemble(common.config("localhost", 0, false), out);
    parts.database().close();
    out.println("Database is up to date.");
    return 0;
  }
}
