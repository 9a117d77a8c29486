package ir.daftar.core.fee;

import ir.daftar.core.authority.AuthorityKind;
import java.util.List;
import java.util.Set;

/**
 * The fees for a set of authority kinds: financial petitions by bands of the claim value
 * (with a minimum), fixed fees for non-financial petitions, requests and complaints.
 */
public record FeeSchedule(
        Set<AuthorityKind> authorityKinds,
        List<FeeBand> financialBands,
        long financialMinimumRials,
        long nonFinancialPetitionRials,
        long requestRials,
        long complaintRials) {

    public FeeSchedule {
        if (authorityKinds == null || authorityKinds.isEmpty()) {
            throw new IllegalArgumentException("a schedule applies to at least one authority kind");
        }
        // in the enum's order, so a tariff recorded in an event always reads the same (ADR 0921, revisited)
        authorityKinds = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(authorityKinds));
        financialBands = List.copyOf(financialBands);
        if (financialBands.isEmpty() || financialBands.get(financialBands.size() - 1).upToRials() != null) {
            throw new IllegalArgumentException("financial bands must end with an open band");
        }
        long previous = 0;
        for (int i = 0; i < financialBands.size() - 1; i++) {
            Long upTo = financialBands.get(i).upToRials();
            if (upTo == null) {
                throw new IllegalArgumentException("only the last financial band may be open");
            }
            long limit = upTo;
            if (limit <= previous) {
                throw new IllegalArgumentException("financial band limits must increase");
            }
            previous = limit;
        }
        if (financialMinimumRials < 0 || nonFinancialPetitionRials < 0 || requestRials < 0 || complaintRials < 0) {
            throw new IllegalArgumentException("fees cannot be negative");
        }
    }
}
