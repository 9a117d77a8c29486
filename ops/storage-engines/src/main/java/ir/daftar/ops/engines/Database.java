package ir.daftar.ops.engines;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL both engines share; each engine works in a schema of its own on it. */
public record Database(String url, String user, String password) {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/daftar_test";

    /** {@code -Ddb.url}, {@code -Ddb.user}, {@code -Ddb.password}, else the {@code envPrefix_URL} (...) variables. */
    public static Database fromSystemProperties(String envPrefix) {
        return new Database(
                System.getProperty("db.url", System.getenv().getOrDefault(envPrefix + "_URL", DEFAULT_URL)),
                System.getProperty("db.user", System.getenv().getOrDefault(envPrefix + "_USER", "postgres")),
                System.getProperty("db.password", System.getenv().getOrDefault(envPrefix + "_PASSWORD", "postgres")));
    }

    String urlFor(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * A fixed pool (as many connections as workers, all opened before the clock starts) with auto-commit
     * off: every unit of work is one explicit transaction, committed with the server's default durability.
     */
    HikariDataSource pool(String name, String schema, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(urlFor(schema));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setAutoCommit(false);
        return new HikariDataSource(config);
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
