package ir.daftar.core.establishment;

import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import org.axonframework.serialization.Revision;

/** What happened to a call for applicants, from the call to the offices it established (A3, A14, A22(a)). */
public sealed interface OfficeCallEvent {

    String callId();

    /** A22(a): the GD called for applicants for {@code offices} offices in a city. */
    @Revision("1")
    record OfficeCallOpened(String callId, String province, String city, int offices) implements OfficeCallEvent {
    }

    /** A22(a): an application was received under the call. */
    @Revision("1")
    record ApplicationReceived(String callId, String applicationId, Applicant applicant) implements OfficeCallEvent {
    }

    /** A22(a), A22(c): the GD vetted the application, its vetting fee paid (receipt and amount), with reasons. */
    @Revision("1")
    record ApplicationVetted(String callId, String applicationId, boolean accepted, String reasons, String feeReceipt,
                             long feeAmount) implements OfficeCallEvent {
    }

    /** A14, A3: the GD proposed an office from an accepted application. */
    @Revision("1")
    record OfficeProposed(String callId, String applicationId, String officeId, String name, OfficeOrigin origin,
                          String formerBody, String reasons) implements OfficeCallEvent {
    }

    /** A14: the Center head approved or refused the proposal (a refusal states its reasons). */
    @Revision("1")
    record OfficeProposalDecided(String callId, String applicationId, String officeId, boolean approved, String reasons)
            implements OfficeCallEvent {
    }

    /** A14: the Center head appointed the applicant as the manager of the approved office. */
    @Revision("1")
    record OfficeManagerAppointed(String callId, String applicationId, String officeId, StaffMember manager)
            implements OfficeCallEvent {
    }

    /**
     * A14: the office is established: proposed, approved and its manager appointed. What the office registry
     * needs to register it and hire its manager on the evidence of A16-A21 (the establishment process registers it,
     * requiring a licence, ADR 0920, and hires the manager, ADR 0910).
     */
    @Revision("1")
    record OfficeEstablished(String callId, String applicationId, String officeId, String name, OfficeOrigin origin,
                             String province, String city, StaffMember manager,
                             ir.daftar.core.office.StaffEligibility managerEligibility) implements OfficeCallEvent {
    }
}
