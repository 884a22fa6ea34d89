package io.tasklane.cli;

import io.tasklane.app.Application;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.store.Scope;
import io.tasklane.users.Licences;
import io.tasklane.users.LicenseType;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code licenses}: the seats per licence type (owned, in use, free, held by scheduled
 * deactivations); {@code licenses set standard=N light=N …} changes the owned seats through the
 * same pipeline and rules as an API edit of the customer (never below the seats in use), journaled
 * with source CLI.
 */
@Command(
    name = "licenses",
    description = "Show licence seats per type, or set them with 'licenses set'.",
    mixinStandardHelpOptions = true,
    subcommands = LicensesCommand.Set.class)
public final class LicensesCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  private final PrintStream out;

  LicensesCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() {
    Application.Parts parts = Application.assemble(common.config("localhost", 0, false), out);
    try {
      print(out, parts);
      return 0;
    } finally {
      parts.database().close();
    }
  }

  static void print(PrintStream out, Application.Parts parts) {
    List<Licences.Usage> usage =
        parts.database().read(dsl -> Licences.usage(dsl, parts.customerId()));
    out.printf("%-12s %6s %6s %6s %10s%n", "type", "owned", "in use", "free", "scheduled");
    for (Licences.Usage u : usage) {
      out.printf(
          "%-12s %6d %6d %6d %10d%n",
          u.type().name().toLowerCase(java.util.Locale.ROOT),
          u.owned(),
          u.used(),
          u.free(),
          u.scheduled());
    }
  }

  /** {@code licenses set standard=12 light=5 …}. */
  @Command(
      name = "set",
      description = "Set the owned seats of one or more licence types, e.g. standard=12 light=5.",
      mixinStandardHelpOptions = true)
  static final class Set implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "TYPE=N", description = "Seats per licence type.")
    List<String> assignments;

    @Option(names = "--reason", description = "Why, recorded in the journal.")
    String reason;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    private final PrintStream out;

    Set(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Map<String, Object> seats = parse();
      Application.Parts parts = Application.assemble(common.config("localhost", 0, false), out);
      try {
        parts
            .database()
            .transaction(
                dsl -> {
                  WriteContext ctx =
                      new WriteContext(
                          dsl,
                          new Scope(parts.customerId()),
                          Optional.empty(),
                          Clock.systemUTC().instant(),
                          Source.CLI,
                          Optional.ofNullable(reason));
                  parts.writes().edit(ctx, parts.registry().get("CUST"), parts.customerId(), seats);
                  return null;
                });
        print(out, parts);
        return 0;
      } finally {
        parts.database().close();
      }
    }

    private Map<String, Object> parse() {
      Map<String, Object> seats = new LinkedHashMap<>();
      for (String a : assignments) {
        String[] kv = a.split("=", 2);
        Optional<LicenseType> type =
            kv.length == 2 ? LicenseType.parse(kv[0].trim()) : Optional.empty();
        if (type.isEmpty() || !type.get().paid()) {
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "'" + a + "': expected TYPE=N with TYPE one of " + paidTypes() + ".");
        }
        try {
          seats.put(type.get().seatsField(), Integer.parseInt(kv[1].trim()));
        } catch (NumberFormatException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "'" + a + "': the number of seats must be a whole number.");
        }
      }
      return seats;
    }

    private static String paidTypes() {
      StringBuilder s = new StringBuilder();
      for (LicenseType t : LicenseType.values()) {
        if (t.paid()) {
          s.append(s.length() == 0 ? "" : ", ").append(t.name().toLowerCase(java.util.Locale.ROOT));
        }
      }
      return s.toString();
    }
  }
}
