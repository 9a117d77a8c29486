package ir.daftar.core.feeschedule;

import java.time.Instant;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the office service fee schedules (A22(c), A24). */
public sealed interface FeeScheduleCommand {

    String schedulesId();

    /** A24: the Advisory Council proposes the next version: each service's amount in rials, from a date. */
    record ProposeFeeSchedule(@TargetAggregateIdentifier String schedulesId, int version, Instant effectiveFrom,
                              Map<String, Long> fees, String councilSession, String reasons) implements FeeScheduleCommand {
    }

    /** A22(c): the GD gives its opinion on the proposed version. */
    record GiveFeeScheduleOpinion(@TargetAggregateIdentifier String schedulesId, int version, boolean agrees,
                                  String reasons) implements FeeScheduleCommand {
    }

    /** A22(c): the Center head approves or refuses the version, after the GD's opinion. */
    record DecideFeeSchedule(@TargetAggregateIdentifier String schedulesId, int version, boolean approved, String reasons)
            implements FeeScheduleCommand {
    }

    /** A22(c): the Head of the Judiciary confirms (or does not) the version the Center head approved. */
    record ConfirmFeeSchedule(@TargetAggregateIdentifier String schedulesId, int version, boolean confirmed, String reasons)
            implements FeeScheduleCommand {
    }

    /** A37-1: an office posts the version in force, where the public sees it; once per office and version. */
    record PostFeeSchedule(@TargetAggregateIdentifier String schedulesId, int version, String officeId)
            implements FeeScheduleCommand {
    }
}
