package ir.daftar.api.discipline;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.discipline.DisciplinaryCaseEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** A34-A38 (ADR 1200): a disciplinary case's full record, read from its own stream (no read model of its own). */
@Component
class CaseRecords {

    @Schema(description = "One step of a case, as recorded: the event, who did it, when")
    record Step(String type, Instant at, String actorId, String actorRole, Object event) {
    }

    @Schema(description = "A34-A38: a disciplinary case's full record, every step in order")
    record CaseRecord(String caseId, List<Step> steps) {
    }

    private final EventStore events;

    CaseRecords(EventStore events) {
        this.events = events;
    }

    /** The case's events in order, each with its actor and time; empty when the id is not a disciplinary case's. */
    Optional<CaseRecord> record(String caseId) {
        List<Step> steps = new ArrayList<>();
        DomainEventStream stream = events.readEvents(caseId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof DisciplinaryCaseEvent event)) {
                return Optional.empty();
            }
            Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
            Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
            steps.add(new Step(event.getClass().getSimpleName(), message.getTimestamp(),
                    actor == null ? null : actor.toString(), role == null ? null : role.toString(), event));
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(new CaseRecord(caseId, steps));
    }
}
