package ir.daftar.api.feeschedule;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.feeschedule.ConfirmedSchedule;
import ir.daftar.core.feeschedule.FeeScheduleEvent;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleDecided;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleOpinionGiven;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeSchedulePosted;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import ir.daftar.core.feeschedule.FeeSchedules;
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
 * A22(c), A24 (ADR 0921): the office service fee schedules read from their own stream (no read model of their own),
 * each version's four steps side by side with actor and time, and the version in force now.
 */
@Component
class FeeScheduleRecords {

    @Schema(description = "One step of a fee schedule version: what was said, by whom, when")
    record Step(String actorId, String actorRole, Instant at, Boolean yes, String reasons) {
    }

    @Schema(description = "A version of the office service fee schedule and its four steps (A22(c), A24)")
    record VersionView(int version, Instant effectiveFrom,
                       @Schema(description = "Service code -> amount in rials") Map<String, Long> fees,
                       String councilSession, Step proposal, Step opinion, Step decision, Step confirmation) {
    }

    @Schema(description = "The office service fee schedules: the version in force now and every version proposed")
    record SchedulesView(@Schema(description = "The confirmed version in force now; null when none is") VersionView inForce,
                         List<VersionView> versions,
                         @Schema(description = "A37-1: the offices' postings, oldest first") List<Posting> postings) {
    }

    @Schema(description = "A37-1: an office posted a version of the schedule: which, by whom, when")
    record Posting(String officeId, int version, String postedBy, Instant at) {
    }

    private final EventStore events;

    FeeScheduleRecords(EventStore events) {
        this.events = events;
    }

    SchedulesView schedules(Instant now) {
        Map<Integer, VersionView> views = new LinkedHashMap<>();
        List<ConfirmedSchedule> confirmed = new ArrayList<>();
        List<Posting> postings = new ArrayList<>();
        DomainEventStream stream = events.readEvents(FeeSchedules.ID);
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            if (!(m.getPayload() instanceof FeeScheduleEvent event)) {
                break;
            }
            if (event instanceof FeeSchedulePosted posted) {
                postings.add(new Posting(posted.officeId(), posted.version(), posted.postedBy(), m.getTimestamp()));
            } else if (event instanceof FeeScheduleProposed p) {
                views.put(p.version(), new VersionView(p.version(), p.effectiveFrom(), p.fees(), p.councilSession(),
                        step(m, null, p.reasons()), null, null, null));
            } else if (event instanceof FeeScheduleOpinionGiven o) {
                views.computeIfPresent(o.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), v.fees(),
                        v.councilSession(), v.proposal(), step(m, o.agrees(), o.reasons()), null, null));
            } else if (event instanceof FeeScheduleDecided d) {
                views.computeIfPresent(d.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), v.fees(),
                        v.councilSession(), v.proposal(), v.opinion(), step(m, d.approved(), d.reasons()), null));
            } else if (event instanceof FeeScheduleConfirmed c) {
                views.computeIfPresent(c.version(), (k, v) -> new VersionView(k, v.effectiveFrom(), v.fees(),
                        v.councilSession(), v.proposal(), v.opinion(), v.decision(), step(m, c.confirmed(), c.reasons())));
                VersionView v = views.get(c.version());
                if (c.confirmed() && v != null) {
                    confirmed.add(new ConfirmedSchedule(v.version(), v.effectiveFrom(), v.fees()));
                }
            }
        }
        VersionView inForce = FeeSchedules.inForceAt(confirmed, now).map(s -> views.get(s.version())).orElse(null);
        return new SchedulesView(inForce, new ArrayList<>(views.values()), postings);
    }

    private static Step step(DomainEventMessage<?> message, Boolean yes, String reasons) {
        Object id = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
        Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
        return new Step(id == null ? null : id.toString(), role == null ? null : role.toString(), message.getTimestamp(),
                yes, reasons);
    }
}
