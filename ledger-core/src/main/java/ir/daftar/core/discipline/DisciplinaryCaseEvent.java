package ir.daftar.core.discipline;

import ir.daftar.core.notice.Deadline;
import ir.daftar.core.office.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened in a disciplinary case, in the regulation's words (A34-A38). The actor of each is in its metadata. */
public sealed interface DisciplinaryCaseEvent {

    String caseId();

    /** A34/A37: a case was opened against a person of an office, charging A37 clauses; a finding's evidence linked. */
    @Revision("1")
    record DisciplinaryCaseOpened(String caseId, CaseOrigin origin, String officeId, String accusedId,
                                  StaffRole accusedRole, List<Integer> charges, String statement, String inspectionId,
                                  String findingId, List<String> evidenceEventIds) implements DisciplinaryCaseEvent {
    }

    /** A34: the case was referred to a board, whose composition and chair at that moment are recorded. */
    @Revision("1")
    record CaseReferredToBoard(String caseId, String boardId, BoardLevel level, List<BoardMember> members,
                               String chairId) implements DisciplinaryCaseEvent {
    }

    /**
     * A34 note 2: the board, all members present, ruled by majority; issued by the chair. A null penalty finds no
     * violation. {@code complaintWithdrawn}: the withdrawal was before the board (A38 note 2, mitigation);
     * {@code previousRulingId}: the earlier final ruling a repeat offence was weighed against (A38 note 3).
     */
    @Revision("1")
    record RulingIssued(String caseId, String rulingId, BoardLevel level, String boardId, String chairId,
                        List<String> presentMemberIds, List<String> inFavourIds, Penalty penalty,
                        List<Integer> provenClauses, String reasons, boolean complaintWithdrawn,
                        String previousRulingId) implements DisciplinaryCaseEvent {
    }

    /** A36: the ruling was served on the person; an appealable one carries its 20-day deadline. */
    @Revision("1")
    record RulingNotified(String caseId, String rulingId, String accusedId, Instant servedAt, Deadline deadline)
            implements DisciplinaryCaseEvent {
    }

    /** A36: the penalised person appealed in time (the last day of the period beside the day it was lodged). */
    @Revision("1")
    record AppealLodged(String caseId, String rulingId, String appellantId, String grounds, LocalDate lodgedOn,
                        LocalDate dueDate) implements DisciplinaryCaseEvent {
    }

    /** A36: the Center head objected to the Primary ruling. */
    @Revision("1")
    record CenterHeadObjected(String caseId, String rulingId, String grounds) implements DisciplinaryCaseEvent {
    }

    /**
     * A36: the ruling became final and is to be executed. For a suspension, its period runs from
     * {@code effectiveFrom} to {@code suspendedUntil}.
     */
    @Revision("1")
    record RulingBecameFinal(String caseId, String rulingId, String officeId, String accusedId, Penalty penalty,
                             FinalityBasis basis, Instant effectiveFrom, Instant suspendedUntil)
            implements DisciplinaryCaseEvent {
    }

    /** A34/A36: the Appeal Board's ruling set aside a Primary ruling already final; its execution is undone. */
    @Revision("1")
    record RulingSetAside(String caseId, String rulingId, String byRulingId, String officeId, Penalty penalty)
            implements DisciplinaryCaseEvent {
    }

    /** A38: a crime discovered was reported to the competent judicial authority; the case goes on. */
    @Revision("1")
    record CrimeReferred(String caseId, String authority, String description) implements DisciplinaryCaseEvent {
    }

    /** A38 note 2: the complaint was withdrawn; the case goes on, and the withdrawal mitigates. */
    @Revision("1")
    record ComplaintWithdrawn(String caseId, String statement) implements DisciplinaryCaseEvent {
    }

    /** A35-4: the reprimand was published on the public list. */
    @Revision("1")
    record ReprimandPublished(String caseId, String rulingId, String officeId, String accusedId)
            implements DisciplinaryCaseEvent {
    }

    /** A36: the reprimand was taken off the public list, its ruling set aside. */
    @Revision("1")
    record ReprimandWithdrawn(String caseId, String rulingId, String officeId) implements DisciplinaryCaseEvent {
    }
}
