package ir.daftar.core.feeschedule;

import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/** What happened to the office service fee schedules, one version at a time (A22(c), A24). */
public sealed interface FeeScheduleEvent {

    String schedulesId();

    /** A24: the Council proposed a version (the Council's session named). */
    @Revision("1")
    record FeeScheduleProposed(String schedulesId, int version, Instant effectiveFrom, Map<String, Long> fees,
                               String councilSession, String reasons) implements FeeScheduleEvent {
    }

    /** A22(c): the GD's opinion on the version. */
    @Revision("1")
    record FeeScheduleOpinionGiven(String schedulesId, int version, boolean agrees, String reasons)
            implements FeeScheduleEvent {
    }

    /** A22(c): the Center head's approval or refusal. */
    @Revision("1")
    record FeeScheduleDecided(String schedulesId, int version, boolean approved, String reasons)
            implements FeeScheduleEvent {
    }

    /** A22(c): the Head of the Judiciary's confirmation or its refusal; a confirmed version takes effect at its date. */
    @Revision("1")
    record FeeScheduleConfirmed(String schedulesId, int version, boolean confirmed, String reasons)
            implements FeeScheduleEvent {
    }

    /** A37-1: an office posted the version in force (who posted it travels as metadata and in {@code postedBy}). */
    @Revision("1")
    record FeeSchedulePosted(String schedulesId, int version, String officeId, String postedBy) implements FeeScheduleEvent {
    }
}
