package ir.daftar.projections.statistics;

/** What the statistics count: one fact per event of these kinds (ADR 1100). */
public enum Measure {
    /** A5/A6/A11: a filing started (the portal's and paper complaints' without an office). */
    FILING_STARTED,
    /** A5/A7: its tracking code issued; timed from the start. */
    TRACKING_CODE_ISSUED,
    /** A5/A6: submitted to the competent authority; timed from the start. */
    SUBMITTED,
    /** A13: returned by the competent authority. */
    RETURNED,
    /** A13: registered as a case by the competent authority. */
    REGISTERED_AS_CASE,
    /** A5/A6: a document's conformity with its original verified. */
    CONFORMITY_VERIFIED,
    /** A5/A6: a document's conformity rejected. */
    CONFORMITY_REJECTED,
    /** A8: a notice issued. */
    NOTICE_ISSUED,
    /** A8: a notice deposited in the recipient's account, which is service. */
    NOTICE_SERVED,
    /** A8: a notice opened by its recipient. */
    NOTICE_VIEWED,
    /** A7: an SMS alert of a notice failed. */
    ALERT_FAILED,
    /** A33/A37: a finding accepted into an inspection report, by rule (which names the clause). */
    FINDING_ACCEPTED,
    /** A14/A22(b): an approved licence decision, by kind. */
    LICENCE_DECIDED;

    /** The measures counted under the office of their filing when the event names none (they follow its submission). */
    boolean followsTheFilingsOffice() {
        return this == RETURNED || this == REGISTERED_AS_CASE || this == NOTICE_ISSUED || this == NOTICE_SERVED
                || this == NOTICE_VIEWED || this == ALERT_FAILED;
    }
}
