package ir.daftar.core.filing;

import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.party.Party;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * What happened to a filing, in the regulation's words. Every event also carries, as
 * metadata, who acted, in which role and office; its timestamp is when it was recorded (UTC).
 */
public sealed interface FilingEvent {

    String filingId();

    /** A5/A6: a petition, request or complaint was started on the portal or at an office. */
    @Revision("1")
    record FilingStarted(
            String filingId,
            FilingRoute route,
            FilingKind kind,
            ClaimNature claimNature,
            Long claimValueRials,
            Party applicant,
            List<Party> defendants,
            CompetentAuthority competentAuthority,
            String subject,
            String officeId,
            String requestFingerprint) implements FilingEvent {
    }

    /** A6: the office verified the applicant's identity. */
    @Revision("1")
    record IdentityVerified(String filingId, String officeId, String verifiedBy, IdentityVerificationMethod method)
            implements FilingEvent {
    }

    /** A5/A6: a paper became an electronic document: who scanned it, how many pages, its SHA-256. */
    @Revision("1")
    record DocumentDigitized(String filingId, ElectronicDocument document, String digitizedBy, String replacesDocumentId)
            implements FilingEvent {
    }

    /** A6: the applicant confirmed that these electronic documents match the papers. */
    @Revision("1")
    record ApplicantConfirmedDocuments(String filingId, List<String> documentIds, String recordedBy) implements FilingEvent {
    }

    /** A5/A6: the court fee was computed from the tariff in force; the inputs allow recomputation. */
    @Revision("1")
    record CourtFeeAssessed(String filingId, long amountRials, String tariffVersion, CourtFeeInputs inputs)
            implements FilingEvent {
    }

    /** A5/A6: the court fee was paid electronically, with a receipt (A37-6). */
    @Revision("1")
    record CourtFeePaid(String filingId, String paymentReference, long amountRials, String receiptNumber)
            implements FilingEvent {
    }

    /** A5: the original papers of a portal filing were received by an office. */
    @Revision("1")
    record OriginalsReceived(String filingId, String officeId, String receivedBy) implements FilingEvent {
    }

    /** A5/A6: an office staff member verified that an electronic document matches its original. */
    @Revision("1")
    record DocumentConformityVerified(String filingId, String documentId, String officeId, String verifiedBy)
            implements FilingEvent {
    }

    /** A5/A6: an office staff member found that an electronic document does not match its original. */
    @Revision("1")
    record DocumentConformityRejected(String filingId, String documentId, String officeId, String verifiedBy, String reason)
            implements FilingEvent {
    }

    /** A7: the applicant's mobile and electronic address were registered in SANA. */
    @Revision("1")
    record ContactDetailsRegistered(String filingId, ContactDetails contactDetails, String registeredBy)
            implements FilingEvent {
    }

    /** A7: the applicant acknowledged in writing that every notice comes only through those channels. */
    @Revision("1")
    record NotificationUndertakingAcknowledged(String filingId, String signedFormSha256, String witnessedBy)
            implements FilingEvent {
    }

    /** A5/A7: the tracking code was issued; on the office route with the office's confirmation. */
    @Revision("1")
    record TrackingCodeIssued(String filingId, TrackingCode trackingCode, String confirmingOfficeId, String confirmedBy)
            implements FilingEvent {
    }

    /** A5/A6: the filing was sent to the competent authority. */
    @Revision("1")
    record SubmittedToCompetentAuthority(String filingId, CompetentAuthority competentAuthority, String officeId,
                                         String submittedBy) implements FilingEvent {
    }

    /** A7: the applicant registered new contact details; the earlier ones stay in the record. */
    @Revision("1")
    record ContactDetailsChanged(String filingId, ContactDetails previous, ContactDetails current) implements FilingEvent {
    }

    /**
     * A11: a complaint lodged on paper was registered electronically by the competent authority
     * it was lodged with. The filing's {@code FilingStarted} carries, as {@code occurredAt}
     * metadata, when the complaint was lodged; this event is the electronic registration.
     */
    @Revision("1")
    record PaperComplaintRegistered(String filingId, String authorityId, String paperReference,
                                    List<ElectronicDocument> documents, String registeredBy) implements FilingEvent {
    }

    /** A13: the competent authority registered the filing as a case: case number, branch, date. */
    @Revision("1")
    record RegisteredAsCase(String filingId, String authorityId, String caseNumber, String branch, LocalDate registeredOn,
                            String registeredBy) implements FilingEvent {
    }

    /** A13: the competent authority returned the filing, with its reason. */
    @Revision("1")
    record FilingReturned(String filingId, String authorityId, String reason, String returnedBy) implements FilingEvent {
    }

    /**
     * A37-12, A22(c): the office charged for one of its services: the amount, the schedule version in force and that
     * version's amount for the service, the receipt (A37-6), who charged it. ADR 0921, revisited.
     */
    @Revision("1")
    record OfficeServiceCharged(String filingId, String officeId, String service, long amountRials, int scheduleVersion,
                                long scheduleAmountRials, String receiptNumber, String chargedBy) implements FilingEvent {
    }
}
