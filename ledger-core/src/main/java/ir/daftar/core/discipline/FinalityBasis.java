package ir.daftar.core.discipline;

/** A36: why a ruling became final. */
public enum FinalityBasis {
    /** A36: a Primary ruling of degree 1-4 (or finding no violation) is final when issued. */
    ON_ISSUE,
    /** A36: a Primary ruling of degree 5-6 whose 20-day appeal period ran out without appeal or objection. */
    APPEAL_PERIOD_LAPSED,
    /** A34/A36: the Appeal Board's ruling is final. */
    ON_APPEAL
}
