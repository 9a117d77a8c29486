package ir.daftar.core.office;

/**
 * A22(b)/A24: the licence decisions the Council proposes, the GD gives its opinion on and the Center head
 * decides. Founding a new office from applicants instead (A31) is the establishment chain (ADR 0920).
 */
public enum LicenceDecisionKind {
    /** A24: issue the licence, with its expiry. */
    ISSUE,
    /** A24: renew the licence to a later expiry. */
    RENEW,
    /** A24, A35-5: suspend the licence until a time; the suspension ends by itself then. */
    SUSPEND,
    /** A24, A35-6: revoke the licence permanently. */
    REVOKE,
    /** A24, A31: the holder relinquishes the licence. */
    RELINQUISH,
    /** A24: move the office to a new address, possibly in another province. */
    RELOCATE,
    /**
     * A24(c), A31 (ADR 0930): after the manager relinquished the licence or died (their appointment ended), the office
     * is given a licence again, with its expiry, for the manager the GD then hires in their place.
     */
    REPLACE
}
