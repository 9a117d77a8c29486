package ir.daftar.projections.casehistory;

import java.time.Instant;
import java.util.Set;

/**
 * Court staff: the timeline of a case. Answered with a {@link CaseHistoryView}, or {@code null} for
 * an unknown filing. {@code kinds}: categories (FILING, COURT, REPORT, PAPER, ...) or event types
 * to keep (empty: all); {@code from} (inclusive) and {@code to} (exclusive) bound when the acts
 * happened (null: open); {@code order}: by when the acts happened or by when they were recorded.
 */
public record FindCaseHistory(String filingId, Set<String> kinds, Instant from, Instant to, Order order) {

    public enum Order {
        /** By when each act happened (A10: paper-origin acts take their place), then by recording time. */
        OCCURRENCE,
        /** By when each event was recorded in the ledger. */
        RECORDING
    }

    public FindCaseHistory {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        order = order == null ? Order.OCCURRENCE : order;
    }

    /** The whole timeline, by occurrence. */
    public FindCaseHistory(String filingId) {
        this(filingId, Set.of(), null, null, Order.OCCURRENCE);
    }
}
