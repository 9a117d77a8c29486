package ir.daftar.core.inspection;

import ir.daftar.core.common.Rule;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened in an inspection, in the regulation's words (A28, A33, A37-9). */
public sealed interface InspectionEvent {

    String inspectionId();

    /** A28/A33: an inspection of one office over a period was opened by the Kanoon. */
    @Revision("1")
    record InspectionOpened(String inspectionId, InspectionKind kind, String kanoonId, String officeId,
                            List<String> inspectorIds, Instant periodFrom, Instant periodTo, String openedBy)
            implements InspectionEvent {
    }

    /** A37-9: the inspectors asked the office for something, to be answered by the deadline. */
    @Revision("1")
    record RequestSentToOffice(String inspectionId, String officeId, String requestId, String text, Instant deadline,
                               String sentBy) implements InspectionEvent {
    }

    /** A37-9: the office answered a request. */
    @Revision("1")
    record RequestAnswered(String inspectionId, String officeId, String requestId, String answer, String answeredBy)
            implements InspectionEvent {
    }

    /** A33: a finding was accepted into the report, with its evidence (event ids) and the inspector's reason. */
    @Revision("1")
    record FindingAccepted(String inspectionId, String findingId, Rule rule, String article, String subjectId,
                           List<String> evidenceEventIds, String reason, String decidedBy) implements InspectionEvent {
    }

    /** A33: a finding was dismissed, with the inspector's reason. */
    @Revision("1")
    record FindingDismissed(String inspectionId, String findingId, Rule rule, String reason, String decidedBy)
            implements InspectionEvent {
    }

    /** A33: the reasoned report was finalized; it cannot change afterwards. */
    @Revision("1")
    record ReportFinalized(String inspectionId, String officeId, String summary, List<String> acceptedFindingIds,
                           List<String> dismissedFindingIds, String finalizedBy) implements InspectionEvent {
    }

    /** A33: the finalized report was sent to the General Directorate. */
    @Revision("1")
    record ReportSentToGd(String inspectionId, String sentBy) implements InspectionEvent {
    }

    /** A33: a correction to a finalized report, kept beside it. */
    @Revision("1")
    record ReportCorrected(String inspectionId, String correction, String correctedBy) implements InspectionEvent {
    }
}
