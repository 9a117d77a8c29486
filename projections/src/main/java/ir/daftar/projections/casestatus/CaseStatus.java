package ir.daftar.projections.casestatus;

/**
 * Where a filing stands, as its applicant sees it. Derived from the filing's events:
 * <ul>
 *   <li>{@link #STARTED}: {@code FilingStarted} (A5/A6);</li>
 *   <li>{@link #FEE_ASSESSED}: {@code CourtFeeAssessed}, also when re-assessed before payment;</li>
 *   <li>{@link #FEE_PAID}: {@code CourtFeePaid};</li>
 *   <li>{@link #TRACKING_CODE_ISSUED}: {@code TrackingCodeIssued} (A5/A7);</li>
 *   <li>{@link #SUBMITTED}: {@code SubmittedToCompetentAuthority}, or {@code PaperComplaintRegistered} (A11:
 *       a complaint lodged on paper is with the competent authority from the start);</li>
 *   <li>{@link #REGISTERED_AS_CASE}: {@code RegisteredAsCase} (A13);</li>
 *   <li>{@link #RETURNED}: {@code FilingReturned} (A13).</li>
 * </ul>
 * Every other event adds a {@link CaseStep} and moves the update time but keeps the status.
 * The {@code Filing} aggregate only lets these events happen in this order (no tracking code
 * before payment, no submission before the tracking code), so the status only moves forward;
 * the projection enforces that too, so that a redelivered older event never moves it back. The order
 * of the constants is that order: the projection ranks the stored status by it, so a new status
 * goes where it comes in a filing's life, and the constants are never reordered.
 */
public enum CaseStatus {
    STARTED,
    FEE_ASSESSED,
    FEE_PAID,
    TRACKING_CODE_ISSUED,
    SUBMITTED,
    REGISTERED_AS_CASE,
    RETURNED
}
