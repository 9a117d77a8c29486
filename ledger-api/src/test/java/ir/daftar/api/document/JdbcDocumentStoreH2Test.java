package ir.daftar.api.document;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The database store on H2 in PostgreSQL mode, with the migration as written (V161). */
class JdbcDocumentStoreH2Test extends DocumentStoreContract {

    private JdbcTemplate jdbc;
    private JdbcDocumentStore store;

    @BeforeEach
    void open() throws Exception {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:docs" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(ds);
        jdbc.execute(new String(new ClassPathResource("db/migration/V161__document_store.sql").getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8));
        store = new JdbcDocumentStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)));
    }

    @AfterEach
    void close() {
        jdbc.execute("SHUTDOWN");
    }

    @Override
    DocumentStore store() {
        return store;
    }
}
