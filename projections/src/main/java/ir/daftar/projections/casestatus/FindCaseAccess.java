package ir.daftar.projections.casestatus;

/** A12/A13: what decides who may read this filing; answered with a {@link CaseAccess}, {@code null} when unknown. */
public record FindCaseAccess(String filingId) {
}
