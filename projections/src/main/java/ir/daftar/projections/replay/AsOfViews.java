package ir.daftar.projections.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.projections.store.EventStoreCursor;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casestatus.CaseStatus;
import ir.daftar.projections.casestatus.CaseStatusView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "As of" views for inspectors: the state as it was at an instant, computed from the events
 * recorded up to that instant only (read from the event store, never from today's tables), so
 * that "as shown then" can be set beside "as known now".
 */
public final class AsOfViews {

    private final EventStoreCursor cursor;
    private final ObjectMapper objectMapper;

    public AsOfViews(EventStoreCursor cursor, ObjectMapper objectMapper) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
    }

    /** The applicant's status page for a filing as it was at {@code at}; empty if the filing had not started. */
    public Optional<CaseStatusView> caseStatus(String filingId, Instant at) {
        ReplayedCaseStatus fold = new ReplayedCaseStatus(filingId);
        cursor.streamAggregate(filingId, e -> {
            if (!e.recordedAt().isAfter(at)) {
                fold.apply(e);
            }
            return true;
        });
        return Optional.ofNullable(fold.view());
    }

    /** A filing's full timeline (the case-history view) as it was at {@code at}; empty if it had not started. */
    public Optional<CaseHistoryView> caseHistory(String filingId, Instant at) {
        List<CaseHistoryView.Entry> entries = new ArrayList<>();
        cursor.streamAggregate(filingId, e -> {
            if (!e.recordedAt().isAfter(at) && e.payload() instanceof FilingEvent event) {
                Instant recorded = e.recordedAt().truncatedTo(ChronoUnit.MICROS);
                Instant occurred = ir.daftar.core.common.OccurredAt.read(e.metaData())
                        .map(t -> t.truncatedTo(ChronoUnit.MICROS)).orElse(recorded);
                String type = event.getClass().getSimpleName();
                entries.add(new CaseHistoryView.Entry(e.sequenceNumber(), type, e.eventId(), recorded,
                        text(e.metaData().get(MetaDataKeys.ACTOR_ID)), text(e.metaData().get(MetaDataKeys.ACTOR_ROLE)),
                        text(e.metaData().get(MetaDataKeys.OFFICE_ID)), tree(json(event)), occurred,
                        ir.daftar.projections.casehistory.CaseHistoryView.categoryOfFilingEvent(type), "Filing", filingId,
                        text(e.metaData().get(MetaDataKeys.AUTHORITY_ID)),
                        text(e.metaData().get(MetaDataKeys.REPORTING_BODY_ID)), null, null));
            }
            return true;
        });
        return entries.isEmpty() ? Optional.empty() : Optional.of(new CaseHistoryView(filingId, entries));
    }

    /** One filing in an office's queue at an instant: held by the office, not yet submitted. */
    public record QueueItem(String filingId, CaseStatusView status) {
    }

    /**
     * The office's queue as it was at {@code at}: the filings it held (started there, or whose
     * originals it received, or whose tracking code it confirmed) and had not yet submitted,
     * oldest first. Streams the event store up to the instant; keeps only the office's filings.
     */
    public List<QueueItem> officeQueue(String officeId, Instant at) {
        Map<String, ReplayedCaseStatus> held = new HashMap<>();
        cursor.streamAll(cursor.head(), e -> {
            if (e.recordedAt().isAfter(at) || !(e.payload() instanceof FilingEvent event)) {
                return true;
            }
            ReplayedCaseStatus fold = held.get(event.filingId());
            if (fold == null && joinsOffice(event, officeId)) {
                fold = new ReplayedCaseStatus(event.filingId());
                if (!(event instanceof FilingStarted)) {
                    ReplayedCaseStatus earlier = fold;
                    long before = e.sequenceNumber();
                    cursor.streamAggregate(event.filingId(), prior -> {
                        if (prior.sequenceNumber() < before) {
                            earlier.apply(prior);
                        }
                        return prior.sequenceNumber() < before;
                    });
                }
                held.put(event.filingId(), fold);
            }
            if (fold != null) {
                fold.apply(e);
            }
            return true;
        });
        return held.values().stream()
                .filter(f -> f.started() && f.status() != CaseStatus.SUBMITTED && officeId.equals(f.officeId()))
                .map(f -> new QueueItem(f.filingId(), f.view()))
                .sorted(Comparator.comparing((QueueItem q) -> q.status().startedAt()).thenComparing(QueueItem::filingId))
                .toList();
    }

    private static boolean joinsOffice(FilingEvent event, String officeId) {
        return event instanceof FilingStarted started && officeId.equals(started.officeId())
                || event instanceof OriginalsReceived received && officeId.equals(received.officeId())
                || event instanceof TrackingCodeIssued issued && officeId.equals(issued.confirmingOfficeId());
    }

    private String json(FilingEvent event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
