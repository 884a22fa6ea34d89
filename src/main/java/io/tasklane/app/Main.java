package io.tasklane.app;

import io.tasklane.cli.Commands;
import io.tasklane.cli.CustomersCommand;
import io.tasklane.cli.LicensesCommand;
import io.tasklane.cli.MigrateCommand;
import io.tasklane.cli.ServeCommand;
import io.tasklane.cli.UsersCommand;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar tasklane.jar <command>}. */
@Command(
    name = "tasklane",
    description = "Tasklane: a self-hosted server for the Workfront REST API.",
    mixinStandardHelpOptions = true,
    version = "Tasklane 0.1")
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli =
        new CommandLine(new Main())
            .addSubcommand(new ServeCommand(out))
            .addSubcommand(new MigrateCommand(out))
            .addSubcommand(new CommandLine(new CustomersCommand(), Commands.factory(out)))
            .addSubcommand(new CommandLine(LicensesCommand.class, Commands.factory(out)))
            .addSubcommand(new CommandLine(new UsersCommand(), Commands.factory(out)));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("tasklane: " + e.getMessage());
          return 1;
        });
    if (args.length == 0) {
      cli.usage(out);
      return 2;
    }
    return cli.execute(args);
  }
}
