package ir.daftar.projections.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

/**
 * A database with this module's Flyway migrations applied: H2 in PostgreSQL mode (always), or
 * a fresh schema on a local PostgreSQL (when reachable; otherwise the test is skipped).
 */
public final class TestDatabase implements AutoCloseable {

    /** The PostgreSQL the tests use when it is reachable; override with DAFTAR_TEST_POSTGRES_URL. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault("DAFTAR_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3&loginTimeout=3");

    private final String name;
    private final DataSource dataSource;
    private final Flyway flyway;
    private final ThrowingRunnable onClose;

    private TestDatabase(String name, DataSource dataSource, Flyway flyway, ThrowingRunnable onClose) {
        this.name = name;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.onClose = onClose;
    }

    /** An in-memory H2 database in the mode the application's embedded profile uses. */
    public static TestDatabase h2() {
        String db = "proj_" + UUID.randomUUID().toString().replace("-", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + db
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();
        return new TestDatabase("H2 " + db, dataSource, flyway,
                () -> new JdbcTemplate(dataSource).execute("SHUTDOWN"));
    }

    /** For {@code @EnabledIf}: whether the PostgreSQL of {@link #POSTGRES_URL} answers, so its tests show as skipped when not. */
    public static boolean postgresReachable() {
        try (Connection probe = DriverManager.getConnection(POSTGRES_URL)) {
            return probe.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A fresh schema {@code proj_test_<random>} on the local PostgreSQL, migrated by Flyway, dropped
     * on {@link #close()}. Aborts the calling test (a skip, not a failure) when no PostgreSQL answers.
     */
    public static TestDatabase postgres() {
        try (Connection probe = DriverManager.getConnection(POSTGRES_URL)) {
            Assumptions.assumeTrue(probe.isValid(3), "PostgreSQL at " + POSTGRES_URL + " is not usable");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL is not reachable at " + POSTGRES_URL + ": " + e.getMessage());
        }
        String schema = "proj_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        admin("CREATE SCHEMA " + schema);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(POSTGRES_URL + "&currentSchema=" + schema);
        try {
            Flyway flyway = Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(false)
                    .locations("classpath:db/migration").load();
            flyway.migrate();
            return new TestDatabase("PostgreSQL schema " + schema, dataSource, flyway,
                    () -> admin("DROP SCHEMA " + schema + " CASCADE"));
        } catch (RuntimeException e) {
            admin("DROP SCHEMA " + schema + " CASCADE");
            throw e;
        }
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Axon's transactions on this database, as the application's Spring transaction manager gives them. */
    public TransactionManager transactions() {
        return transactions(dataSource);
    }

    /** Transactions that a {@link JdbcTemplate} on the same {@code dataSource} joins. */
    public static TransactionManager transactions(DataSource dataSource) {
        DataSourceTransactionManager spring = new DataSourceTransactionManager(dataSource);
        return () -> {
            TransactionStatus status = spring.getTransaction(TransactionDefinition.withDefaults());
            return new Transaction() {
                @Override
                public void commit() {
                    spring.commit(status);
                }

                @Override
                public void rollback() {
                    spring.rollback(status);
                }
            };
        };
    }

    public Flyway flyway() {
        return flyway;
    }

    @Override
    public void close() throws Exception {
        onClose.run();
    }

    @Override
    public String toString() {
        return name;
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
