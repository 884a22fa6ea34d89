package io.tasklane.users;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.auth.Tokens;
import io.tasklane.common.Ids;
import io.tasklane.objects.Source;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import io.tasklane.store.Database;
import io.tasklane.store.Scope;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * First start: the default customer with its seats, the built-in access levels, a default group and
 * the System Administrator {@code admin}. Runs once per database, even when several nodes start
 * together (they serialise on the {@code installation} row).
 */
public final class Bootstrap {
  /** Seats a fresh server owns of each paid licence type (DESIGN.md). */
  public static final int DEFAULT_SEATS = 100;

  private final Database database;
  private final Writes writes;
  private final Registry registry;
  private final Clock clock;

  public Bootstrap(Database database, Writes writes, Registry registry, Clock clock) {
    this.database = database;
    this.writes = writes;
    this.registry = registry;
    this.clock = clock;
  }

  /** What the first start did. */
  public record Outcome(String customerId, boolean created, Optional<String> generatedPassword) {}

  public Outcome ensure(Optional<String> adminPassword, ZoneId zone) {
    Optional<String> existing = defaultCustomer();
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false, Optional.empty());
    }
    Optional<String> generated =
        adminPassword.isPresent()
            ? Optional.empty()
            : Optional.of(Tokens.random().substring(0, 20));
    String password = adminPassword.orElseGet(generated::get);
    try {
      String customerId = database.transaction(dsl -> create(dsl, password, zone));
      return new Outcome(customerId, true, generated);
    } catch (io.tasklane.common.ApiException e) {
      // Another node won the race on the installation row.
      return new Outcome(defaultCustomer().orElseThrow(() -> e), false, Optional.empty());
    }
  }

  public Optional<String> defaultCustomer() {
    return database.read(
        dsl ->
            dsl.select(field(name("default_customer_id"), String.class))
                .from(table(name("installation")))
                .where(field(name("id"), Integer.class).eq(1))
                .fetchOptional(0, String.class));
  }

  private String create(DSLContext dsl, String password, ZoneId zone) {
    String customerId =
        provision(dsl, new CustomerSpec("Tasklane", Optional.empty(), zone, "admin", password));
    dsl.insertInto(table(name("installation")))
        .columns(field(name("id")), field(name("default_customer_id")), field(name("created_at")))
        .values(1, customerId, clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .execute();
    return customerId;
  }

  /**
   * A customer to provision: its name, optional domain (the host name's first label that selects it
   * at login when usernames repeat across customers), time zone and first administrator.
   */
  public record CustomerSpec(
      String name,
      Optional<String> domain,
      ZoneId zone,
      String adminUsername,
      String adminPassword) {}

  /** Provisions another customer in its own transaction; returns its ID. */
  public String provision(CustomerSpec spec) {
    return database.transaction(dsl -> provision(dsl, spec));
  }

  /**
   * Creates a customer with seats of every paid licence type, the built-in access levels, a default
   * group and a System Administrator, all scoped to the new customer.
   */
  private String provision(DSLContext dsl, CustomerSpec spec) {
    String customerId = Ids.newId();
    WriteContext ctx =
        new WriteContext(
            dsl,
            new Scope(customerId),
            Optional.empty(),
            clock.instant(),
            Source.SYSTEM,
            Optional.empty());
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("ID", customerId);
    customer.put("name", spec.name());
    spec.domain().ifPresent(d -> customer.put("domain", d));
    customer.put("timeZone", spec.zone().getId());
    customer.put("locale", "en_US");
    customer.put("currency", "USD");
    for (LicenseType t : LicenseType.values()) {
      if (t.paid()) {
        customer.put(t.seatsField(), DEFAULT_SEATS);
      }
    }
    writes.create(ctx, registry.get("CUST"), customer);
    String adminLevel = null;
    for (BuiltInAccessLevels level : BuiltInAccessLevels.ALL) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", level.name());
      v.put("description", level.description());
      v.put("licenseType", level.license().name());
      v.put("isAdmin", level.admin());
      v.put("isReadOnly", level.readOnly());
      v.put("rank", level.rank());
      String id = writes.create(ctx, registry.get("ACSLVL"), v);
      if (level.admin()) {
        adminLevel = id;
      }
    }
    String group =
        writes.create(
            ctx,
            registry.get("GROUP"),
            Map.of("name", OrgDefaults.DEFAULT_GROUP, "description", "Everyone starts here."));
    Map<String, Object> admin = new LinkedHashMap<>();
    admin.put("firstName", "System");
    admin.put("lastName", "Administrator");
    admin.put("username", spec.adminUsername());
    admin.put("password", spec.adminPassword());
    admin.put("accessLevelID", adminLevel);
    admin.put("homeGroupID", group);
    writes.create(ctx, registry.get("USER"), admin);
    return customerId;
  }
}
