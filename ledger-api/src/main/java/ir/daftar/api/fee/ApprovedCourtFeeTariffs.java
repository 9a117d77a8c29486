package ir.daftar.api.fee;

import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffApprovals;
import ir.daftar.core.fee.CourtFeeTariffs;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A22(c) (ADR 0921, revisited): the court-fee tariffs the ledger uses are the approved ones only: confirmed through
 * the four steps, or shipped with the application and recorded at start. Folded from the tariffs' own stream, again
 * whenever the stream has grown.
 */
@Component
class ApprovedCourtFeeTariffs implements CourtFeeTariffs {

    private record Snapshot(long sequence, CourtFeeTariffs tariffs) {
    }

    private final EventStore events;
    private volatile Snapshot snapshot;

    ApprovedCourtFeeTariffs(EventStore events) {
        this.events = events;
    }

    private CourtFeeTariffs current() {
        long sequence = events.lastSequenceNumberFor(CourtFeeTariffApprovals.ID).orElse(-1L);
        Snapshot seen = snapshot;
        if (seen == null || seen.sequence() != sequence) {
            List<Object> payloads = events.readEvents(CourtFeeTariffApprovals.ID).asStream()
                    .<Object>map(m -> m.getPayload()).toList();
            seen = new Snapshot(sequence, CourtFeeTariffs.of(CourtFeeTariffApprovals.approvedIn(payloads)));
            snapshot = seen;
        }
        return seen.tariffs();
    }

    @Override
    public CourtFeeTariff inForceAt(Instant instant) {
        return current().inForceAt(instant);
    }

    @Override
    public Optional<CourtFeeTariff> version(String version) {
        return current().version(version);
    }

    @Override
    public List<CourtFeeTariff> all() {
        return current().all();
    }
}
