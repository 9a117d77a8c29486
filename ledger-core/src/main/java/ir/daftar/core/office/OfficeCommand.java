package ir.daftar.core.office;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the office registry: offices, their staff and their licence (ADR 0900). */
public sealed interface OfficeCommand {

    String officeId();

    /** A14: the GD registers an established office. */
    record RegisterOffice(@TargetAggregateIdentifier String officeId, String name, OfficeOrigin origin, String province,
                          String city, boolean licenceRequired) implements OfficeCommand {

        /** An office the filing intake does not ask for a licence until one is issued to it (ADR 0900). */
        public RegisterOffice(String officeId, String name, OfficeOrigin origin, String province, String city) {
            this(officeId, name, origin, province, city, false);
        }
    }

    /**
     * A15-A21 (ADR 0910): the GD hires a person into a post of the office, on the evidence of every condition of
     * A16-A21. Replaces the appointment that carried only the person (its events, {@code StaffMemberAppointed}, stay
     * as they are and are still written: the hire records the evidence beside them).
     */
    record HireStaffMember(@TargetAggregateIdentifier String officeId, StaffMember member, StaffEligibility eligibility)
            implements OfficeCommand {

        public HireStaffMember {
            java.util.Objects.requireNonNull(member, "member");
            if (eligibility == null) {
                throw new IllegalArgumentException("the evidence of eligibility (A16-A21) is required");
            }
        }
    }

    /** A15: a person stops working in the office. */
    record EndStaffAppointment(@TargetAggregateIdentifier String officeId, String nationalCode, String reason)
            implements OfficeCommand {
    }

    /** A15 note: the GD orders a higher minimum staffing for a busy office. */
    record OrderMinimumStaffing(@TargetAggregateIdentifier String officeId, MinimumStaffing minimum) implements OfficeCommand {
    }

    /** A24: the Council proposes a licence decision (issue, renew, suspend, revoke, relinquish, relocate). */
    record ProposeLicenceDecision(@TargetAggregateIdentifier String officeId, String decisionId, LicenceDecisionKind kind,
                                  LicenceTerms terms, String councilSession, String reasons) implements OfficeCommand {
    }

    /** A22(b): the GD gives its opinion on the Council's proposal, agreeing or not, with its reasons. */
    record GiveLicenceOpinion(@TargetAggregateIdentifier String officeId, String decisionId, boolean agrees, String reasons)
            implements OfficeCommand {
    }

    /** A14/A22(b): the Center head approves or refuses the proposal, after the GD's opinion. */
    record DecideLicenceDecision(@TargetAggregateIdentifier String officeId, String decisionId, boolean approved,
                                 String reasons) implements OfficeCommand {
    }

    /** A35-5: a suspension's period is over; recorded by the system once its end has come. */
    record EndLicenceSuspension(@TargetAggregateIdentifier String officeId) implements OfficeCommand {
    }

    // ---- discipline (A35-5/6, A36; ADR 1200) ----

    /** A35-5/6 (ADR 1200): the system executes a final disciplinary ruling on the licence: degree 5 suspends until {@code until}, 6 revokes. */
    record ExecuteDisciplinaryRuling(@TargetAggregateIdentifier String officeId, String rulingId, String caseId, int degree,
                                     java.time.Instant until) implements OfficeCommand {
    }

    /** A36 (ADR 1200): a ruling set aside on appeal: its measure on the licence is undone. */
    record LiftDisciplinaryRuling(@TargetAggregateIdentifier String officeId, String rulingId, String caseId)
            implements OfficeCommand {
    }
}
