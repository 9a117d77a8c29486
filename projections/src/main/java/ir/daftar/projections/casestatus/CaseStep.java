package ir.daftar.projections.casestatus;

/**
 * The steps of a filing shown to its applicant, one per event. The names are stable codes:
 * they are stored in {@code case_status_step.step} and the pages translate them, so a name is
 * never changed; a new event gets a new code.
 */
public enum CaseStep {
    /** {@code FilingStarted} */
    FILING_STARTED,
    /** {@code IdentityVerified} */
    IDENTITY_VERIFIED,
    /** {@code DocumentDigitized} */
    DOCUMENT_DIGITIZED,
    /** {@code ApplicantConfirmedDocuments} */
    APPLICANT_CONFIRMED_DOCUMENTS,
    /** {@code CourtFeeAssessed} */
    FEE_ASSESSED,
    /** {@code CourtFeePaid} */
    FEE_PAID,
    /** {@code OriginalsReceived} */
    ORIGINALS_RECEIVED,
    /** {@code DocumentConformityVerified} */
    CONFORMITY_VERIFIED,
    /** {@code DocumentConformityRejected} */
    CONFORMITY_REJECTED,
    /** {@code ContactDetailsRegistered} */
    CONTACT_DETAILS_REGISTERED,
    /** {@code NotificationUndertakingAcknowledged} */
    UNDERTAKING_ACKNOWLEDGED,
    /** {@code TrackingCodeIssued} */
    TRACKING_CODE_ISSUED,
    /** {@code SubmittedToCompetentAuthority} */
    SUBMITTED,
    /** {@code ContactDetailsChanged} */
    CONTACT_DETAILS_CHANGED,
    /** {@code PaperComplaintRegistered} (A11) */
    PAPER_COMPLAINT_REGISTERED,
    /** {@code RegisteredAsCase} (A13) */
    REGISTERED_AS_CASE,
    /** {@code FilingReturned} (A13) */
    RETURNED,
    /** {@code OfficeServiceCharged} (A37-12; ADR 0921, revisited) */
    OFFICE_SERVICE_CHARGED
}
