package ir.daftar.projections.notices;

import ir.daftar.projections.testing.TestDatabase;

class NoticesProjectionH2Test extends NoticesProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
