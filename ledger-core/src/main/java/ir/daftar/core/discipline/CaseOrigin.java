package ir.daftar.core.discipline;

/** A34/A28: how a disciplinary case came to the boards. */
public enum CaseOrigin {
    /** A34: a complaint about the office (by a party or anyone affected). */
    COMPLAINT,
    /** A33/A37: a finding an inspector accepted into the inspection's report, with its evidence events. */
    INSPECTION_FINDING,
    /** A28/A34: a violation reported by an authority (the Kanoon, the GD, a court). */
    REPORTED_VIOLATION
}
