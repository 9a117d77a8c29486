package ir.daftar.core.office;

import ir.daftar.core.calendar.JalaliDate;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** What happened to an office, in the regulation's words. */
public sealed interface OfficeEvent {

    String officeId();

    @Revision("1")
    record OfficeRegistered(String officeId, String name, OfficeOrigin origin, String province, String city)
            implements OfficeEvent {
    }

    @Revision("1")
    record StaffMemberAppointed(String officeId, StaffMember member) implements OfficeEvent {
    }

    /**
     * A16-A21 (ADR 0910): the evidence on which the person was hired, met on {@code hiredOn} (the Jalali hiring day in
     * Tehran), with the A17 note's service record that gave a manager candidate priority, if any. Recorded just before
     * the {@link StaffMemberAppointed} of the same hire.
     */
    @Revision("1")
    record StaffEligibilityVerified(String officeId, String nationalCode, StaffRole role, JalaliDate hiredOn,
                                    StaffEligibility eligibility) implements OfficeEvent {
    }

    @Revision("1")
    record StaffAppointmentEnded(String officeId, String nationalCode, StaffRole role, String reason) implements OfficeEvent {
    }

    @Revision("1")
    record MinimumStaffingOrdered(String officeId, MinimumStaffing minimum) implements OfficeEvent {
    }

    /** ADR 0900: the office was registered as needing a licence in force to receive filings. */
    @Revision("1")
    record LicenceRequired(String officeId) implements OfficeEvent {
    }

    /** A24: the Council proposed a licence decision (the Council's session named). */
    @Revision("1")
    record LicenceDecisionProposed(String officeId, String decisionId, LicenceDecisionKind kind, LicenceTerms terms,
                                   String councilSession, String reasons) implements OfficeEvent {
    }

    /** A22(b): the GD's opinion on the proposal. */
    @Revision("1")
    record LicenceDecisionOpinionGiven(String officeId, String decisionId, boolean agrees, String reasons)
            implements OfficeEvent {
    }

    /** A14/A22(b): the Center head's decision; an approval changes the licence as the proposal said. */
    @Revision("1")
    record LicenceDecisionDecided(String officeId, String decisionId, LicenceDecisionKind kind, boolean approved,
                                  String reasons) implements OfficeEvent {
    }

    /** A35-5: the suspension set by {@code decisionId} reached its end at {@code endedAt}. */
    @Revision("1")
    record LicenceSuspensionEnded(String officeId, String decisionId, Instant endedAt) implements OfficeEvent {
    }

    // ---- discipline (A35-5/6, A36; ADR 1200) ----

    /** A35-5: a final disciplinary ruling suspended the licence until {@code until} (not a Council decision). */
    @Revision("1")
    record LicenceSuspendedByRuling(String officeId, String rulingId, String caseId, Instant until) implements OfficeEvent {
    }

    /** A35-6: a final disciplinary ruling revoked the licence. */
    @Revision("1")
    record LicenceRevokedByRuling(String officeId, String rulingId, String caseId) implements OfficeEvent {
    }

    /** A36: the ruling was set aside on appeal; the suspension or revocation it caused no longer holds. */
    @Revision("1")
    record DisciplinaryRulingLifted(String officeId, String rulingId, String caseId) implements OfficeEvent {
    }
}
