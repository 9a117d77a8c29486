package ir.daftar.projections.casestatus;

import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import java.time.Instant;

/**
 * A filing as its applicant and the people working on it see it at a glance (A5-A7, A13): where it
 * stands, which office holds it and which authority it goes to, and once the authority decided the
 * case number and branch or the reason it was returned. Like {@link CaseStatusView}, it carries no
 * names, no contact details and nothing about other parties. {@code trackingCode} and
 * {@code officeId} are null until issued or received.
 */
public record FilingSummary(
        String filingId,
        String trackingCode,
        CaseStatus status,
        FilingKind kind,
        FilingRoute route,
        String competentAuthorityName,
        String officeId,
        Instant startedAt,
        Instant updatedAt,
        String caseNumber,
        String caseBranch,
        String returnReason) {
}
