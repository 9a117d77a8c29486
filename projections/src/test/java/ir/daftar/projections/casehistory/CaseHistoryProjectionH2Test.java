package ir.daftar.projections.casehistory;

import ir.daftar.projections.testing.TestDatabase;

class CaseHistoryProjectionH2Test extends CaseHistoryProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
