package io.tasklane.cli;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.app.Application;
import io.tasklane.common.ApiException;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.store.Scope;
import io.tasklane.users.Offboarding;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code users offboard <username> --to <username> [--dry-run] [--at <date>]}: the same hand-over
 * and deactivation as {@code PUT /USER/<ID>/handOver} (reference §7.6), in one transaction,
 * journaled with source CLI. {@code --at} schedules the deactivation for 00:00 of that date in the
 * customer's time zone.
 */
@Command(
    name = "users",
    description = "Administer users.",
    mixinStandardHelpOptions = true,
    subcommands = UsersCommand.Offboard.class)
public final class UsersCommand {
  // the group itself does nothing; picocli prints usage when no subcommand is given

  /** {@code users offboard}. */
  @Command(
      name = "offboard",
      description = "Hand a user's open work to a successor and deactivate them.",
      mixinStandardHelpOptions = true)
  static final class Offboard implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "Who leaves.")
    String username;

    @Option(names = "--to", paramLabel = "USERNAME", description = "The active successor.")
    String to;

    @Option(names = "--dry-run", description = "Only report what ties work to the user.")
    boolean dryRun;

    @Option(
        names = "--at",
        paramLabel = "DATE",
        description = "Deactivate at 00:00 of this date (yyyy-MM-dd) instead of now.")
    String at;

    @Option(names = "--reason", description = "Why, recorded in the journal.")
    String reason;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    private final PrintStream out;

    Offboard(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Optional<LocalDate> on = Optional.empty();
      if (at != null) {
        try {
          on = Optional.of(LocalDate.parse(at));
        } catch (DateTimeParseException e) {
          throw new CommandLine.ParameterException(
              spec.commandLine(), "--at '" + at + "': use yyyy-MM-dd.");
        }
      }
      Optional<LocalDate> date = on;
      Application.Parts parts = Application.assemble(common.config("localhost", 0, false), out);
      try {
        Map<String, Object> report =
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
                      String leaving = userId(dsl, parts.customerId(), username);
                      Optional<String> successor =
                          Optional.ofNullable(to).map(t -> userId(dsl, parts.customerId(), t));
                      return parts
                          .offboarding()
                          .run(ctx, new Offboarding.Request(leaving, successor, dryRun, date));
                    });
        print(report);
        return 0;
      } finally {
        parts.database().close();
      }
    }

    private void print(Map<String, Object> report) {
      out.println((dryRun ? "Would hand over" : "Handed over") + " from " + username + ":");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> ties = (List<Map<String, Object>>) report.get("handOver");
      if (ties.isEmpty()) {
        out.println("  no open work");
      }
      for (Map<String, Object> t : ties) {
        out.println(
            "  "
                + t.get("objCode")
                + "."
                + t.get("field")
                + ": "
                + t.get("count")
                + " "
                + t.get("IDs")
                + " — "
                + t.get("meaning"));
      }
      out.println("Ends with the account: " + report.get("endsWithAccount"));
      out.println("Not modelled, check by hand: " + report.get("notModelled"));
      if (!dryRun) {
        Object scheduled = report.get("scheduleDeactivationDate");
        out.println(
            scheduled != null
                ? username + " will be deactivated at " + scheduled + "."
                : username + " is deactivated.");
      }
    }

    /** The user with this username, the active one first. */
    private static String userId(DSLContext dsl, String customerId, String username) {
      return dsl.select(field(name("id"), String.class))
          .from(table(name("users")))
          .where(field(name("customer_id"), String.class).eq(customerId))
          .and(
              org.jooq
                  .impl
                  .DSL
                  .lower(field(name("username"), String.class))
                  .eq(username.toLowerCase(Locale.ROOT)))
          .and(field(name("deleted_date")).isNull())
          .orderBy(field(name("is_active"), Boolean.class).desc(), field(name("id")).desc())
          .limit(1)
          .fetchOptional(0, String.class)
          .orElseThrow(() -> ApiException.notFound("No user named " + username + "."));
    }
  }
}
