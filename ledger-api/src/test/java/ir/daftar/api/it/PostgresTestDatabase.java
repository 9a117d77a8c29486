package ir.daftar.api.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the integration tests run against (ops/dev/ensure-postgres.sh makes sure
 * it is up). Each test JVM gets a schema of its own, created by Flyway and dropped at exit.
 */
public final class PostgresTestDatabase {

    public static final String URL = System.getenv().getOrDefault("DAFTAR_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/daftar_test");
    public static final String USER = System.getenv().getOrDefault("DAFTAR_TEST_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("DAFTAR_TEST_DB_PASSWORD", "postgres");
    public static final String SCHEMA = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            } catch (SQLException ignored) {
                // the database may already be gone; a leftover schema is harmless
            }
        }));
    }

    private PostgresTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }

    public static Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, USER, PASSWORD);
        return c;
    }
}
