package ir.daftar.projections.casestatus;

/**
 * A6: the filings an office holds that are still in its hands (not yet submitted to the competent authority:
 * {@link CaseStatus#STARTED} to {@link CaseStatus#TRACKING_CODE_ISSUED}), the most recently worked on first, at
 * most {@code limit} (1 to {@link #MAX_LIMIT}): the office counter's queue. Answered with a list of
 * {@link FilingSummary}; which office a caller may ask about is the caller's business (the API's access rules).
 */
public record FindFilingsOfOffice(String officeId, int limit) {

    public static final int MAX_LIMIT = 200;

    public FindFilingsOfOffice {
        if (officeId == null || officeId.isBlank()) {
            throw new IllegalArgumentException("officeId is required");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
    }
}
