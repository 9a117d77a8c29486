package ir.daftar.projections.accesslog;

import ir.daftar.projections.testing.TestDatabase;

class AccessLogProjectionH2Test extends AccessLogProjectionContract {

    @Override
    protected TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
