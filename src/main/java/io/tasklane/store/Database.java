package io.tasklane.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool and the jOOQ context for one engine. Reads run as auto-committed statements
 * on one connection; writes run in {@link #transaction}, one per request.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private final HikariDataSource dataSource;
  private final Engine engine;
  private final DSLContext dsl;
  private final SqlErrors errors;

  private Database(HikariDataSource dataSource, Engine engine, SqlErrors errors) {
    this.dataSource = dataSource;
    this.engine = engine;
    this.errors = errors;
    Settings settings =
        new Settings()
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
            .withRenderSchema(false)
            .withRenderCatalog(false)
            .withExecuteLogging(false)
            .withDiagnosticsLogging(false);
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(dataSource);
    configuration.set(engine.dialect());
    configuration.set(settings);
    configuration.set(StatementCounter.LISTENER);
    this.dsl = DSL.using(configuration);
  }

  public static Database open(DatabaseConfig config, SqlErrors errors) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.url());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.poolSize());
    hikari.setPoolName("tasklane");
    hikari.setAutoCommit(true);
    hikari.setConnectionTimeout(10_000);
    if (config.engine() == Engine.POSTGRES) {
      hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
      hikari.addDataSourceProperty("prepareThreshold", "1");
    }
    return new Database(new HikariDataSource(hikari), config.engine(), errors);
  }

  public Engine engine() {
    return engine;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** A context for auto-committed reads. */
  public DSLContext dsl() {
    return dsl;
  }

  /**
   * Runs {@code work} as one transaction, then the transaction's {@link BeforeCommit} hooks; driver
   * failures become domain errors.
   */
  public <T> T transaction(Function<DSLContext, T> work) {
    try {
      return dsl.transactionResult(
          configuration -> {
            BeforeCommit.open(configuration);
            T result = work.apply(configuration.dsl());
            BeforeCommit.run(configuration);
            return result;
          });
    } catch (org.jooq.exception.DataAccessException e) {
      throw errors.translate(e);
    }
  }

  /**
   * Runs {@code work} outside a transaction (each statement commits on its own), translating driver
   * failures. All its statements share one pooled connection, taken at the first of them: a read
   * queues for the pool once and is never stalled half-way, and a read answered by another's
   * statement (CoalescedLoads, api.SharedReads) takes none. Work must not call {@code read} or
   * {@link #transaction} again (it would hold two).
   */
  public <T> T read(Function<DSLContext, T> work) {
    HeldConnection held = new HeldConnection(dataSource);
    try {
      return work.apply(DSL.using(dsl.configuration().derive(held)));
    } catch (org.jooq.exception.DataAccessException e) {
      throw errors.translate(e);
    } finally {
      held.close();
    }
  }

  /**
   * True for a read (of {@link #read}) that has not taken its pooled connection yet. Only such a
   * read may wait for another's statement (CoalescedLoads): one that holds a connection never
   * waits, so no wait can leave the pool to reads that wait for a read that needs it.
   */
  static boolean holdsNoConnectionYet(DSLContext dsl) {
    return dsl.configuration().connectionProvider() instanceof HeldConnection held
        && held.connection == null;
  }

  /** A pooled connection taken when first asked for and kept until the read ends. */
  private static final class HeldConnection implements ConnectionProvider {
    private final DataSource source;
    private Connection connection;

    HeldConnection(DataSource source) {
      this.source = source;
    }

    @Override
    public Connection acquire() {
      if (connection == null) {
        try {
          connection = source.getConnection();
        } catch (SQLException e) {
          throw new org.jooq.exception.DataAccessException(
              "Error getting connection from data source " + source, e);
        }
      }
      return connection;
    }

    @Override
    public void release(Connection released) {
      // kept for the read's next statement; close() gives it back
    }

    void close() {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException e) {
          // the read's answer stands; the pool evicts a connection it cannot take back
          LOG.warn("could not return a connection to the pool", e);
        }
      }
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
