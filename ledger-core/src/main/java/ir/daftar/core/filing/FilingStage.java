package ir.daftar.core.filing;

import ir.daftar.core.filing.CourtFeeState.Assessed;
import ir.daftar.core.filing.CourtFeeState.Paid;
import ir.daftar.core.filing.DocumentState.Conformity;
import ir.daftar.core.filing.FilingEvent.ApplicantConfirmedDocuments;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import java.util.function.UnaryOperator;

/**
 * Where a filing is in its life, each stage holding only what it knows:
 * <pre>
 * portal (A5):  WithApplicant ──OriginalsReceived──▶ HeldByOffice ─┐
 * office (A6):  AwaitingIdentity ──IdentityVerified──▶ HeldByOffice ─┼─Submitted──▶ WithAuthority ──▶ Decided (A13)
 * paper (A11):  ───────────────────────────────────────────────────┘  (lodged with the authority)
 * </pre>
 * The tracking code (A7) is issued within an open stage: by the applicant before the originals
 * are received (portal), by the office (office route), or on registration (paper).
 */
sealed interface FilingStage {

    /** The office holding the filing: where it was started or where its originals were received; null while none. */
    String officeId();

    /** Until it reaches the authority the office (or the applicant) works on it; afterwards nothing is changed. */
    default boolean isOpen() {
        return this instanceof WithApplicant || this instanceof AwaitingIdentity || this instanceof HeldByOffice;
    }

    /** The stage with its dossier changed; a stage without a dossier is left as it is. */
    default FilingStage withDossier(UnaryOperator<Dossier> change) {
        if (this instanceof WithApplicant s) {
            return new WithApplicant(change.apply(s.dossier()));
        }
        if (this instanceof HeldByOffice s) {
            return new HeldByOffice(s.officeId(), change.apply(s.dossier()));
        }
        return this;
    }

    /** The dossier of an open stage that has one; callers have passed the rules that ensure it. */
    default Dossier dossier() {
        if (this instanceof WithApplicant s) {
            return s.dossier();
        }
        if (this instanceof HeldByOffice s) {
            return s.dossier();
        }
        throw new IllegalStateException("a filing " + getClass().getSimpleName() + " has no dossier to work on");
    }

    /**
     * The stage after {@code event}: the lifecycle's transitions, and the dossier's changes while
     * open. Only assigns; the rules were checked before the event was applied. Events that change
     * no stage (the contact details, held by the filing at every stage) leave it as it is.
     */
    static FilingStage after(FilingStage stage, Particulars particulars, FilingEvent event) {
        if (event instanceof FilingStarted started) {
            return particulars.firstStage(started.officeId());
        }
        if (event instanceof IdentityVerified) {
            return new HeldByOffice(stage.officeId(), Dossier.EMPTY);
        }
        if (event instanceof OriginalsReceived received) {
            return new HeldByOffice(received.officeId(), stage.dossier());
        }
        if (event instanceof SubmittedToCompetentAuthority) {
            return new WithAuthority(stage.officeId());
        }
        if (event instanceof PaperComplaintRegistered) {
            return new WithAuthority(null);
        }
        if (event instanceof RegisteredAsCase registered) {
            return new Decided(stage.officeId(), registered.caseNumber());
        }
        if (event instanceof FilingReturned) {
            return new Decided(stage.officeId(), null);
        }
        return stage.withDossier(dossier -> dossierAfter(dossier, event));
    }

    private static Dossier dossierAfter(Dossier dossier, FilingEvent event) {
        if (event instanceof DocumentDigitized digitized) {
            return dossier.digitized(digitized.document(), digitized.replacesDocumentId());
        }
        if (event instanceof ApplicantConfirmedDocuments confirmed) {
            return dossier.confirmed(confirmed.documentIds());
        }
        if (event instanceof DocumentConformityVerified verified) {
            return dossier.decided(verified.documentId(), Conformity.VERIFIED);
        }
        if (event instanceof DocumentConformityRejected rejected) {
            return dossier.decided(rejected.documentId(), Conformity.REJECTED);
        }
        if (event instanceof CourtFeeAssessed assessed) {
            return dossier.fee(new Assessed(assessed.amountRials(), assessed.tariffVersion()));
        }
        if (event instanceof CourtFeePaid paid && dossier.fee() instanceof Assessed assessed) {
            return dossier.fee(new Paid(paid.amountRials(), assessed.tariffVersion(), paid.paymentReference()));
        }
        if (event instanceof NotificationUndertakingAcknowledged) {
            return dossier.withUndertakingAcknowledged();
        }
        if (event instanceof TrackingCodeIssued issued) {
            return dossier.trackingCode(issued.trackingCode());
        }
        return dossier;
    }

    /** A5: a portal filing, worked by its applicant until an office receives the originals. */
    record WithApplicant(Dossier dossier) implements FilingStage {
        @Override
        public String officeId() {
            return null;
        }
    }

    /** A6: started at an office, which verifies the applicant's identity before anything else. */
    record AwaitingIdentity(String officeId) implements FilingStage {
    }

    /** A5/A6: held by an office: started there with the identity verified, or a portal filing whose originals it received. */
    record HeldByOffice(String officeId, Dossier dossier) implements FilingStage {
    }

    /** A5/A6, A11: with the competent authority: submitted by the office (null for a paper complaint), not yet decided. */
    record WithAuthority(String officeId) implements FilingStage {
    }

    /** A13: the authority registered it as a case (its number) or returned it ({@code caseNumber} null). */
    record Decided(String officeId, String caseNumber) implements FilingStage {
    }
}
