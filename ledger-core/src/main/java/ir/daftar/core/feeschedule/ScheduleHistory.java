package ir.daftar.core.feeschedule;

import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A22(c), A37-12: the confirmed versions of the office service fee schedule, folded from the schedules' events in
 * stream order (any other payload is ignored), so that a charge is judged against the version in force when it was
 * made: at the counter (the filing's port) and in an inspector's replay.
 */
public final class ScheduleHistory {

    private final Map<Integer, FeeScheduleProposed> proposed = new HashMap<>();
    private final List<ConfirmedSchedule> confirmed = new ArrayList<>();

    /** Takes one event of the ledger; only the schedules' proposals and confirmations change the history. */
    public void accept(Object payload) {
        if (payload instanceof FeeScheduleProposed p) {
            proposed.put(p.version(), p);
        } else if (payload instanceof FeeScheduleConfirmed c && c.confirmed()) {
            FeeScheduleProposed p = proposed.get(c.version());
            if (p != null) {
                confirmed.add(new ConfirmedSchedule(p.version(), p.effectiveFrom(), p.fees()));
            }
        }
    }

    /** The history folded from these events, in order. */
    public static ScheduleHistory of(Iterable<?> payloads) {
        ScheduleHistory history = new ScheduleHistory();
        payloads.forEach(history::accept);
        return history;
    }

    public List<ConfirmedSchedule> confirmed() {
        return List.copyOf(confirmed);
    }

    /** The version in force at {@code at}: the last confirmed one effective by then. */
    public Optional<ConfirmedSchedule> inForceAt(Instant at) {
        return FeeSchedules.inForceAt(confirmed, at);
    }
}
