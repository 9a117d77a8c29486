package ir.daftar.projections.casehistory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.core.paper.PaperFileEvent;
import ir.daftar.core.report.ExternalReportEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code case-history} read model (A8, A13): the whole timeline of a filing for court staff,
 * one row per event with who acted, in which role and office, and when it was recorded (and,
 * for paper-origin work, when it happened: A10). Events of other aggregates about the case
 * (reports, A9; preliminary paper files, A10) are kept beside them in {@code case_history_linked}, and the
 * events of the case's notices (A8) in {@code case_history_notice}, each with the channel it used (A7: the
 * contact details in force when the notice was deposited, the mobile an alert went to); a contact change
 * after a deposit is a later row and never rewrites the channel of the earlier notice. One
 * handler takes every {@link FilingEvent}, so a new event type appears without a change here;
 * its payload is kept as JSON written by the application's {@link ObjectMapper} (value objects
 * such as tracking codes and mobile numbers serialize as plain strings).
 *
 * <p>Idempotent: a row is keyed by the event's sequence number in the filing's stream and
 * replaced when the event comes again. A rebuild resets the table ({@link #reset()}) and replays.
 * The handlers never read the tables; their writes are held until the end of the processor's batch
 * and sent as JDBC batches in its transaction ({@link ir.daftar.projections.support.BatchedWrites},
 * ADR 0101).
 */
@Component
@ProcessingGroup(CaseHistoryProjection.PROCESSING_GROUP)
public class CaseHistoryProjection {

    public static final String PROCESSING_GROUP = "case-history";
    private static final String NOTICE_STREAM = "Notice";

    private final CaseHistoryRepository repository;
    private final ObjectMapper objectMapper;

    public CaseHistoryProjection(JdbcTemplate jdbcTemplate, ObjectMapper objectMapper) {
        this.repository = new CaseHistoryRepository(Objects.requireNonNull(jdbcTemplate, "jdbcTemplate"));
        this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    @EventHandler
    public void on(FilingEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        repository.put(row(CaseHistoryRepository.FILING_STREAM, event.filingId(), event.filingId(), event, message, seq));
    }

    /** A9: a report on the case, and its acknowledgement. */
    @EventHandler
    public void on(ExternalReportEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        putLinked("ExternalReport", event.reportId(), event.filingId(), event, message, seq);
    }

    /** A10: a preliminary paper file of the case and its acts, each at the time it happened. */
    @EventHandler
    public void on(PaperFileEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        putLinked("PaperFile", event.paperFileId(), event.filingId(), event, message, seq);
    }

    private void putLinked(String streamType, String streamId, String filingId, Object event, EventMessage<?> message,
                           long seq) {
        repository.putLinked(row(streamType, streamId, filingId, event, message, seq));
    }

    /** One row of the timeline: who acted, in which role, office and authority, when recorded and when it happened. */
    private CaseHistoryRepository.Row row(String streamType, String streamId, String filingId, Object event,
                                          EventMessage<?> message, long seq) {
        MetaData metaData = message.getMetaData();
        return new CaseHistoryRepository.Row(
                filingId,
                seq,
                recorded(event, message),
                json(event),
                OccurredAt.read(metaData).orElse(null),
                text(metaData.get(MetaDataKeys.AUTHORITY_ID)),
                text(metaData.get(MetaDataKeys.REPORTING_BODY_ID)),
                streamType,
                streamId);
    }

    /** The event, when it was recorded, and who acted in which role and office, as every table of the timeline keeps them. */
    private static CaseHistoryRepository.Recorded recorded(Object event, EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new CaseHistoryRepository.Recorded(
                event.getClass().getSimpleName(),
                message.getIdentifier(),
                message.getTimestamp(),
                text(metaData.get(MetaDataKeys.ACTOR_ID)),
                text(metaData.get(MetaDataKeys.ACTOR_ROLE)),
                text(metaData.get(MetaDataKeys.OFFICE_ID)));
    }

    /** A8: a notice of the case, with the channel it used (A7). */
    @EventHandler
    public void on(NoticeEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        String mobile = null;
        String address = null;
        if (event instanceof NoticeEvent.NoticeDeposited deposited) {
            ContactDetails channel = deposited.channel();
            mobile = channel.mobile().value();
            address = channel.electronicAddress().value();
        } else if (event instanceof NoticeEvent.AlertSent sent) {
            mobile = sent.mobile().value();
        }
        repository.putNotice(new CaseHistoryRepository.NoticeRow(
                event.filingId(),
                event.noticeId(),
                seq,
                recorded(event, message),
                mobile,
                address,
                json(event)));
    }

    @QueryHandler
    public CaseHistoryView handle(FindCaseHistory query) {
        List<CaseHistoryRepository.Row> rows = new ArrayList<>(repository.findByFilingId(query.filingId()));
        if (rows.isEmpty()) {
            return null;
        }
        rows.addAll(repository.findLinkedByFilingId(query.filingId()));
        List<CaseHistoryView.Entry> entries = new ArrayList<>(rows.stream().map(this::entry).toList());
        for (CaseHistoryRepository.NoticeRow row : repository.findNoticeRowsByFilingId(query.filingId())) {
            entries.add(noticeEntry(row));
        }
        return new CaseHistoryView(query.filingId(), CaseTimeline.select(entries, query));
    }

    private CaseHistoryView.Entry entry(CaseHistoryRepository.Row row) {
        CaseHistoryRepository.Recorded recorded = row.recorded();
        return new CaseHistoryView.Entry(row.seq(), recorded.eventType(), recorded.eventId(), recorded.at(),
                recorded.actorId(), recorded.actorRole(), recorded.officeId(), tree(row.details()),
                row.occurredAt() == null ? recorded.at() : row.occurredAt(),
                CaseTimeline.category(row.streamType(), recorded.eventType()), row.streamType(), row.streamId(),
                row.authorityId(), row.reportingBodyId(), null, null);
    }

    private CaseHistoryView.Entry noticeEntry(CaseHistoryRepository.NoticeRow row) {
        CaseHistoryView.Channel channel = row.channelMobile() == null && row.channelAddress() == null ? null
                : new CaseHistoryView.Channel(row.channelMobile(), row.channelAddress());
        CaseHistoryRepository.Recorded recorded = row.recorded();
        return new CaseHistoryView.Entry(row.seq(), recorded.eventType(), recorded.eventId(), recorded.at(),
                recorded.actorId(), recorded.actorRole(), recorded.officeId(), tree(row.details()), recorded.at(),
                CaseTimeline.category(NOTICE_STREAM, recorded.eventType()), NOTICE_STREAM, row.noticeId(), null, null,
                row.noticeId(), channel);
    }

    /** Before a replay rebuilds the model from the first event. */
    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }

    private String json(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private JsonNode tree(String details) {
        try {
            return objectMapper.readTree(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_history.details is not JSON", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
