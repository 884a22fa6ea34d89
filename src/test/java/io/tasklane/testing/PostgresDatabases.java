package io.tasklane.testing;

import io.tasklane.common.Ids;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a PostgreSQL database of its own for each test server (on the server named by {@code
 * TASKLANE_TEST_PG_URL}, user {@code TASKLANE_TEST_PG_USER}, default postgres) and drops them when
 * the JVM exits.
 */
public final class PostgresDatabases {
  private static final List<String> CREATED = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabases::dropAll));
  }

  private PostgresDatabases() {}

  static boolean configured() {
    String url = System.getenv("TASKLANE_TEST_PG_URL");
    return url != null && !url.isBlank();
  }

  static String user() {
    String u = System.getenv("TASKLANE_TEST_PG_USER");
    return u == null || u.isBlank() ? "postgres" : u;
  }

  static String password() {
    String p = System.getenv("TASKLANE_TEST_PG_PASSWORD");
    return p == null ? "" : p;
  }

  /** A new empty database; returns its JDBC URL. */
  public static synchronized String create() {
    String admin = System.getenv("TASKLANE_TEST_PG_URL");
    String name = "tasklane_it_" + Ids.randomHex(6);
    try (Connection c = DriverManager.getConnection(admin, user(), password());
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database on " + admin, e);
    }
    CREATED.add(name);
    return withDatabase(admin, name);
  }

  static String withDatabase(String url, String name) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String base = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
    String params = query < 0 ? "" : url.substring(query);
    return base + "/" + name + params;
  }

  private static synchronized void dropAll() {
    String admin = System.getenv("TASKLANE_TEST_PG_URL");
    if (admin == null || CREATED.isEmpty()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(admin, user(), password());
        Statement s = c.createStatement()) {
      for (String name : CREATED) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      System.err.println("could not drop test databases: " + e.getMessage());
    }
  }
}
