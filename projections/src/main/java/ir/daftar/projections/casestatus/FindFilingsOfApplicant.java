package ir.daftar.projections.casestatus;

/**
 * A5/A12: the filings whose applicant has this national code (or legal person's national id), as
 * typed; on the portal an applicant starts only their own filings, so these are also the ones they
 * started. Newest first, at most {@code limit} (1 to {@link #MAX_LIMIT}). Answered with a list of
 * {@link FilingSummary}. The national code is matched by its keyed hash only.
 */
public record FindFilingsOfApplicant(String nationalCode, int limit) {

    public static final int MAX_LIMIT = 200;

    public FindFilingsOfApplicant {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
    }

    /** Never prints the national code. */
    @Override
    public String toString() {
        return "FindFilingsOfApplicant[nationalCode=***, limit=" + limit + "]";
    }
}
