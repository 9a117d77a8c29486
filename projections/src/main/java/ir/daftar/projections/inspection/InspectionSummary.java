package ir.daftar.projections.inspection;

import ir.daftar.core.inspection.InspectionKind;
import java.time.Instant;
import java.util.List;

/**
 * A28/A33: one inspection at a glance: the office and period inspected, its inspectors, who opened it
 * and when, and how far its report has come ({@code OPEN}, {@code FINALIZED}, {@code SENT_TO_GD}).
 */
public record InspectionSummary(
        String inspectionId,
        InspectionKind kind,
        String kanoonId,
        String officeId,
        Instant periodFrom,
        Instant periodTo,
        List<String> inspectorIds,
        String openedBy,
        Instant openedAt,
        State state) {

    public InspectionSummary {
        inspectorIds = List.copyOf(inspectorIds);
    }

    /** How far the report has come; an inspection is open until its report is sent to the GD. */
    public enum State {
        OPEN,
        FINALIZED,
        SENT_TO_GD
    }
}
