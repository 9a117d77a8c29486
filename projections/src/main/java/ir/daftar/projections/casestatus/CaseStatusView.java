package ir.daftar.projections.casestatus;

import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import java.time.Instant;
import java.util.List;

/**
 * What the applicant sees of a filing: no names, no contact details, nothing about other
 * parties. {@code steps} are in the order they happened. Once the competent authority decided
 * (A13): the case number and branch, or the reason the filing was returned; null before.
 */
public record CaseStatusView(
        String trackingCode,
        CaseStatus status,
        FilingKind kind,
        FilingRoute route,
        String competentAuthorityName,
        Instant startedAt,
        Instant updatedAt,
        List<Step> steps,
        String caseNumber,
        String caseBranch,
        String returnReason) {

    public CaseStatusView {
        steps = List.copyOf(steps);
    }

    /** One step of the filing and when it was recorded. */
    public record Step(CaseStep step, Instant occurredAt) {
    }
}
