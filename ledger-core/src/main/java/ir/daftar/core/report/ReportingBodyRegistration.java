package ir.daftar.core.report;

import java.util.Set;

/** A registered reporting body as its ledger knows it now: its kind, the report kinds it may send, its users. */
public record ReportingBodyRegistration(String reportingBodyId, ReportingBodyKind kind, String name,
                                        Set<ReportKind> reportKinds, Set<String> users) {

    public ReportingBodyRegistration {
        reportKinds = Set.copyOf(reportKinds);
        users = Set.copyOf(users);
    }

    /** A9: whether the body is registered for this kind of report. */
    public boolean mayFile(ReportKind kind) {
        return reportKinds.contains(kind);
    }

    /** A9: whether this person is a registered user of the body. */
    public boolean hasUser(String actorId) {
        return users.contains(actorId);
    }
}
