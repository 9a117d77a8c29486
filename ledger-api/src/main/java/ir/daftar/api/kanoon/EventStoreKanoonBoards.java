package ir.daftar.api.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.kanoon.BoardRoll;
import ir.daftar.core.kanoon.BoardSeat;
import ir.daftar.core.kanoon.KanoonBoard;
import ir.daftar.core.kanoon.KanoonBoardEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The Kanoon board's roll and its acts, read from the event store at the moment of the act (A26, A27; ADR 1310): the
 * members sitting on a day from the Kanoon's stream, the meetings, elections and letters from the board's own.
 */
@Component
class EventStoreKanoonBoards implements BoardRoll {

    private final EventStore events;
    private final EventStoreKanoons kanoons;

    EventStoreKanoonBoards(EventStore events, EventStoreKanoons kanoons) {
        this.events = events;
        this.kanoons = kanoons;
    }

    @Override
    public List<BoardSeat> sitting(String kanoonId, JalaliDate day) {
        return kanoons.kanoon(kanoonId).map(k -> k.seats().stream().filter(s -> s.term().heldOn(day)).toList())
                .orElse(List.of());
    }

    /** The board's acts as its events left them; empty when the board never met. */
    Optional<KanoonBoard.State> board(String kanoonId) {
        String id = KanoonBoard.idFor(kanoonId);
        if (events.lastSequenceNumberFor(id).isEmpty()) {
            return Optional.empty();
        }
        List<KanoonBoard.Recorded> recorded = new ArrayList<>();
        DomainEventStream stream = events.readEvents(id);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof KanoonBoardEvent event) {
                Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
                recorded.add(new KanoonBoard.Recorded(event, actor == null ? null : actor.toString()));
            }
        }
        return Optional.of(KanoonBoard.stateFrom(recorded));
    }
}
