package ir.daftar.projections;

import ir.daftar.projections.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIf;

/** The migrations on PostgreSQL, in a fresh schema dropped afterwards; skipped when no PostgreSQL is reachable. */
@EnabledIf(value = "ir.daftar.projections.testing.TestDatabase#postgresReachable",
        disabledReason = "no PostgreSQL at DAFTAR_TEST_POSTGRES_URL or 127.0.0.1:5432")
class MigrationsPostgresTest extends MigrationsContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
