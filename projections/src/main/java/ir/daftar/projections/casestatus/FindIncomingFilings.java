package ir.daftar.projections.casestatus;

/**
 * A13: the filings waiting at this competent authority: submitted to it (or lodged with it on paper, A11) and
 * neither registered as a case nor returned yet. Newest submission first, at most {@code limit} (1 to
 * {@link #MAX_LIMIT}). Answered with a list of {@link IncomingFiling}; an unknown authority has none.
 */
public record FindIncomingFilings(String competentAuthorityId, int limit) {

    public static final int MAX_LIMIT = 200;

    public FindIncomingFilings {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
    }
}
