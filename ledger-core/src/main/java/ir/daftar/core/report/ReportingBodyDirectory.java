package ir.daftar.core.report;

import java.util.Optional;

/** Port: the registered reporting bodies (A9), as their ledger knows them at the moment of the act. */
public interface ReportingBodyDirectory {

    Optional<ReportingBodyRegistration> find(String reportingBodyId);
}
