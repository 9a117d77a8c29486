package ir.daftar.projections.statistics;

import ir.daftar.projections.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

/** The same tests on PostgreSQL, in a fresh schema; skipped when no PostgreSQL is reachable. */
@EnabledIf(value = "ir.daftar.projections.testing.TestDatabase#postgresReachable",
        disabledReason = "no PostgreSQL at DAFTAR_TEST_POSTGRES_URL or 127.0.0.1:5432")
class StatisticsProjectionPostgresTest extends StatisticsProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
