package ir.daftar.core.report;

import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.TrackingCode;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * What happened to a report (A9). Every event names the case ({@code filingId}), so that the
 * case history shows it. When the reported action happened earlier than the report was recorded,
 * the event carries {@code occurredAt} as metadata (A10 bitemporality).
 */
public sealed interface ExternalReportEvent {

    String reportId();

    String filingId();

    /** A9: a registered body sent a report on a case, with its documents, and obtained its tracking code. */
    @Revision("1")
    record ReportSubmitted(String reportId, String filingId, String reportingBodyId, ReportingBodyKind bodyKind,
                           ReportKind kind, String title, List<ElectronicDocument> documents, TrackingCode trackingCode,
                           String competentAuthorityId, String submittedBy) implements ExternalReportEvent {
    }

    /** A9: the competent authority acknowledged the report. */
    @Revision("1")
    record ReportAcknowledged(String reportId, String filingId, String authorityId, String acknowledgedBy)
            implements ExternalReportEvent {
    }
}
