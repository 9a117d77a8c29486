package ir.daftar.api.filing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.daftar.core.common.ActorRole;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casehistory.CaseHistoryView.Entry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A12: the applicant reads their own case history as they read its access log: who acted is shown
 * by role, office, authority or reporting body, not by the staff member's personal id (a national
 * code or staff number). The entry's {@code actorId} is kept only for the applicant's own acts, and the
 * payload's "...By" fields (receivedBy, verifiedBy, submittedBy, ...) are left out.
 */
final class ApplicantHistory {

    private ApplicantHistory() {
    }

    static CaseHistoryView of(CaseHistoryView view) {
        List<Entry> entries = new ArrayList<>(view.entries().size());
        for (Entry e : view.entries()) {
            boolean own = ActorRole.APPLICANT.name().equals(e.actorRole());
            entries.add(new Entry(e.seq(), e.eventType(), e.eventId(), e.recordedAt(), own ? e.actorId() : null,
                    e.actorRole(), e.officeId(), withoutStaffIds(e.details()), e.occurredAt(), e.category(), e.source(),
                    e.sourceId(), e.authorityId(), e.reportingBodyId(), e.noticeId(), e.channel()));
        }
        return new CaseHistoryView(view.filingId(), entries);
    }

    private static JsonNode withoutStaffIds(JsonNode details) {
        if (!(details instanceof ObjectNode object)) {
            return details;
        }
        ObjectNode copy = object.deepCopy();
        for (Iterator<String> names = copy.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.endsWith("By") && copy.get(name).isTextual()) {
                names.remove();
            }
        }
        return copy;
    }
}
