package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the Advisory Council's membership (A23); its one id is {@link Council#ID}. */
public sealed interface CouncilCommand {

    String councilId();

    /** A23: the GD proposes a person for the Council, with the Jalali day the term would end. */
    record ProposeCouncilMember(@TargetAggregateIdentifier String councilId, String proposalId, String nationalCode,
                                String name, JalaliDate termEnd) implements CouncilCommand {
    }

    /** A23: the Center head appoints the person proposed (from today to the proposed end) or refuses with reasons. */
    record DecideCouncilProposal(@TargetAggregateIdentifier String councilId, String proposalId, boolean approved,
                                 String reasons) implements CouncilCommand {
    }

    /** A23: a member leaves the Council before the term's end. */
    record EndCouncilMembership(@TargetAggregateIdentifier String councilId, String nationalCode, String reason)
            implements CouncilCommand {
    }
}
