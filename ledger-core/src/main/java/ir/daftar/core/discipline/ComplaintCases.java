package ir.daftar.core.discipline;

import java.util.Optional;

/**
 * Port, A28(e)/A34 (ADR 1320): the disciplinary case a Kanoon's board recorded on a complaint's stream when it opened
 * the case from it: the case's id, the office, and the board member who opened it.
 */
public interface ComplaintCases {

    /** The case recorded on the complaint, empty when the complaint is unknown or names no case. */
    Optional<ComplaintCase> caseOf(String complaintId);

    record ComplaintCase(String complaintId, String caseId, String officeId, String openedBy) {
    }
}
