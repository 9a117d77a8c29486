package ir.daftar.projections.casestatus;

import ir.daftar.core.filing.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import java.time.Instant;
import java.util.List;

/**
 * What the applicant sees of a filing: no names, no contact details, nothing about other
 * parties. {@code steps} are in the order they happened.
 */
public record CaseStatusView(
        String trackingCode,
        CaseStatus status,
        FilingKind kind,
        FilingRoute route,
        String competentAuthorityName,
        Instant startedAt,
        Instant updatedAt,
        List<Step> steps) {

    public CaseStatusView {
        steps = List.copyOf(steps);
    }

    /** One step of the filing and when it was recorded. */
    public record Step(CaseStep step, Instant occurredAt) {
    }
}
