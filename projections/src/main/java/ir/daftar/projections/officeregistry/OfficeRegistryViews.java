package ir.daftar.projections.officeregistry;

import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.OfficeOrigin;
import java.time.Instant;

/** What the office registry answers (ADR 0930). */
public final class OfficeRegistryViews {

    private OfficeRegistryViews() {
    }

    /** Whether an office takes filings at an instant: its staffing (A15) and its licence (A22, A35-5/6). */
    public enum OfficeStatus {
        /** The staffing meets the minimum and the licence is in force (or not asked for, ADR 0900). */
        OPERATING,
        /** Below the minimum staffing, or the licence asked for is not in force (never issued, expired, suspended). */
        NOT_OPERATING,
        /** The licence was revoked or relinquished (A24, A35-6). */
        CLOSED
    }

    /** An office as the registry knows it, its licence condition and status at {@code at}. */
    public record RegisteredOffice(String officeId, String name, OfficeOrigin origin, String province, String city,
                                   Instant registeredAt, String callId, String applicationId, boolean licenceRequired,
                                   LicenceCondition licenceCondition, Instant licenceExpiresAt,
                                   Instant licenceSuspendedUntil, int staffCount, boolean staffingComplete,
                                   OfficeStatus status, Instant at) {
    }

    /** What is waiting in the work queue. */
    public enum WorkKind {
        /** A22(a): an application received, not yet vetted by the GD. */
        APPLICATION_VETTING,
        /** A14: the GD's proposal of an office, waiting for the Center head's approval or refusal. */
        OFFICE_PROPOSAL_DECISION,
        /** A14: an approved office, waiting for the Center head to appoint its manager. */
        MANAGER_APPOINTMENT,
        /** A22(b): the Council's licence proposal, waiting for the GD's opinion. */
        LICENCE_OPINION,
        /** A14/A22(b): a licence proposal with the GD's opinion, waiting for the Center head's decision. */
        LICENCE_DECISION
    }

    /**
     * One item of the work queue, oldest first: who it waits for ({@code GD_OFFICER} or {@code CENTER_HEAD}), since
     * when, and what it is about (an office and a licence decision, or a call and an application).
     */
    public record WorkItem(WorkKind kind, String waitingFor, Instant since, String officeId, String officeName,
                           String decisionId, LicenceDecisionKind decisionKind, String callId, String applicationId,
                           String applicantName) {
    }
}
