package ir.daftar.api.budget;

import ir.daftar.core.budget.BoardDelegations;
import ir.daftar.core.budget.BudgetEvent;
import ir.daftar.core.budget.DelegationEvent;
import ir.daftar.core.budget.KanoonBudget;
import ir.daftar.core.budget.KanoonLedger;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A29/A30 (ADR 1320): a Kanoon's budget and its delegations, read from their own streams at the moment (short,
 * rarely written streams; no read model). The budget's events keep the instant each was recorded, which the ledger
 * as of a past instant is folded from.
 */
@Component
class BudgetRecords {

    private final EventStore events;

    BudgetRecords(EventStore events) {
        this.events = events;
    }

    /** The budget's events as recorded, oldest first; empty when the Kanoon has none. */
    List<KanoonLedger.Recorded> budget(String kanoonId) {
        List<KanoonLedger.Recorded> recorded = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(KanoonBudget.idFor(kanoonId))) {
            if (message.getPayload() instanceof BudgetEvent event) {
                recorded.add(new KanoonLedger.Recorded(event, message.getTimestamp()));
            }
        }
        return recorded;
    }

    /** The GD's delegations to the Kanoon's board, oldest first. */
    List<DelegationEvent> delegations(String kanoonId) {
        List<DelegationEvent> found = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(BoardDelegations.idFor(kanoonId))) {
            if (message.getPayload() instanceof DelegationEvent event) {
                found.add(event);
            }
        }
        return found;
    }

    private List<DomainEventMessage<?>> stream(String id) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        if (events.lastSequenceNumberFor(id).isEmpty()) {
            return messages;
        }
        DomainEventStream stream = events.readEvents(id);
        while (stream.hasNext()) {
            messages.add(stream.next());
        }
        return messages;
    }
}
