package ir.daftar.core.kanoon;

import ir.daftar.core.inspection.InspectionKind;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened to a Kanoon, in the regulation's words (A25-A28, A33). */
public sealed interface KanoonEvent {

    String kanoonId();

    /** A25: a Kanoon was formed for the province's centre. */
    @Revision("1")
    record KanoonFormed(String kanoonId, String provinceCode, String centre) implements KanoonEvent {
    }

    /**
     * A25: from this event's instant the offices of the province are covered by this Kanoon, no longer by
     * {@code fromKanoonId} (absent when no Kanoon covered them before).
     */
    @Revision("1")
    record OfficesMovedToKanoon(String kanoonId, String provinceCode, String fromKanoonId) implements KanoonEvent {
    }

    /** A26: a person was proposed for a board seat, with the evidence of the seat's qualification. */
    @Revision("1")
    record BoardMemberProposed(String kanoonId, String proposalId, BoardSeatKind kind, String nationalCode, String name,
                               BoardQualification qualification) implements KanoonEvent {
    }

    /** A26: the Center head refused a proposal, with reasons. */
    @Revision("1")
    record BoardProposalRefused(String kanoonId, String proposalId, String reasons) implements KanoonEvent {
    }

    /** A26: a person took a board seat for a term (the approved proposal's id, absent for a representative named). */
    @Revision("1")
    record BoardMemberAppointed(String kanoonId, BoardSeatKind kind, String nationalCode, String name, Term term,
                                String proposalId) implements KanoonEvent {
    }

    /** A26 note: a member was re-appointed; the new term follows the previous one. */
    @Revision("1")
    record BoardMemberReappointed(String kanoonId, String nationalCode, Term term) implements KanoonEvent {
    }

    /** A26: a member left the board before the term's end. */
    @Revision("1")
    record BoardMembershipEnded(String kanoonId, String nationalCode, BoardSeatKind kind, String reason)
            implements KanoonEvent {
    }

    /** A28: an inspector was put on the Kanoon's roster. */
    @Revision("1")
    record InspectorAddedToRoster(String kanoonId, String inspectorId, String name) implements KanoonEvent {
    }

    /** A28/A33: the board ordered an inspection of one office over a period, by the inspectors named. */
    @Revision("1")
    record InspectionOrdered(String kanoonId, String orderId, InspectionKind kind, String officeId, Instant periodFrom,
                             Instant periodTo, List<String> inspectorIds, String orderedBy) implements KanoonEvent {
    }
}
