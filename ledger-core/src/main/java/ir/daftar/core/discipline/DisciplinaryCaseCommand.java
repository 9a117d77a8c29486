package ir.daftar.core.discipline;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a disciplinary case (A34-A38). */
public sealed interface DisciplinaryCaseCommand {

    String caseId();

    /**
     * A34/A37: open a case against the office's manager or a staff member, charging A37 clauses. From a finding,
     * {@code inspectionId} and {@code findingId} name it (its clause is charged and its evidence linked); from a
     * complaint or a reported violation, {@code statement} states it. {@code complaintId}: a Kanoon's board opens a
     * case from a complaint it upheld and reported (A28(e), ADR 1320); the complaint's record names the case.
     */
    record OpenDisciplinaryCase(@TargetAggregateIdentifier String caseId, CaseOrigin origin, String officeId,
                                String accusedId, List<Integer> charges, String statement, String inspectionId,
                                String findingId, String complaintId) implements DisciplinaryCaseCommand {

        public OpenDisciplinaryCase {
            charges = charges == null ? List.of() : List.copyOf(charges);
        }

        /** Opened by the administration (or an inspector from a finding): no complaint record is named. */
        public OpenDisciplinaryCase(String caseId, CaseOrigin origin, String officeId, String accusedId,
                                    List<Integer> charges, String statement, String inspectionId, String findingId) {
            this(caseId, origin, officeId, accusedId, charges, statement, inspectionId, findingId, null);
        }
    }

    /** A34: refer the case to the Primary Board, or after an appeal or objection to the Appeal Board. */
    record ReferToBoard(@TargetAggregateIdentifier String caseId, String boardId) implements DisciplinaryCaseCommand {
    }

    /**
     * A34 note 2: the chair issues the board's ruling, sat with {@code presentMemberIds}, voted by
     * {@code inFavourIds}; {@code penalty} null finds no violation.
     */
    record IssueRuling(@TargetAggregateIdentifier String caseId, String rulingId, List<String> presentMemberIds,
                       List<String> inFavourIds, Penalty penalty, List<Integer> provenClauses, String reasons)
            implements DisciplinaryCaseCommand {

        public IssueRuling {
            presentMemberIds = presentMemberIds == null ? List.of() : List.copyOf(presentMemberIds);
            inFavourIds = inFavourIds == null ? List.of() : List.copyOf(inFavourIds);
            provenClauses = provenClauses == null ? List.of() : List.copyOf(provenClauses);
        }
    }

    /** A36: the ruling is served on the person (deposit in the SANA account); the appeal period starts. */
    record NotifyRuling(@TargetAggregateIdentifier String caseId, String rulingId) implements DisciplinaryCaseCommand {
    }

    /** A36: the penalised person appeals a ruling of degree 5 or 6. */
    record LodgeAppeal(@TargetAggregateIdentifier String caseId, String rulingId, String grounds)
            implements DisciplinaryCaseCommand {
    }

    /** A36: the Center head objects to a Primary ruling. */
    record ObjectToRuling(@TargetAggregateIdentifier String caseId, String rulingId, String grounds)
            implements DisciplinaryCaseCommand {
    }

    /** A36: a ruling of degree 5 or 6 not appealed within its period becomes final. */
    record FinalizeUnappealedRuling(@TargetAggregateIdentifier String caseId, String rulingId)
            implements DisciplinaryCaseCommand {
    }

    /** A38: the board reports a crime it discovered to the competent judicial authority; the case goes on. */
    record ReferCrime(@TargetAggregateIdentifier String caseId, String authority, String description)
            implements DisciplinaryCaseCommand {
    }

    /** A38 note 2: the complainant withdraws; the case goes on and the withdrawal mitigates. */
    record WithdrawComplaint(@TargetAggregateIdentifier String caseId, String statement)
            implements DisciplinaryCaseCommand {
    }

    /** A35-4 (execution): the reprimand of a final degree-4 ruling is published; once. */
    record PublishReprimand(@TargetAggregateIdentifier String caseId, String rulingId) implements DisciplinaryCaseCommand {
    }

    /** A36 (execution): a published reprimand whose ruling was set aside is taken off the list; once. */
    record WithdrawReprimand(@TargetAggregateIdentifier String caseId, String rulingId) implements DisciplinaryCaseCommand {
    }
}
