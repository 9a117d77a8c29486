package ir.daftar.core.inspection;

import ir.daftar.core.common.Rule;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What inspectors (and the inspected office) can ask of an inspection (A28, A33, A37-9). */
public sealed interface InspectionCommand {

    String inspectionId();

    /** A28/A33: the Kanoon opens an inspection of one office over a period, with its inspectors. */
    record OpenInspection(@TargetAggregateIdentifier String inspectionId, InspectionKind kind, String kanoonId,
                          String officeId, List<String> inspectorIds, Instant periodFrom, Instant periodTo)
            implements InspectionCommand {

        public OpenInspection {
            inspectorIds = inspectorIds == null ? List.of() : List.copyOf(inspectorIds);
        }
    }

    /** A37-9: the inspectors ask the office for documents or explanations, by a deadline. */
    record SendRequest(@TargetAggregateIdentifier String inspectionId, String requestId, String text, Instant deadline)
            implements InspectionCommand {
    }

    /** A37-9: the office answers a request. */
    record AnswerRequest(@TargetAggregateIdentifier String inspectionId, String requestId, String answer)
            implements InspectionCommand {
    }

    /** A33: the inspector accepts an automatic finding into the report, with the reason. */
    record AcceptFinding(@TargetAggregateIdentifier String inspectionId, String findingId, Rule rule, String subjectId,
                         List<String> evidenceEventIds, String reason) implements InspectionCommand {

        public AcceptFinding {
            evidenceEventIds = evidenceEventIds == null ? List.of() : List.copyOf(evidenceEventIds);
        }
    }

    /** A33: the inspector dismisses an automatic finding, with the reason (e.g. a justified delay). */
    record DismissFinding(@TargetAggregateIdentifier String inspectionId, String findingId, Rule rule, String reason)
            implements InspectionCommand {
    }

    /** A33: the report is finalized with its summary; from then on it cannot change. */
    record FinalizeReport(@TargetAggregateIdentifier String inspectionId, String summary) implements InspectionCommand {
    }

    /** A33: the finalized report is sent to the General Directorate. */
    record SendReportToGd(@TargetAggregateIdentifier String inspectionId) implements InspectionCommand {
    }

    /** A33: a correction of a finalized report; the report itself stays as it was. */
    record CorrectReport(@TargetAggregateIdentifier String inspectionId, String correction) implements InspectionCommand {
    }
}
