package ir.daftar.core.report;

import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;

/** What happened to a reporting body's registration (A9). */
public sealed interface ReportingBodyEvent {

    String reportingBodyId();

    /** A9: a body was registered with its kind, the kinds of report it may send and its users. */
    @Revision("1")
    record ReportingBodyRegistered(String reportingBodyId, ReportingBodyKind kind, String name,
                                   Set<ReportKind> reportKinds, List<String> users, String registeredBy)
            implements ReportingBodyEvent {
    }

    /** A9: a person was registered as a user of the body. */
    @Revision("1")
    record ReportingBodyUserAdded(String reportingBodyId, String userId, String addedBy) implements ReportingBodyEvent {
    }
}
