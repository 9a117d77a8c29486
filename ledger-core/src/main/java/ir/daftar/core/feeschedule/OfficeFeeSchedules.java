package ir.daftar.core.feeschedule;

import java.time.Instant;
import java.util.Optional;

/**
 * Port (A22(c), A37-12; ADR 0921): the confirmed office service fee schedules as the ledger holds them now, for the
 * counter to charge against the version in force. The application reads them from the schedules' stream.
 */
public interface OfficeFeeSchedules {

    /** The version in force at {@code at}; empty when none was confirmed and effective by then. */
    Optional<ConfirmedSchedule> inForceAt(Instant at);

    /** Schedules from a history already folded (fixtures, replays). */
    static OfficeFeeSchedules of(ScheduleHistory history) {
        return history::inForceAt;
    }
}
