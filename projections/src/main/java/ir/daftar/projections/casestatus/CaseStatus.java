package ir.daftar.projections.casestatus;

/**
 * Where a filing stands, as its applicant sees it. Derived from the filing's events:
 * <ul>
 *   <li>{@link #STARTED}: {@code FilingStarted} (A5/A6);</li>
 *   <li>{@link #FEE_ASSESSED}: {@code CourtFeeAssessed}, also when re-assessed before payment;</li>
 *   <li>{@link #FEE_PAID}: {@code CourtFeePaid};</li>
 *   <li>{@link #TRACKING_CODE_ISSUED}: {@code TrackingCodeIssued} (A5/A7);</li>
 *   <li>{@link #SUBMITTED}: {@code SubmittedToCompetentAuthority}.</li>
 * </ul>
 * Every other event adds a {@link CaseStep} and moves the update time but keeps the status.
 * The {@code Filing} aggregate only lets these events happen in this order (no tracking code
 * before payment, no submission before the tracking code), so the status only moves forward;
 * the projection enforces that too, so that a redelivered older event never moves it back.
 */
public enum CaseStatus {
    STARTED,
    FEE_ASSESSED,
    FEE_PAID,
    TRACKING_CODE_ISSUED,
    SUBMITTED;

    boolean isAfter(CaseStatus other) {
        return compareTo(other) > 0;
    }
}
