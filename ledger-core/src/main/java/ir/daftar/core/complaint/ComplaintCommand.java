package ir.daftar.core.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a complaint about an office (A28(e)). */
public sealed interface ComplaintCommand {

    String complaintId();

    /** A28(e): anyone signed in complains about an office, optionally naming one of its filings. */
    record LodgeComplaint(@TargetAggregateIdentifier String complaintId, String officeId, String text, String filingId)
            implements ComplaintCommand {
    }

    /** A28(e): a sitting member of the covering Kanoon's board records the board's review, with its reasons. */
    record ReviewComplaint(@TargetAggregateIdentifier String complaintId, ComplaintOutcome outcome, String reasons)
            implements ComplaintCommand {
    }

    /** A28(e): the board reports the reviewed complaint to the GD. */
    record ReportComplaintToGd(@TargetAggregateIdentifier String complaintId) implements ComplaintCommand {
    }

    /**
     * A28(e)/A34: the board opens a disciplinary case from the upheld, reported complaint against the office's manager
     * or a staff member; recorded here once, in the same transaction as the case's opening.
     */
    record ReferComplaintToDiscipline(@TargetAggregateIdentifier String complaintId, String caseId, String accusedId)
            implements ComplaintCommand {
    }
}
