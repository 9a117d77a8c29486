package ir.daftar.api.feeschedule;

import ir.daftar.core.feeschedule.ConfirmedSchedule;
import ir.daftar.core.feeschedule.FeeSchedules;
import ir.daftar.core.feeschedule.OfficeFeeSchedules;
import ir.daftar.core.feeschedule.ScheduleHistory;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A22(c), A37-12 (ADR 0921, revisited): the confirmed office service fee schedules for the counter, folded from the
 * schedules' own stream at each charge (a few events a year: no cache to go stale).
 */
@Component
class OfficeFeeScheduleStream implements OfficeFeeSchedules {

    private final EventStore events;

    OfficeFeeScheduleStream(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<ConfirmedSchedule> inForceAt(Instant at) {
        ScheduleHistory history = new ScheduleHistory();
        events.readEvents(FeeSchedules.ID).asStream().forEach(m -> history.accept(m.getPayload()));
        return history.inForceAt(at);
    }
}
