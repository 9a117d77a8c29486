package ir.daftar.api.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import ir.daftar.core.kanoon.KanoonEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A28 (ADR 1320): whether a person sits on a Kanoon's board on a day, from the Kanoon's own stream at the moment of
 * the act (complaints, dues, spending), as the Kanoon's aggregate itself decides it.
 */
@Component
class EventStoreBoardSeats implements KanoonBoardSeats {

    private final EventStore events;

    EventStoreBoardSeats(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean sitsOn(String kanoonId, String nationalCode, LocalDate day) {
        if (kanoonId == null || nationalCode == null || events.lastSequenceNumberFor(kanoonId).isEmpty()) {
            return false;
        }
        List<KanoonEvent> kanoon = new ArrayList<>();
        DomainEventStream stream = events.readEvents(kanoonId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof KanoonEvent event)) {
                return false;
            }
            kanoon.add(event);
        }
        JalaliDate on = JalaliDate.of(day);
        return Kanoon.stateFrom(kanoon).seats().stream()
                .anyMatch(s -> s.nationalCode().equals(nationalCode) && s.term().heldOn(on));
    }
}
