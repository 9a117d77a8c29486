package ir.daftar.core.filing;

import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.party.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * What can be asked of a filing. Who asks is not a field: it travels as metadata from the
 * authenticated user (see {@link ir.daftar.core.common.MetaDataKeys}).
 */
public sealed interface FilingCommand {

    String filingId();

    /**
     * A5/A6: start a filing on the portal or at an office. {@code requestFingerprint} is a hash
     * of the request, so a retry with the same idempotency key is recognized as the same request.
     */
    record StartFiling(
            @TargetAggregateIdentifier String filingId,
            FilingRoute route,
            FilingKind kind,
            ClaimNature claimNature,
            Long claimValueRials,
            Party applicant,
            List<Party> defendants,
            CompetentAuthority competentAuthority,
            String subject,
            String officeId,
            String requestFingerprint) implements FilingCommand {

        public StartFiling {
            defendants = defendants == null ? List.of() : List.copyOf(defendants);
        }
    }

    /** A6: the office verifies the applicant's identity. */
    record VerifyIdentity(@TargetAggregateIdentifier String filingId, IdentityVerificationMethod method)
            implements FilingCommand {
    }

    /** A5/A6: a paper is turned into an electronic document, possibly replacing a rejected one. */
    record DigitizeDocument(@TargetAggregateIdentifier String filingId, ElectronicDocument document,
                            String replacesDocumentId) implements FilingCommand {
    }

    /** A6: the applicant, shown the electronic documents, confirms they match the papers. */
    record RecordApplicantConfirmation(@TargetAggregateIdentifier String filingId) implements FilingCommand {
    }

    /** A5/A6: the system computes the court fee from the tariff in force. */
    record AssessCourtFee(@TargetAggregateIdentifier String filingId) implements FilingCommand {
    }

    /** A5/A6: the court fee was paid electronically; A37-6: with a receipt. */
    record RecordCourtFeePayment(@TargetAggregateIdentifier String filingId, String paymentReference, long amountRials,
                                 String receiptNumber) implements FilingCommand {
    }

    /** A5: the applicant of a portal filing brings the original papers to an office. */
    record ReceiveOriginals(@TargetAggregateIdentifier String filingId) implements FilingCommand {
    }

    /** A5/A6: the office verifies that an electronic document matches its original. */
    record VerifyDocumentConformity(@TargetAggregateIdentifier String filingId, String documentId) implements FilingCommand {
    }

    /** A5/A6: the office finds that an electronic document does not match its original. */
    record RejectDocumentConformity(@TargetAggregateIdentifier String filingId, String documentId, String reason)
            implements FilingCommand {
    }

    /** A7: the applicant's mobile and electronic address are registered in SANA. */
    record RegisterContactDetails(@TargetAggregateIdentifier String filingId, ContactDetails contactDetails)
            implements FilingCommand {
    }

    /** A7: the applicant acknowledges in writing that notices come only through those channels. */
    record AcknowledgeNotificationUndertaking(@TargetAggregateIdentifier String filingId, String signedFormSha256)
            implements FilingCommand {
    }

    /** A5/A7: the tracking code is issued, with the office's confirmation on the office route. */
    record IssueTrackingCode(@TargetAggregateIdentifier String filingId) implements FilingCommand {
    }

    /** A5/A6: the office sends the filing to the competent authority. */
    record SubmitToCompetentAuthority(@TargetAggregateIdentifier String filingId) implements FilingCommand {
    }

    /** A7: the applicant registers a change of mobile or electronic address. */
    record ChangeContactDetails(@TargetAggregateIdentifier String filingId, ContactDetails contactDetails)
            implements FilingCommand {
    }

    /**
     * A11: a complaint lodged on paper with the competent authority (with urgent acts done on
     * paper) is registered electronically afterwards, by that authority's staff, and continues as
     * an electronic case. {@code lodgedAt} is when it was lodged; {@code contactDetails} (A7) are
     * those written on the paper complaint, if any.
     */
    record RegisterPaperComplaint(
            @TargetAggregateIdentifier String filingId,
            Party applicant,
            List<Party> defendants,
            CompetentAuthority competentAuthority,
            String subject,
            Instant lodgedAt,
            String paperReference,
            List<ElectronicDocument> documents,
            ContactDetails contactDetails) implements FilingCommand {

        public RegisterPaperComplaint {
            defendants = defendants == null ? List.of() : List.copyOf(defendants);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** A13: the competent authority registers the submitted filing as a case. */
    record RegisterAsCase(@TargetAggregateIdentifier String filingId, String caseNumber, String branch,
                          LocalDate registeredOn) implements FilingCommand {
    }

    /** A13: the competent authority returns the submitted filing, with its reason. */
    record ReturnFiling(@TargetAggregateIdentifier String filingId, String reason) implements FilingCommand {
    }

    /**
     * A37-12, A22(c): the office charges the applicant for one of its services ({@code service}, a code of the fee
     * schedule in force), with a receipt (A37-6). ADR 0921, revisited.
     */
    record ChargeOfficeService(@TargetAggregateIdentifier String filingId, String service, long amountRials,
                               String receiptNumber) implements FilingCommand {
    }
}
