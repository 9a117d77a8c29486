package ir.daftar.api.office;

import ir.daftar.core.office.Licence;
import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeStaffing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A15 staffing read from the office ledger at the moment of the act, without taking the office's
 * aggregate lock (ADR 0008). Each call asks the event store for the office's last sequence number
 * (one indexed lookup); the staffing folded from the office's events is kept per office and
 * folded again only when the office's stream has moved on, so an appointment or a dismissal
 * committed by any instance is seen by the next act. The licence (A22/A24, ADR 0900) is folded with it.
 */
@Component
class EventStoreOfficeDirectory implements OfficeDirectory {

    private final EventStore events;
    private final Map<String, Folded> folded = new ConcurrentHashMap<>();

    EventStoreOfficeDirectory(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<OfficeStaffing> staffingOf(String officeId) {
        return current(officeId).map(Folded::staffing);
    }

    @Override
    public Optional<Licence> licenceOf(String officeId) {
        return current(officeId).map(Folded::licence);
    }

    private Optional<Folded> current(String officeId) {
        if (officeId == null) {
            return Optional.empty();
        }
        Optional<Long> last = events.lastSequenceNumberFor(officeId);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Folded known = folded.get(officeId);
        if (known != null && known.sequenceNumber() == last.get()) {
            return Optional.of(known);
        }
        return fold(officeId);
    }

    private Optional<Folded> fold(String officeId) {
        List<OfficeEvent> officeEvents = new ArrayList<>();
        long sequenceNumber = -1;
        DomainEventStream stream = events.readEvents(officeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeEvent event)) {
                // the identifier is not an office's
                return Optional.empty();
            }
            officeEvents.add(event);
            sequenceNumber = message.getSequenceNumber();
        }
        if (officeEvents.isEmpty()) {
            return Optional.empty();
        }
        Folded fresh = new Folded(sequenceNumber, Office.staffingFrom(officeEvents), Office.licenceFrom(officeEvents));
        folded.merge(officeId, fresh, (old, now) -> now.sequenceNumber() >= old.sequenceNumber() ? now : old);
        return Optional.of(fresh);
    }

    private record Folded(long sequenceNumber, OfficeStaffing staffing, Licence licence) {
    }
}
