package ir.daftar.core.filing;

import ir.daftar.core.common.FilingKind;

/**
 * What other aggregates need to know of a case: its kind and route, the competent authority it
 * is (or will be) with, whether it has reached that authority (submitted, or lodged there on paper),
 * and its case number once the authority registered it (null before).
 */
public record CaseReference(String filingId, FilingKind kind, FilingRoute route, String competentAuthorityId,
                            boolean withAuthority, String caseNumber) {
}
