package ir.daftar.api.kanoon;

import ir.daftar.core.inspection.InspectionOrder;
import ir.daftar.core.inspection.InspectionOrders;
import ir.daftar.core.kanoon.Council;
import ir.daftar.core.kanoon.CouncilEvent;
import ir.daftar.core.kanoon.IsKanoonBoardMember;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonEvent;
import ir.daftar.core.kanoon.OfficeLocator;
import ir.daftar.core.kanoon.Province;
import ir.daftar.core.kanoon.Provinces;
import ir.daftar.core.kanoon.SeatClaims;
import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Reads the Kanoons', the Council's and the offices' streams from the event store at the moment of the act (A25,
 * A28; ADR 1300): where an office is, a Kanoon's board, roster and orders, the Council's members. These are rare
 * acts on short streams, read whole each time, without a cache.
 */
@Component
class EventStoreKanoons implements OfficeLocator, InspectionOrders {

    private final EventStore events;
    private final SeatClaims claims;

    EventStoreKanoons(EventStore events, SeatClaims claims) {
        this.events = events;
        this.claims = claims;
    }

    /** A25: the province an office names at registration, or the one its last approved relocation named. */
    @Override
    public Optional<Province> provinceOf(String officeId) {
        List<OfficeEvent> office = stream(officeId, OfficeEvent.class);
        if (office.isEmpty() || !(office.get(0) instanceof OfficeEvent.OfficeRegistered registered)) {
            return Optional.empty();
        }
        String relocated = Office.licenceFrom(office).province();
        return Provinces.find(relocated != null ? relocated : registered.province());
    }

    @Override
    public Optional<InspectionOrder> find(String kanoonId, String orderId) {
        return kanoon(kanoonId).flatMap(k -> k.orders().stream().filter(o -> o.orderId().equals(orderId)).findFirst());
    }

    /** A Kanoon as its events left it, empty when there is no such Kanoon. */
    Optional<Kanoon.State> kanoon(String kanoonId) {
        List<KanoonEvent> kanoon = stream(kanoonId, KanoonEvent.class);
        return kanoon.isEmpty() ? Optional.empty() : Optional.of(Kanoon.stateFrom(kanoon));
    }

    /** The Council's events, oldest first. */
    List<CouncilEvent> council() {
        return stream(Council.ID, CouncilEvent.class);
    }

    /** A34: for the disciplinary boards (the discipline issue). */
    @QueryHandler
    Boolean handle(IsKanoonBoardMember query) {
        return claims.sitsOnAKanoonBoard(query.nationalCode(), query.on());
    }

    private <T> List<T> stream(String id, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (id == null || events.lastSequenceNumberFor(id).isEmpty()) {
            return found;
        }
        DomainEventStream stream = events.readEvents(id);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!type.isInstance(message.getPayload())) {
                return List.of();
            }
            found.add(type.cast(message.getPayload()));
        }
        return found;
    }
}
