package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A22(b)/A24 (ADR 0900): an office's licence decisions read from its own stream (no read model of its own),
 * each step with the actor and the time of its event, so a reader sees proposal, opinion and decision side by side.
 */
@Component
class LicenceRecords {

    @Schema(description = "One step of a licence decision: what was said, by whom, when")
    record Step(String actorId, String actorRole, Instant at, Boolean yes, String reasons) {
    }

    @Schema(description = "A licence decision with its three steps side by side (A22(b), A24)")
    record DecisionView(String decisionId, LicenceDecisionKind kind, Instant until, String address, String province,
                        String councilSession, Step proposal, Step opinion, Step decision,
                        @Schema(description = "SUSPEND: when the suspension's end was recorded") Instant suspensionEndedAt) {
    }

    private final EventStore events;

    LicenceRecords(EventStore events) {
        this.events = events;
    }

    /** The decisions of the office's stream, each step with the actor and time of its event. */
    List<DecisionView> decisions(String officeId) {
        Map<String, DecisionView> views = new LinkedHashMap<>();
        DomainEventStream stream = events.readEvents(officeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeEvent event)) {
                break;
            }
            if (event instanceof LicenceDecisionProposed p) {
                views.put(p.decisionId(), new DecisionView(p.decisionId(), p.kind(), p.terms().until(), p.terms().address(),
                        p.terms().province(), p.councilSession(), step(message, null, p.reasons()), null, null, null));
            } else if (event instanceof LicenceDecisionOpinionGiven o) {
                views.computeIfPresent(o.decisionId(), (id, v) -> new DecisionView(id, v.kind(), v.until(), v.address(),
                        v.province(), v.councilSession(), v.proposal(), step(message, o.agrees(), o.reasons()), null, null));
            } else if (event instanceof LicenceDecisionDecided d) {
                views.computeIfPresent(d.decisionId(), (id, v) -> new DecisionView(id, v.kind(), v.until(), v.address(),
                        v.province(), v.councilSession(), v.proposal(), v.opinion(), step(message, d.approved(), d.reasons()),
                        null));
            } else if (event instanceof LicenceSuspensionEnded e) {
                views.computeIfPresent(e.decisionId(), (id, v) -> new DecisionView(id, v.kind(), v.until(), v.address(),
                        v.province(), v.councilSession(), v.proposal(), v.opinion(), v.decision(), e.endedAt()));
            }
        }
        return new ArrayList<>(views.values());
    }

    private static Step step(DomainEventMessage<?> message, Boolean yes, String reasons) {
        Object id = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
        Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
        return new Step(id == null ? null : id.toString(), role == null ? null : role.toString(), message.getTimestamp(),
                yes, reasons);
    }
}
