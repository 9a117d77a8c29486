package ir.daftar.core.budget;

import ir.daftar.core.calendar.JalaliDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What the GD can ask of its delegations to a Kanoon's board (A30). */
public sealed interface DelegationCommand {

    String delegationsId();

    /** A30: the GD delegates an executive duty to the board for the Jalali days {@code [from, until)}. */
    record DelegateDuty(@TargetAggregateIdentifier String delegationsId, String kanoonId, String delegationId,
                        String duty, JalaliDate from, JalaliDate until) implements DelegationCommand {
    }

    /** A30: the GD withdraws a delegation in force, from today, with reasons. */
    record WithdrawDelegation(@TargetAggregateIdentifier String delegationsId, String delegationId, String reasons)
            implements DelegationCommand {
    }
}
