package ir.daftar.api.fee;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.fee.CourtFeeTariffApprovals;
import ir.daftar.core.fee.TariffEvent;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffConfirmed;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffDecided;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffOpinionGiven;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffProposed;
import ir.daftar.core.fee.TariffEvent.ShippedCourtFeeTariffRecorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A22(c) (ADR 0921, revisited): the court-fee tariffs' approval trail read from its own stream (no read model of its
 * own), each version's steps side by side with actor and time, the shipped ones with their file.
 */
@Component
class TariffTrail {

    @Schema(description = "One step of a tariff version: what was said, by whom, when")
    record Step(String actorId, String actorRole, Instant at, Boolean yes, String reasons) {
    }

    @Schema(description = "A court-fee tariff version and its steps; shipped versions name their file instead")
    record VersionView(String version, Instant effectiveFrom, String shippedFrom, Step proposal, Step opinion,
                       Step decision, Step confirmation, boolean approved) {
    }

    @Schema(description = "The court-fee tariffs' approval trail, oldest first")
    record TrailView(List<VersionView> versions) {
    }

    private final EventStore events;

    TariffTrail(EventStore events) {
        this.events = events;
    }

    TrailView read() {
        Map<String, VersionView> views = new LinkedHashMap<>();
        events.readEvents(CourtFeeTariffApprovals.ID).asStream().forEach(m -> {
            if (!(m.getPayload() instanceof TariffEvent event)) {
                return;
            }
            if (event instanceof ShippedCourtFeeTariffRecorded s) {
                views.put(s.tariff().version(), new VersionView(s.tariff().version(), s.tariff().effectiveFrom(), s.source(),
                        null, null, null, null, true));
            } else if (event instanceof CourtFeeTariffProposed p) {
                views.put(p.tariff().version(), new VersionView(p.tariff().version(), p.tariff().effectiveFrom(), null,
                        step(m, null, p.reasons()), null, null, null, false));
            } else if (event instanceof CourtFeeTariffOpinionGiven o) {
                views.computeIfPresent(o.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), null, v.proposal(),
                        step(m, o.agrees(), o.reasons()), null, null, false));
            } else if (event instanceof CourtFeeTariffDecided d) {
                views.computeIfPresent(d.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), null, v.proposal(),
                        v.opinion(), step(m, d.approved(), d.reasons()), null, false));
            } else if (event instanceof CourtFeeTariffConfirmed c) {
                views.computeIfPresent(c.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), null, v.proposal(),
                        v.opinion(), v.decision(), step(m, c.confirmed(), c.reasons()), c.confirmed()));
            }
        });
        return new TrailView(new ArrayList<>(views.values()));
    }

    private static Step step(DomainEventMessage<?> message, Boolean yes, String reasons) {
        Object id = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
        Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
        return new Step(id == null ? null : id.toString(), role == null ? null : role.toString(), message.getTimestamp(),
                yes, reasons);
    }
}
