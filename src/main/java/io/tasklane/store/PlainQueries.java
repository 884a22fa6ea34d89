package io.tasklane.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * Hot statements of a fixed shape (credential look-ups, batch loads by ID): jOOQ renders each shape
 * once, and later executions bind and read through JDBC directly. Building and rendering a jOOQ
 * query costs more CPU than PostgreSQL spends answering a primary-key look-up (measured with
 * bench/run), and these statements run on every request. Values are always bound; SQL text comes
 * only from shapes built of registry names. Each execution counts as a statement.
 */
public final class PlainQueries {
  /** Shapes are few (one per type and field list); past this many the cache starts over. */
  private static final int MAX_SHAPES = 4096;

  private static final Map<Object, String> SHAPES = new ConcurrentHashMap<>();

  private PlainQueries() {}

  /** Reads one row of a result set. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The SQL of a shape, rendered by {@code render} the first time the key is seen. */
  public static String shape(Object key, Supplier<String> render) {
    String sql = SHAPES.get(key);
    if (sql == null) {
      if (SHAPES.size() >= MAX_SHAPES) {
        SHAPES.clear();
      }
      sql = render.get();
      SHAPES.put(key, sql);
    }
    return sql;
  }

  /**
   * Runs {@code sql} with {@code binds} on the context's connection (the request's transaction, if
   * any). Binds: String, String[] (a text array), Integer, Long, Double, BigDecimal, Boolean,
   * OffsetDateTime, LocalDate, a typed {@link Null} or null (text).
   */
  public static <T> List<T> list(DSLContext dsl, String sql, List<?> binds, RowReader<T> reader) {
    StatementCounter.countOne();
    return dsl.connectionResult(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(dsl, connection, ps, binds);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(reader.read(rs));
              }
            }
            return out;
          } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
          }
        });
  }

  /** Runs an INSERT, UPDATE or DELETE of a rendered shape; returns the rows it changed. */
  public static int update(DSLContext dsl, String sql, List<?> binds) {
    StatementCounter.countOne();
    return dsl.connectionResult(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(dsl, connection, ps, binds);
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
          }
        });
  }

  /** A typed null: PostgreSQL wants to know what a NULL parameter is. */
  public record Null(int sqlType) {}

  private static void bind(
      DSLContext dsl, Connection connection, PreparedStatement ps, List<?> binds)
      throws SQLException {
    boolean postgres = dsl.family() == SQLDialect.POSTGRES;
    int i = 1;
    for (Object v : binds) {
      if (v == null) {
        ps.setNull(i, Types.VARCHAR);
      } else if (v instanceof Null n) {
        ps.setNull(i, n.sqlType());
      } else if (v instanceof String s) {
        ps.setString(i, s);
      } else if (v instanceof String[] array) {
        Array a = connection.createArrayOf("varchar", array);
        ps.setArray(i, a);
      } else if (v instanceof Integer n) {
        ps.setInt(i, n);
      } else if (v instanceof Long n) {
        ps.setLong(i, n);
      } else if (v instanceof Boolean b) {
        ps.setBoolean(i, b);
      } else if (v instanceof Double d) {
        ps.setDouble(i, d);
      } else if (v instanceof java.math.BigDecimal d) {
        ps.setBigDecimal(i, d);
      } else if (v instanceof OffsetDateTime t && postgres) {
        // As ISO text of a type PostgreSQL infers: the driver's own conversion of a timestamp
        // builds a calendar per bind: 8.2 % of the API's samples on a GET by ID (JFR, JDK 17).
        ps.setObject(i, t.toString(), Types.OTHER);
      } else if (v instanceof OffsetDateTime || v instanceof java.time.LocalDate) {
        ps.setObject(i, v);
      } else {
        ps.setObject(i, v);
      }
      i++;
    }
  }
}
