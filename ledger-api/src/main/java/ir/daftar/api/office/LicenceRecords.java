package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.DisciplinaryRulingLifted;
import ir.daftar.core.office.OfficeEvent.LicenceRevokedByRuling;
import ir.daftar.core.office.OfficeEvent.LicenceSuspendedByRuling;
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
 * each step with the actor and the time of its event, so a reader sees proposal, opinion and decision side by side;
 * and the disciplinary rulings executed on the licence (A35-5/6, ADR 1200), as of any instant (ADR 0930).
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

    @Schema(description = "A35-5/6 (ADR 1200): a final disciplinary ruling executed on the licence, outside the Council's "
            + "chain: a suspension until a time, or a revocation; lifted when the ruling was set aside on appeal (A36)")
    record RulingView(String rulingId, String caseId,
                      @Schema(description = "SUSPENSION or REVOCATION") String kind,
                      @Schema(description = "SUSPENSION: its end") Instant until, Step executed,
                      @Schema(description = "When the ruling was set aside on appeal (A36)") Instant liftedAt,
                      @Schema(description = "SUSPENSION: when its end was recorded") Instant suspensionEndedAt) {
    }

    /** An office's licence history as of an instant: the Council's decisions and the rulings executed on it. */
    record History(List<DecisionView> decisions, List<RulingView> rulings) {
    }

    private final EventStore events;

    LicenceRecords(EventStore events) {
        this.events = events;
    }

    /** The decisions of the office's stream, each step with the actor and time of its event. */
    List<DecisionView> decisions(String officeId) {
        return history(officeId, null).decisions();
    }

    /**
     * The decisions and the rulings executed on the licence, from the events of the office's stream recorded up to
     * {@code asOf} ({@code null}: all of them), each step with the actor and time of its event.
     */
    History history(String officeId, Instant asOf) {
        Map<String, DecisionView> views = new LinkedHashMap<>();
        Map<String, RulingView> rulings = new LinkedHashMap<>();
        DomainEventStream stream = events.readEvents(officeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeEvent event)) {
                break;
            }
            if (asOf != null && message.getTimestamp().isAfter(asOf)) {
                continue;
            }
            ruling(rulings, message, event);
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
        return new History(new ArrayList<>(views.values()), new ArrayList<>(rulings.values()));
    }

    /** A35-5/6, A36 (ADR 1200): a ruling executed on the licence, its lifting, the end of its suspension. */
    private static void ruling(Map<String, RulingView> rulings, DomainEventMessage<?> message, OfficeEvent event) {
        if (event instanceof LicenceSuspendedByRuling s) {
            rulings.putIfAbsent(s.rulingId(), new RulingView(s.rulingId(), s.caseId(), "SUSPENSION", s.until(),
                    step(message, null, null), null, null));
        } else if (event instanceof LicenceRevokedByRuling r) {
            rulings.putIfAbsent(r.rulingId(), new RulingView(r.rulingId(), r.caseId(), "REVOCATION", null,
                    step(message, null, null), null, null));
        } else if (event instanceof DisciplinaryRulingLifted l) {
            rulings.computeIfPresent(l.rulingId(), (id, v) -> new RulingView(id, v.caseId(), v.kind(), v.until(),
                    v.executed(), message.getTimestamp(), v.suspensionEndedAt()));
        } else if (event instanceof LicenceSuspensionEnded e) {
            rulings.computeIfPresent(e.decisionId(), (id, v) -> new RulingView(id, v.caseId(), v.kind(), v.until(),
                    v.executed(), v.liftedAt(), e.endedAt()));
        }
    }

    static Step step(DomainEventMessage<?> message, Boolean yes, String reasons) {
        Object id = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
        Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
        return new Step(id == null ? null : id.toString(), role == null ? null : role.toString(), message.getTimestamp(),
                yes, reasons);
    }
}
