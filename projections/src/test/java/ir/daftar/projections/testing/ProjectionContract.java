package ir.daftar.projections.testing;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The frame of a projection's contract tests, run once per database: a subclass per database picks
 * it ({@link #openDatabase()}: H2 or PostgreSQL), the contract names its projection and its tables.
 * The database is opened once for the class and closed after it; before each test the tables are
 * emptied and a fresh projection is driven through {@link Axon}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProjectionContract {

    protected TestDatabase database;
    protected JdbcTemplate jdbc;
    protected Axon axon;

    /** The database this run uses. */
    protected abstract TestDatabase openDatabase();

    /** The projection under test, writing through {@code jdbc}. */
    protected abstract Object projection(JdbcTemplate jdbc);

    /** The projection's tables, emptied before each test in this order. */
    protected abstract List<String> tables();

    @BeforeAll
    final void openDatabaseOnce() {
        database = openDatabase();
        jdbc = database.jdbc();
    }

    @AfterAll
    final void closeDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    /** Empties the tables and starts a fresh projection (also in the middle of a test, to compare two runs). */
    @BeforeEach
    protected final void emptyTables() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
        axon = new Axon(projection(jdbc));
    }
}
