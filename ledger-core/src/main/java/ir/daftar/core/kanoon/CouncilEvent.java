package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;
import org.axonframework.serialization.Revision;

/** What happened to the Advisory Council's membership (A23). */
public sealed interface CouncilEvent {

    String councilId();

    /** A23: the GD proposed a person for the Council. */
    @Revision("1")
    record CouncilMemberProposed(String councilId, String proposalId, String nationalCode, String name,
                                 JalaliDate termEnd) implements CouncilEvent {
    }

    /** A23: the Center head refused a proposal, with reasons. */
    @Revision("1")
    record CouncilProposalRefused(String councilId, String proposalId, String reasons) implements CouncilEvent {
    }

    /** A23: the Center head appointed the person proposed, for the term. */
    @Revision("1")
    record CouncilMemberAppointed(String councilId, String proposalId, String nationalCode, String name, Term term)
            implements CouncilEvent {
    }

    /** A23: a member left the Council before the term's end. */
    @Revision("1")
    record CouncilMembershipEnded(String councilId, String nationalCode, String reason) implements CouncilEvent {
    }
}
