package ir.daftar.projections.casestatus;

import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.FilingEvent.ApplicantConfirmedDocuments;
import ir.daftar.core.filing.FilingEvent.ContactDetailsChanged;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;

/**
 * What one filing event does to the applicant's status page: the single mapping from events to
 * {@link CaseStep}s and {@link CaseStatus}es, used by the {@code case-status} projection (which
 * writes it to its tables) and by the inspectors' "as of" replay (which folds it in memory), so
 * that the page as shown then and as shown now can never disagree. Pure: the event in, the change out.
 *
 * @param step the step the event adds (every filing event adds one)
 * @param reached the status the event reaches, or null when it keeps the status; a status only moves forward
 * @param start what {@code FilingStarted} establishes, or null for every other event
 * @param trackingCode the tracking code issued (A7), or null
 * @param officeIfAbsent the office that now holds the filing, kept only when none is known yet; or null
 * @param competentAuthorityName the competent authority named on submission, or null when unchanged
 * @param decision the competent authority's decision (A13), or null when the event is not one
 */
public record CaseStatusChange(
        CaseStep step,
        CaseStatus reached,
        Start start,
        String trackingCode,
        String officeIfAbsent,
        String competentAuthorityName,
        Decision decision) {

    /** What the page shows from the start (A5/A6). */
    public record Start(FilingKind kind, FilingRoute route, String competentAuthorityName, String officeId) {
    }

    /** A13: registered as a case (number and branch) or returned (the reason); the other fields null. */
    public record Decision(String caseNumber, String caseBranch, String returnReason) {
    }

    /** The change {@code event} makes; every type of filing event has one. */
    public static CaseStatusChange of(FilingEvent event) {
        if (event instanceof FilingStarted started) {
            return new CaseStatusChange(CaseStep.FILING_STARTED, CaseStatus.STARTED, new Start(started.kind(),
                    started.route(), started.competentAuthority().name(), started.officeId()), null, null, null, null);
        } else if (event instanceof IdentityVerified) {
            return step(CaseStep.IDENTITY_VERIFIED, null);
        } else if (event instanceof DocumentDigitized) {
            return step(CaseStep.DOCUMENT_DIGITIZED, null);
        } else if (event instanceof ApplicantConfirmedDocuments) {
            return step(CaseStep.APPLICANT_CONFIRMED_DOCUMENTS, null);
        } else if (event instanceof CourtFeeAssessed) {
            return step(CaseStep.FEE_ASSESSED, CaseStatus.FEE_ASSESSED);
        } else if (event instanceof CourtFeePaid) {
            return step(CaseStep.FEE_PAID, CaseStatus.FEE_PAID);
        } else if (event instanceof OriginalsReceived received) {
            return new CaseStatusChange(CaseStep.ORIGINALS_RECEIVED, null, null, null, received.officeId(), null, null);
        } else if (event instanceof DocumentConformityVerified) {
            return step(CaseStep.CONFORMITY_VERIFIED, null);
        } else if (event instanceof DocumentConformityRejected) {
            return step(CaseStep.CONFORMITY_REJECTED, null);
        } else if (event instanceof ContactDetailsRegistered) {
            // only that it happened: the mobile and the electronic address stay out of this model
            return step(CaseStep.CONTACT_DETAILS_REGISTERED, null);
        } else if (event instanceof NotificationUndertakingAcknowledged) {
            return step(CaseStep.UNDERTAKING_ACKNOWLEDGED, null);
        } else if (event instanceof TrackingCodeIssued issued) {
            return new CaseStatusChange(CaseStep.TRACKING_CODE_ISSUED, CaseStatus.TRACKING_CODE_ISSUED, null,
                    issued.trackingCode().value(), issued.confirmingOfficeId(), null, null);
        } else if (event instanceof SubmittedToCompetentAuthority submitted) {
            String authority = submitted.competentAuthority() == null ? null : submitted.competentAuthority().name();
            return new CaseStatusChange(CaseStep.SUBMITTED, CaseStatus.SUBMITTED, null, null, null, authority, null);
        } else if (event instanceof ContactDetailsChanged) {
            // only that it happened: neither the previous nor the current details are shown
            return step(CaseStep.CONTACT_DETAILS_CHANGED, null);
        } else if (event instanceof PaperComplaintRegistered) {
            // A11: a complaint lodged on paper is with the competent authority from the start
            return step(CaseStep.PAPER_COMPLAINT_REGISTERED, CaseStatus.SUBMITTED);
        } else if (event instanceof RegisteredAsCase registered) {
            return new CaseStatusChange(CaseStep.REGISTERED_AS_CASE, CaseStatus.REGISTERED_AS_CASE, null, null, null,
                    null, new Decision(registered.caseNumber(), registered.branch(), null));
        } else if (event instanceof FilingReturned returned) {
            return new CaseStatusChange(CaseStep.RETURNED, CaseStatus.RETURNED, null, null, null, null,
                    new Decision(null, null, returned.reason()));
        } else if (event instanceof OfficeServiceCharged) {
            // A37-12: that an office service was charged; the amounts stay in the filing's history
            return step(CaseStep.OFFICE_SERVICE_CHARGED, null);
        }
        throw new IllegalArgumentException("no case step for " + event.getClass().getName());
    }

    private static CaseStatusChange step(CaseStep step, CaseStatus reached) {
        return new CaseStatusChange(step, reached, null, null, null, null, null);
    }
}
