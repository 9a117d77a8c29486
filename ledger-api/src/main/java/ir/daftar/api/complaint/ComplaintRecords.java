package ir.daftar.api.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.complaint.ComplaintEvent;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintLodged;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReferredToDiscipline;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReportedToGd;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReviewed;
import ir.daftar.core.complaint.ComplaintOutcome;
import ir.daftar.core.discipline.ComplaintCases;
import ir.daftar.projections.store.EventTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A28(e) (ADR 1320): a complaint as its own stream records it, read at the moment (no read model of its own); the
 * complaints reported to the GD, found by one statement over the event table (as the offices' registry finds offices);
 * and, for the disciplinary case's opening, the case the complaint's record names ({@link ComplaintCases}), read in
 * the opening's transaction.
 */
@Component
class ComplaintRecords implements ComplaintCases {

    @Schema(description = "A28(e): a complaint about an office and where it stands")
    record ComplaintView(String complaintId, String officeId, String kanoonId, String text, String filingId,
                         @Schema(description = "LODGED, REVIEWED, REPORTED or REFERRED") String state,
                         Instant lodgedAt,
                         @Schema(description = "The board's finding: UPHELD or DISMISSED; null before the review")
                         ComplaintOutcome outcome, String reasons, Instant reviewedAt, Instant reportedAt,
                         @Schema(description = "The disciplinary case opened from it, if any") String caseId,
                         Instant referredAt) {
    }

    /** The view and who lodged it (never shown: the complainant reads their own complaint). */
    record Found(ComplaintView view, String complainantId) {
    }

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final String reportedType;

    ComplaintRecords(EventStore events, JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.events = events;
        this.jdbc = jdbc;
        this.reportedType = serializer.typeForClass(ComplaintReportedToGd.class).getName();
    }

    /** The complaint as its events left it; empty when the id is not a complaint's. */
    Optional<Found> find(String complaintId) {
        if (complaintId == null || events.lastSequenceNumberFor(complaintId).isEmpty()) {
            return Optional.empty();
        }
        ComplaintLodged lodged = null;
        String complainant = null;
        Instant lodgedAt = null;
        ComplaintReviewed reviewed = null;
        Instant reviewedAt = null;
        Instant reportedAt = null;
        ComplaintReferredToDiscipline referred = null;
        Instant referredAt = null;
        DomainEventStream stream = events.readEvents(complaintId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (!(payload instanceof ComplaintEvent)) {
                return Optional.empty();
            }
            if (payload instanceof ComplaintLodged e) {
                lodged = e;
                lodgedAt = message.getTimestamp();
                Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
                complainant = actor == null ? null : actor.toString();
            } else if (payload instanceof ComplaintReviewed e) {
                reviewed = e;
                reviewedAt = message.getTimestamp();
            } else if (payload instanceof ComplaintReportedToGd) {
                reportedAt = message.getTimestamp();
            } else if (payload instanceof ComplaintReferredToDiscipline e) {
                referred = e;
                referredAt = message.getTimestamp();
            }
        }
        if (lodged == null) {
            return Optional.empty();
        }
        String state = referred != null ? "REFERRED" : reportedAt != null ? "REPORTED" : reviewed != null ? "REVIEWED"
                : "LODGED";
        return Optional.of(new Found(new ComplaintView(lodged.complaintId(), lodged.officeId(),
                reviewed != null ? reviewed.kanoonId() : lodged.kanoonId(), lodged.text(), lodged.filingId(), state,
                lodgedAt, reviewed == null ? null : reviewed.outcome(), reviewed == null ? null : reviewed.reasons(),
                reviewedAt, reportedAt, referred == null ? null : referred.caseId(), referredAt), complainant));
    }

    /** A28(e): the complaints reported to the GD, oldest report first. */
    List<ComplaintView> reported() {
        List<String> ids = jdbc.queryForList("SELECT " + EventTable.AGGREGATE_IDENTIFIER + " FROM " + EventTable.NAME + " WHERE "
                + EventTable.PAYLOAD_TYPE + " = ? ORDER BY " + EventTable.GLOBAL_INDEX, String.class, reportedType);
        List<ComplaintView> views = new ArrayList<>();
        for (String id : ids) {
            find(id).ifPresent(found -> views.add(found.view()));
        }
        return views;
    }

    /** The case the complaint's record names, with the board member who opened it (the referral's actor). */
    @Override
    public Optional<ComplaintCase> caseOf(String complaintId) {
        if (complaintId == null || events.lastSequenceNumberFor(complaintId).isEmpty()) {
            return Optional.empty();
        }
        DomainEventStream stream = events.readEvents(complaintId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof ComplaintEvent)) {
                return Optional.empty();
            }
            if (message.getPayload() instanceof ComplaintReferredToDiscipline e) {
                Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
                return Optional.of(new ComplaintCase(complaintId, e.caseId(), e.officeId(),
                        actor == null ? "" : actor.toString()));
            }
        }
        return Optional.empty();
    }
}
