package ir.daftar.projections.discipline;

import java.time.LocalDate;

/**
 * A36: the Primary rulings of degree 5-6 notified, not appealed or objected to and not yet final, whose last day to
 * appeal is before {@code today}: each is answered as {@code caseId/rulingId}.
 */
public record FindUnappealedRulingsPastDue(LocalDate today) {
}
