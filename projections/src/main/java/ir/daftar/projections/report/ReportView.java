package ir.daftar.projections.report;

import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyKind;
import java.time.Instant;
import java.util.List;

/**
 * A9: a report on a case as the body that sent it and the competent authority see it: who sent it,
 * what kind, its documents (title, pages, SHA-256), when it was recorded and, when earlier, when the
 * reported action happened (A10), and whether the authority acknowledged it (null until then).
 */
public record ReportView(
        String reportId,
        String trackingCode,
        String filingId,
        String reportingBodyId,
        ReportingBodyKind bodyKind,
        ReportKind kind,
        String title,
        List<ElectronicDocument> documents,
        String competentAuthorityId,
        String submittedBy,
        Instant submittedAt,
        Instant occurredAt,
        Instant acknowledgedAt,
        String acknowledgedBy) {

    public ReportView {
        documents = List.copyOf(documents);
    }
}
