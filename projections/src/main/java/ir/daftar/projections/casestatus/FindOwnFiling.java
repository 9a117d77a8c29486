package ir.daftar.projections.casestatus;

/**
 * A5/A12: one filing's {@link FilingDetail}, only when its applicant has this national code (or
 * legal person's national id); {@code null} when the filing is unknown or someone else's, the two
 * not told apart. The national code is compared by its keyed hash, in constant time.
 */
public record FindOwnFiling(String filingId, String nationalCode) {

    /** Never prints the national code. */
    @Override
    public String toString() {
        return "FindOwnFiling[filingId=" + filingId + ", nationalCode=***]";
    }
}
