package ir.daftar.projections.casehistory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.notice.NoticeEvent;
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
 * one row per event with who acted, in which role and office, and when it was recorded. One
 * handler takes every {@link FilingEvent}, so a new event type appears without a change here;
 * its payload is kept as JSON written by the application's {@link ObjectMapper} (value objects
 * such as tracking codes and mobile numbers serialize as plain strings).
 *
 * <p>The events of the case's notices ({@link NoticeEvent}, A8) are kept beside them, each with the
 * channel it used (A7: the contact details in force when the notice was deposited, the mobile an
 * alert went to), and shown among the filing's events in the order they were recorded. A contact
 * change after a deposit is a later row; it never rewrites the channel of the earlier notice.
 *
 * <p>Idempotent: a row is keyed by the event's sequence number in its stream (the filing's or the
 * notice's) and replaced when the event comes again. A rebuild resets the tables ({@link #reset()})
 * and replays.
 */
@Component
@ProcessingGroup(CaseHistoryProjection.PROCESSING_GROUP)
public class CaseHistoryProjection {

    public static final String PROCESSING_GROUP = "case-history";

    private final CaseHistoryRepository repository;
    private final ObjectMapper objectMapper;

    public CaseHistoryProjection(JdbcTemplate jdbcTemplate, ObjectMapper objectMapper) {
        this.repository = new CaseHistoryRepository(Objects.requireNonNull(jdbcTemplate, "jdbcTemplate"));
        this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    @EventHandler
    public void on(FilingEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        MetaData metaData = message.getMetaData();
        repository.put(new CaseHistoryRepository.Row(
                event.filingId(),
                seq,
                event.getClass().getSimpleName(),
                message.getIdentifier(),
                message.getTimestamp(),
                text(metaData.get(MetaDataKeys.ACTOR_ID)),
                text(metaData.get(MetaDataKeys.ACTOR_ROLE)),
                text(metaData.get(MetaDataKeys.OFFICE_ID)),
                json(event)));
    }

    @EventHandler
    public void on(NoticeEvent event, EventMessage<?> message, @SequenceNumber long seq) {
        MetaData metaData = message.getMetaData();
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
                event.getClass().getSimpleName(),
                message.getIdentifier(),
                message.getTimestamp(),
                text(metaData.get(MetaDataKeys.ACTOR_ID)),
                text(metaData.get(MetaDataKeys.ACTOR_ROLE)),
                text(metaData.get(MetaDataKeys.OFFICE_ID)),
                mobile,
                address,
                json(event)));
    }

    /**
     * The filing's events in their stream order, with the notice events merged in by recording time
     * (a merge, so the filing's own order is never changed by a clock).
     */
    @QueryHandler
    public CaseHistoryView handle(FindCaseHistory query) {
        List<CaseHistoryRepository.Row> rows = repository.findByFilingId(query.filingId());
        if (rows.isEmpty()) {
            return null;
        }
        List<CaseHistoryRepository.NoticeRow> notices = repository.findNoticeRowsByFilingId(query.filingId());
        List<CaseHistoryView.Entry> entries = new ArrayList<>(rows.size() + notices.size());
        int n = 0;
        for (CaseHistoryRepository.Row row : rows) {
            while (n < notices.size() && notices.get(n).recordedAt().isBefore(row.recordedAt())) {
                entries.add(entry(notices.get(n++)));
            }
            entries.add(new CaseHistoryView.Entry(row.seq(), row.eventType(), row.eventId(), row.recordedAt(),
                    row.actorId(), row.actorRole(), row.officeId(), tree(row.details()), null, null));
        }
        while (n < notices.size()) {
            entries.add(entry(notices.get(n++)));
        }
        return new CaseHistoryView(query.filingId(), entries);
    }

    private CaseHistoryView.Entry entry(CaseHistoryRepository.NoticeRow row) {
        CaseHistoryView.Channel channel = row.channelMobile() == null && row.channelAddress() == null ? null
                : new CaseHistoryView.Channel(row.channelMobile(), row.channelAddress());
        return new CaseHistoryView.Entry(row.seq(), row.eventType(), row.eventId(), row.recordedAt(), row.actorId(),
                row.actorRole(), row.officeId(), tree(row.details()), row.noticeId(), channel);
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
