package ir.daftar.core.complaint;

import org.axonframework.serialization.Revision;

/** What happened to a complaint about an office (A28(e)). The actor of each (the complainant first) is in its metadata. */
public sealed interface ComplaintEvent {

    String complaintId();

    /** A28(e): a complaint about an office was lodged; the Kanoon covering the office then is named. */
    @Revision("1")
    record ComplaintLodged(String complaintId, String officeId, String kanoonId, String text, String filingId)
            implements ComplaintEvent {
    }

    /** A28(e): the covering Kanoon's board reviewed the complaint, with its reasons. */
    @Revision("1")
    record ComplaintReviewed(String complaintId, String kanoonId, ComplaintOutcome outcome, String reasons)
            implements ComplaintEvent {
    }

    /** A28(e): the board reported the reviewed complaint (and its outcome) to the GD. */
    @Revision("1")
    record ComplaintReportedToGd(String complaintId, String kanoonId, ComplaintOutcome outcome)
            implements ComplaintEvent {
    }

    /** A28(e)/A34: the board opened the disciplinary case {@code caseId} from the complaint (once). */
    @Revision("1")
    record ComplaintReferredToDiscipline(String complaintId, String caseId, String officeId, String accusedId)
            implements ComplaintEvent {
    }
}
