package ir.daftar.api.document;

import ir.daftar.api.it.PostgresTestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The database store on a real PostgreSQL (the default there), with the migration as written (V161). */
class JdbcDocumentStoreIT extends DocumentStoreContract {

    private final String schema = "docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private JdbcTemplate admin;
    private JdbcDocumentStore store;

    @BeforeEach
    void open() throws Exception {
        admin = new JdbcTemplate(new DriverManagerDataSource(PostgresTestDatabase.URL, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD));
        admin.execute("CREATE SCHEMA " + schema);
        DriverManagerDataSource ds = new DriverManagerDataSource(PostgresTestDatabase.URL + "?currentSchema=" + schema,
                PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute(new String(new ClassPathResource("db/migration/V161__document_store.sql").getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8));
        store = new JdbcDocumentStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    @AfterEach
    void close() {
        admin.execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    DocumentStore store() {
        return store;
    }
}
