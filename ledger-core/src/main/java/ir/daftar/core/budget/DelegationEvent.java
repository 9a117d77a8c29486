package ir.daftar.core.budget;

import ir.daftar.core.calendar.JalaliDate;
import org.axonframework.serialization.Revision;

/** The GD's delegations to a Kanoon's board (A30). The actor of each is in its metadata. */
public sealed interface DelegationEvent {

    String delegationsId();

    /** A30: the GD delegated an executive duty to the board for the Jalali days {@code [from, until)}. */
    @Revision("1")
    record DutyDelegated(String delegationsId, String kanoonId, String delegationId, String duty, JalaliDate from,
                         JalaliDate until) implements DelegationEvent {
    }

    /** A30: the GD withdrew the delegation; it ends on {@code endsOn} (not included). */
    @Revision("1")
    record DelegationWithdrawn(String delegationsId, String delegationId, JalaliDate endsOn, String reasons)
            implements DelegationEvent {
    }
}
