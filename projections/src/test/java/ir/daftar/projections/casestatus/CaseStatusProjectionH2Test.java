package ir.daftar.projections.casestatus;

import ir.daftar.projections.testing.TestDatabase;

class CaseStatusProjectionH2Test extends CaseStatusProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
