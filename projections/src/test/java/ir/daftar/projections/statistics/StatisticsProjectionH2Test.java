package ir.daftar.projections.statistics;

import ir.daftar.projections.testing.TestDatabase;

class StatisticsProjectionH2Test extends StatisticsProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
