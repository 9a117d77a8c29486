package ir.daftar.core.establishment;

import ir.daftar.core.office.OfficeOrigin;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a call for applicants, from the call to the office's establishment (A14, A22(a)). */
public sealed interface OfficeCallCommand {

    String callId();

    /** A22(a): the GD opens a call for applicants for a number of offices in a city. */
    record OpenOfficeCall(@TargetAggregateIdentifier String callId, String province, String city, int offices)
            implements OfficeCallCommand {
    }

    /** A22(a): the GD records an application received under the call. */
    record ReceiveApplication(@TargetAggregateIdentifier String callId, String applicationId, Applicant applicant)
            implements OfficeCallCommand {
    }

    /** A22(a): the GD vets an application, once its vetting fee is paid: accepted or rejected, with reasons. */
    record VetApplication(@TargetAggregateIdentifier String callId, String applicationId, boolean accepted,
                          String reasons, String feeReceipt, long feeAmount) implements OfficeCallCommand {
    }

    /** A14, A3: the GD proposes an office from an accepted application, with its id, name and origin. */
    record ProposeOffice(@TargetAggregateIdentifier String callId, String applicationId, String officeId, String name,
                         OfficeOrigin origin, String reasons) implements OfficeCallCommand {
    }

    /** A14: the Center head approves or refuses the GD's proposal. */
    record DecideOfficeProposal(@TargetAggregateIdentifier String callId, String applicationId, boolean approved,
                                String reasons) implements OfficeCallCommand {
    }

    /**
     * A14: the Center head appoints the applicant of an approved proposal as the office's manager, on the evidence of
     * A16-A21 vetted for the post (the office hires its manager on it: {@code StaffEligibilityVerified}, ADR 0910).
     */
    record AppointOfficeManager(@TargetAggregateIdentifier String callId, String applicationId,
                                ir.daftar.core.office.StaffEligibility eligibility) implements OfficeCallCommand {

        public AppointOfficeManager {
            if (eligibility == null) {
                throw new IllegalArgumentException("the evidence of the manager's eligibility (A16-A21) is required");
            }
        }
    }
}
