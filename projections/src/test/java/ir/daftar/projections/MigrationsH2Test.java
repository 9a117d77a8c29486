package ir.daftar.projections;

import ir.daftar.projections.testing.TestDatabase;

class MigrationsH2Test extends MigrationsContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
