package ir.daftar.core.report;

import ir.daftar.core.filing.ElectronicDocument;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a report sent by a reporting body (A9). The body and the user travel as metadata. */
public sealed interface ExternalReportCommand {

    String reportId();

    /**
     * A9: a registered body sends a report on a case with its documents (content hashes); it
     * obtains a tracking code of its own. {@code occurredAt}: when the reported action happened,
     * if earlier than now (e.g. the forensic examination); null when it is the report itself.
     */
    record SubmitReport(@TargetAggregateIdentifier String reportId, String filingId, ReportKind kind, String title,
                        List<ElectronicDocument> documents, Instant occurredAt) implements ExternalReportCommand {

        public SubmitReport {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** A9: the competent authority acknowledges that it received the report. */
    record AcknowledgeReport(@TargetAggregateIdentifier String reportId) implements ExternalReportCommand {
    }
}
