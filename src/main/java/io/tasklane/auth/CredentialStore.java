package io.tasklane.auth;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import io.tasklane.store.Guard;
import io.tasklane.store.PlainQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * SQL for sessions, API keys and login bookkeeping. Lookups by token hash find the customer from
 * the token itself; everything else is confined to the user's customer.
 */
public final class CredentialStore {
  private static final Table<?> SESSIONS = table(name("sessions")).as("s");
  private static final Table<?> KEYS = table(name("api_keys")).as("k");
  private static final Table<?> USERS = table(name("users")).as("u");
  private static final Table<?> LEVELS = table(name("access_levels")).as("a");
  private static final Table<?> CUSTOMERS = table(name("customers")).as("c");

  private static final Field<String> U_ID = field(name("u", "id"), String.class);
  private static final Field<String> U_CUSTOMER = field(name("u", "customer_id"), String.class);
  private static final Field<String> U_USERNAME = field(name("u", "username"), String.class);
  private static final Field<String> U_LEVEL = field(name("u", "access_level_id"), String.class);
  private static final Field<Boolean> U_ACTIVE = field(name("u", "is_active"), Boolean.class);
  private static final Field<String> A_ID = field(name("a", "id"), String.class);
  private static final Field<String> A_LICENSE = field(name("a", "license_type"), String.class);
  private static final Field<Boolean> A_ADMIN = field(name("a", "is_admin"), Boolean.class);
  private static final Field<Integer> A_RANK = field(name("a", "rank"), Integer.class);
  private static final Field<String> A_USER_ADMIN = field(name("a", "user_admin"), String.class);
  private static final Field<String> C_ID = field(name("c", "id"), String.class);
  private static final Field<String> C_ZONE = field(name("c", "time_zone"), String.class);
  private static final List<Field<?>> PRINCIPAL =
      List.of(
          U_ID, U_CUSTOMER, U_USERNAME, U_LEVEL, A_LICENSE, A_ADMIN, A_RANK, A_USER_ADMIN, C_ZONE);

  /** The user row a login attempt needs. */
  public record LoginRow(
      String userId,
      String customerId,
      Optional<String> customerDomain,
      String passwordHash,
      boolean active,
      int failures,
      Optional<Instant> lastFailure,
      Optional<Instant> lockedUntil) {}

  /**
   * A credential resolved: the principal, when the credential would expire, and the stored values
   * the principal was made of ({@link #snapshot}), which a later read's guard compares.
   */
  record Resolved(Principal principal, Instant expiresAt, List<Object> snapshot) {}

  /*
   * The session and API-key look-ups run on every request that is not a guarded read
   * (Authenticator#remembered). Their SQL is rendered once and run through store.PlainQueries:
   * rendering this four-table join cost more CPU than PostgreSQL spends answering it (bench/run).
   * The look-up, or the guard that repeats it inside a read, happens every time, so a deactivated
   * user's credentials fail on the very next request.
   */
  Optional<Resolved> bySession(DSLContext dsl, String hash, Instant now) {
    String sql =
        PlainQueries.shape(
            "auth.bySession",
            () -> {
              Field<OffsetDateTime> expires = field(name("s", "expires_at"), OffsetDateTime.class);
              return dsl.render(
                  principalQuery(dsl, expires)
                      .from(SESSIONS)
                      .join(USERS)
                      .on(U_ID.eq(field(name("s", "user_id"), String.class)))
                      .join(LEVELS)
                      .on(A_ID.eq(U_LEVEL))
                      .join(CUSTOMERS)
                      .on(C_ID.eq(U_CUSTOMER))
                      .where(field(name("s", "token_hash"), String.class).eq(param("hash")))
                      .and(expires.gt(timeParam("now")))
                      .and(
                          field(name("s", "absolute_expires_at"), OffsetDateTime.class)
                              .gt(timeParam("now2")))
                      .and(U_ACTIVE.isTrue()));
            });
    return PlainQueries.list(
            dsl, sql, List.of(hash, utc(now), utc(now)), rs -> resolved(rs, Optional.of(hash)))
        .stream()
        .findFirst();
  }

  Optional<Resolved> byApiKey(DSLContext dsl, String hash, Instant now) {
    Field<OffsetDateTime> expires = field(name("k", "expires_at"), OffsetDateTime.class);
    String sql =
        PlainQueries.shape(
            "auth.byApiKey",
            () ->
                dsl.render(
                    principalQuery(dsl, expires)
                        .from(KEYS)
                        .join(USERS)
                        .on(U_ID.eq(field(name("k", "user_id"), String.class)))
                        .join(LEVELS)
                        .on(A_ID.eq(U_LEVEL))
                        .join(CUSTOMERS)
                        .on(C_ID.eq(U_CUSTOMER))
                        .where(field(name("k", "key_hash"), String.class).eq(param("hash")))
                        .and(expires.gt(timeParam("now")))
                        .and(U_ACTIVE.isTrue())));
    return PlainQueries.list(
            dsl, sql, List.of(hash, utc(now)), rs -> resolved(rs, Optional.empty()))
        .stream()
        .findFirst();
  }

  /*
   * Guards: the look-ups above as a condition, true while the credential still resolves to a user
   * whose stored values equal the snapshot taken when it was last looked up. Aliases start with g
   * so that they never meet the aliases of the statement they join.
   */
  private static final String GUARDED_USER =
      " JOIN users gu ON gu.id = g.user_id"
          + " JOIN access_levels ga ON ga.id = gu.access_level_id"
          + " JOIN customers gc ON gc.id = gu.customer_id";
  private static final String SAME_PRINCIPAL =
      " AND gu.is_active = TRUE AND gu.username = ? AND gu.access_level_id = ?"
          + " AND ga.license_type = ? AND ga.is_admin = ? AND ga.rank = ?"
          + " AND COALESCE(ga.user_admin, '') = ? AND COALESCE(gc.time_zone, '') = ?)";
  private static final String SESSION_GUARD =
      "EXISTS (SELECT 1 FROM sessions g"
          + GUARDED_USER
          + " WHERE g.token_hash = ? AND g.expires_at > CAST(? AS TIMESTAMP WITH TIME ZONE)"
          + " AND g.absolute_expires_at > CAST(? AS TIMESTAMP WITH TIME ZONE)"
          + SAME_PRINCIPAL;
  private static final String API_KEY_GUARD =
      "EXISTS (SELECT 1 FROM api_keys g"
          + GUARDED_USER
          + " WHERE g.key_hash = ? AND g.expires_at > CAST(? AS TIMESTAMP WITH TIME ZONE)"
          + SAME_PRINCIPAL;

  static Guard sessionGuard(String hash, Instant now, List<Object> snapshot) {
    List<Object> binds = new ArrayList<>(List.of(hash, utc(now), utc(now)));
    binds.addAll(snapshot);
    return new Guard(SESSION_GUARD, binds, credential(hash, snapshot), now);
  }

  static Guard apiKeyGuard(String hash, Instant now, List<Object> snapshot) {
    List<Object> binds = new ArrayList<>(List.of(hash, utc(now)));
    binds.addAll(snapshot);
    return new Guard(API_KEY_GUARD, binds, credential(hash, snapshot), now);
  }

  private static List<Object> credential(String hash, List<Object> snapshot) {
    List<Object> out = new ArrayList<>(snapshot.size() + 1);
    out.add(hash);
    out.addAll(snapshot);
    return out;
  }

  /** A look-up's row: the principal's columns, then the credential's expiry. */
  private static Resolved resolved(ResultSet rs, Optional<String> sessionHash) throws SQLException {
    return new Resolved(
        principal(rs, sessionHash),
        rs.getObject(PRINCIPAL.size() + 1, OffsetDateTime.class).toInstant(),
        snapshot(rs));
  }

  /** The stored values {@link #SAME_PRINCIPAL} compares, in its order. */
  private static List<Object> snapshot(ResultSet rs) throws SQLException {
    String userAdmin = rs.getString(column(A_USER_ADMIN));
    String zone = rs.getString(column(C_ZONE));
    return List.of(
        rs.getString(column(U_USERNAME)),
        rs.getString(column(U_LEVEL)),
        rs.getString(column(A_LICENSE)),
        rs.getBoolean(column(A_ADMIN)),
        rs.getInt(column(A_RANK)),
        userAdmin == null ? "" : userAdmin,
        zone == null ? "" : zone);
  }

  private static Param<String> param(String name) {
    return DSL.param(name, SQLDataType.VARCHAR);
  }

  private static Param<OffsetDateTime> timeParam(String name) {
    return DSL.param(name, SQLDataType.TIMESTAMPWITHTIMEZONE);
  }

  /** The principal from the columns of {@link #PRINCIPAL}, found by their position in it. */
  private static Principal principal(ResultSet rs, Optional<String> sessionHash)
      throws SQLException {
    String zone = rs.getString(column(C_ZONE));
    return new Principal(
        rs.getString(column(U_CUSTOMER)),
        rs.getString(column(U_ID)),
        rs.getString(column(U_USERNAME)),
        rs.getString(column(U_LEVEL)),
        rs.getString(column(A_LICENSE)),
        rs.getBoolean(column(A_ADMIN)),
        rs.getInt(column(A_RANK)),
        zone == null ? ZoneOffset.UTC : ZoneId.of(zone),
        sessionHash,
        UserAdminScope.ofStored(rs.getString(column(A_USER_ADMIN))));
  }

  /** JDBC column numbers of {@link #PRINCIPAL}'s fields, worked out once. */
  private static final java.util.Map<Field<?>, Integer> COLUMNS = columns();

  private static java.util.Map<Field<?>, Integer> columns() {
    java.util.Map<Field<?>, Integer> out = new java.util.IdentityHashMap<>();
    for (int i = 0; i < PRINCIPAL.size(); i++) {
      out.put(PRINCIPAL.get(i), i + 1);
    }
    return out;
  }

  private static int column(Field<?> f) {
    return COLUMNS.get(f);
  }

  Optional<Principal> byUserId(DSLContext dsl, String userId) {
    Record r =
        principalQuery(dsl)
            .from(USERS)
            .join(LEVELS)
            .on(A_ID.eq(U_LEVEL))
            .join(CUSTOMERS)
            .on(C_ID.eq(U_CUSTOMER))
            .where(U_ID.eq(userId))
            .fetchOne();
    return Optional.ofNullable(r).map(x -> principal(x, Optional.empty()));
  }

  private static org.jooq.SelectSelectStep<Record> principalQuery(
      DSLContext dsl, Field<?>... extra) {
    List<Field<?>> fields = new java.util.ArrayList<>(PRINCIPAL);
    fields.addAll(List.of(extra));
    return dsl.select(fields);
  }

  private static Principal principal(Record r, Optional<String> sessionHash) {
    String zone = r.get(C_ZONE);
    return new Principal(
        r.get(U_CUSTOMER),
        r.get(U_ID),
        r.get(U_USERNAME),
        r.get(U_LEVEL),
        r.get(A_LICENSE),
        Boolean.TRUE.equals(r.get(A_ADMIN)),
        r.get(A_RANK),
        zone == null ? ZoneOffset.UTC : ZoneId.of(zone),
        sessionHash,
        UserAdminScope.ofStored(r.get(A_USER_ADMIN)));
  }

  /**
   * Users with this username (ignoring case) in any customer, active ones first, each with its
   * customer's domain so the caller can tell customers apart.
   */
  List<LoginRow> usersForLogin(DSLContext dsl, String username) {
    Field<String> hashField = field(name("u", "password_hash"), String.class);
    Field<Integer> failures = field(name("u", "failed_login_count"), Integer.class);
    Field<OffsetDateTime> lastFailure = field(name("u", "last_failed_login"), OffsetDateTime.class);
    Field<OffsetDateTime> locked = field(name("u", "locked_until"), OffsetDateTime.class);
    Field<String> domain = field(name("c", "domain"), String.class);
    return dsl.select(U_ID, U_CUSTOMER, hashField, U_ACTIVE, failures, lastFailure, locked, domain)
        .from(USERS)
        .join(CUSTOMERS)
        .on(C_ID.eq(U_CUSTOMER))
        .where(DSL.lower(U_USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
        .orderBy(U_ACTIVE.desc(), U_ID)
        .fetch(
            r ->
                new LoginRow(
                    r.get(U_ID),
                    r.get(U_CUSTOMER),
                    Optional.ofNullable(r.get(domain)),
                    r.get(hashField),
                    Boolean.TRUE.equals(r.get(U_ACTIVE)),
                    r.get(failures),
                    Optional.ofNullable(r.get(lastFailure)).map(OffsetDateTime::toInstant),
                    Optional.ofNullable(r.get(locked)).map(OffsetDateTime::toInstant)));
  }

  void recordFailure(DSLContext dsl, String userId, Instant now, Optional<Instant> lockUntil) {
    dsl.update(table(name("users")))
        .set(
            field(name("failed_login_count"), Integer.class),
            field(name("failed_login_count"), Integer.class).plus(1))
        .set(field(name("last_failed_login"), OffsetDateTime.class), utc(now))
        .set(
            field(name("locked_until"), OffsetDateTime.class),
            lockUntil.map(CredentialStore::utc).orElse(null))
        .where(field(name("id"), String.class).eq(userId))
        .execute();
  }

  void recordSuccess(DSLContext dsl, String userId, Instant now) {
    dsl.update(table(name("users")))
        .set(field(name("failed_login_count"), Integer.class), 0)
        .set(field(name("locked_until"), OffsetDateTime.class), (OffsetDateTime) null)
        .set(field(name("last_login_date"), OffsetDateTime.class), utc(now))
        .set(
            field(name("login_count"), Integer.class),
            field(name("login_count"), Integer.class).plus(1))
        .where(field(name("id"), String.class).eq(userId))
        .execute();
  }

  void createSession(
      DSLContext dsl, String hash, Principal p, Instant now, Instant idle, Instant absolute) {
    dsl.insertInto(table(name("sessions")))
        .columns(
            field(name("token_hash")),
            field(name("customer_id")),
            field(name("user_id")),
            field(name("created_at")),
            field(name("expires_at")),
            field(name("absolute_expires_at")))
        .values(hash, p.customerId(), p.userId(), utc(now), utc(idle), utc(absolute))
        .execute();
  }

  void extendSession(DSLContext dsl, String hash, Instant expires) {
    dsl.update(table(name("sessions")))
        .set(field(name("expires_at"), OffsetDateTime.class), utc(expires))
        .where(field(name("token_hash"), String.class).eq(hash))
        .execute();
  }

  void deleteSession(DSLContext dsl, String hash) {
    dsl.deleteFrom(table(name("sessions")))
        .where(field(name("token_hash"), String.class).eq(hash))
        .execute();
  }

  /** Removes every session and API key of a user: revocation on deactivation. */
  public int revokeAll(DSLContext dsl, String customerId, String userId) {
    int n = 0;
    for (String t : List.of("sessions", "api_keys")) {
      String sql =
          PlainQueries.shape(
              new Revoke(t, dsl.dialect()),
              () ->
                  dsl.render(
                      dsl.deleteFrom(table(name(t)))
                          .where(
                              field(name("user_id"), String.class)
                                  .eq(DSL.param("user", String.class)))
                          .and(
                              field(name("customer_id"), String.class)
                                  .eq(DSL.param("customer", String.class)))));
      n += PlainQueries.update(dsl, sql, List.of(userId, customerId));
    }
    return n;
  }

  /** The shape of one revocation statement (every deactivation runs two). */
  private record Revoke(String table, org.jooq.SQLDialect dialect) {}

  Optional<String> sealedApiKey(DSLContext dsl, String userId, Instant now) {
    return dsl.select(field(name("key_sealed"), String.class))
        .from(table(name("api_keys")))
        .where(field(name("user_id"), String.class).eq(userId))
        .and(field(name("expires_at"), OffsetDateTime.class).gt(utc(now)))
        .fetchOptional(0, String.class);
  }

  void replaceApiKey(
      DSLContext dsl, Principal user, String hash, String sealed, Instant now, Instant expires) {
    clearApiKey(dsl, user.userId());
    dsl.insertInto(table(name("api_keys")))
        .columns(
            field(name("key_hash")),
            field(name("customer_id")),
            field(name("user_id")),
            field(name("key_sealed")),
            field(name("created_at")),
            field(name("expires_at")))
        .values(hash, user.customerId(), user.userId(), sealed, utc(now), utc(expires))
        .execute();
  }

  int clearApiKey(DSLContext dsl, String userId) {
    return dsl.deleteFrom(table(name("api_keys")))
        .where(field(name("user_id"), String.class).eq(userId))
        .execute();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
