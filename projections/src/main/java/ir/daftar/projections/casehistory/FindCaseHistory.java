package ir.daftar.projections.casehistory;

/** Court staff: the full timeline of a filing. Answered with a {@link CaseHistoryView}, or {@code null} for an unknown filing. */
public record FindCaseHistory(String filingId) {
}
