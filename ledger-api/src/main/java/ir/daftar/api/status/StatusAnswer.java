package ir.daftar.api.status;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.CaseStatusView;
import java.time.Instant;
import java.util.List;

/**
 * The public status answer: the fields of {@link CaseStatusView} as they always were, and beside them
 * the Persian and English names of the status ({@code statusLabel}) and of each step ({@code label}).
 */
@Schema(description = "The case's status and steps (no third-party personal data), each with its Persian and English "
        + "names")
public record StatusAnswer(
        @Schema(example = "4821093376510428") String trackingCode,
        CaseStatus status,
        StatusLabels.Label statusLabel,
        FilingKind kind,
        FilingRoute route,
        String competentAuthorityName,
        Instant startedAt,
        Instant updatedAt,
        List<StatusLabels.LabelledStep> steps,
        @Schema(description = "A13: once registered as a case; null before") String caseNumber,
        @Schema(description = "A13: once registered as a case; null before") String caseBranch,
        @Schema(description = "A13: why the authority returned the filing; null unless returned") String returnReason) {

    static StatusAnswer of(CaseStatusView view, StatusLabels labels) {
        return new StatusAnswer(view.trackingCode(), view.status(), labels.status(view.status()), view.kind(),
                view.route(), view.competentAuthorityName(), view.startedAt(), view.updatedAt(),
                labels.steps(view.steps()), view.caseNumber(), view.caseBranch(), view.returnReason());
    }
}
