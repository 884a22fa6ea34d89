package io.tasklane.cli;

import io.tasklane.app.Application;
import io.tasklane.auth.Tokens;
import io.tasklane.users.Bootstrap;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code customers create}: provisions another customer on the same server. Its users log in
 * through the host name {@code <domain>.<server>} when a username exists in several customers.
 */
@Command(
    name = "customers",
    description = "Manage customers (tenants).",
    mixinStandardHelpOptions = true,
    subcommands = CustomersCommand.Create.class)
public final class CustomersCommand {
  // the group itself does nothing; picocli prints usage when no subcommand is given

  /** {@code customers create --name … --domain … --admin-username …}. */
  @Command(
      name = "create",
      description = "Provision a customer with its own administrator.",
      mixinStandardHelpOptions = true)
  static final class Create implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--name", required = true, description = "Customer name.")
    String name;

    @Option(
        names = "--domain",
        required = true,
        description = "Host-name label that selects the customer.")
    String domain;

    @Option(
        names = "--admin-username",
        required = true,
        description = "Username of its System Administrator.")
    String adminUsername;

    @Option(
        names = "--time-zone",
        defaultValue = "UTC",
        description = "Customer time zone (default UTC).")
    String timeZone;

    private final PrintStream out;

    Create(PrintStream out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Optional<String> given =
          Optional.ofNullable(System.getenv("TASKLANE_CUSTOMER_ADMIN_PASSWORD"))
              .filter(s -> !s.isBlank());
      String password = given.orElseGet(() -> Tokens.random().substring(0, 20));
      Application.Parts parts = Application.assemble(common.config("localhost", 0, false), out);
      try {
        String id =
            parts
                .bootstrap()
                .provision(
                    new Bootstrap.CustomerSpec(
                        name, Optional.of(domain), ZoneId.of(timeZone), adminUsername, password));
        out.println("Created customer " + name + " (" + id + ") with domain " + domain + ".");
        if (given.isEmpty()) {
          out.println(
              "Its administrator "
                  + adminUsername
                  + " has the generated password: "
                  + password
                  + " (shown once).");
        }
        return 0;
      } finally {
        parts.database().close();
      }
    }
  }
}
