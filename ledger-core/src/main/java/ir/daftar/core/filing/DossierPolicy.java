package ir.daftar.core.filing;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.common.Rule;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.filing.CourtFeeState.Assessed;
import ir.daftar.core.filing.CourtFeeState.Paid;
import ir.daftar.core.filing.DocumentState.Conformity;
import java.util.List;

/** What the dossier of an open filing must hold for a command to apply (A5, A6, A7, A37). */
final class DossierPolicy {

    private DossierPolicy() {
    }

    /** A5: a document id is digitized once; a changed paper is a new document replacing the old. */
    static void newDocument(Dossier dossier, ElectronicDocument document) {
        require(!dossier.documents().containsKey(document.documentId()), Rule.A5_DOCUMENT_ALREADY_DIGITIZED,
                "a document with this id is already part of the filing");
    }

    /** A5: only a current document of the filing can be replaced. */
    static void replaceable(Dossier dossier, String replacesDocumentId) {
        if (replacesDocumentId != null) {
            require(dossier.current(replacesDocumentId) != null, Rule.A5_DOCUMENT_UNKNOWN,
                    "the document to replace is not a current document of this filing");
        }
    }

    /** A5/A6: conformity is decided once per current document; a mismatch is cured by a replacement. */
    static void undecidedCurrentDocument(Dossier dossier, String documentId) {
        DocumentState state = dossier.current(documentId);
        require(state != null, Rule.A5_DOCUMENT_UNKNOWN, "not a current document of this filing");
        require(state.conformity() == Conformity.PENDING, Rule.A5_CONFORMITY_ALREADY_DECIDED,
                "conformity already decided; digitize a replacement");
    }

    /** A5: a filing's acts need its electronic documents. */
    static void hasDocuments(List<String> current, String why) {
        require(!current.isEmpty(), Rule.A5_NO_DOCUMENTS, why);
    }

    /** A5/A6: the fee may be (re-)assessed or paid until it is paid. */
    static void feeNotPaid(Dossier dossier) {
        require(!(dossier.fee() instanceof Paid), Rule.A5_FEE_ALREADY_PAID, "the court fee is already paid");
    }

    /** A5/A6, A37-12, A37-6: exactly the assessed fee is paid, with a receipt; returns what was assessed. */
    static Assessed paymentOfTheAssessedFee(Dossier dossier, long amountRials, String receiptNumber) {
        feeNotPaid(dossier);
        require(dossier.fee() instanceof Assessed, Rule.A5_FEE_NOT_ASSESSED, "the court fee has not been assessed");
        Assessed assessed = (Assessed) dossier.fee();
        require(amountRials == assessed.amountRials(), Rule.A5_FEE_AMOUNT_MISMATCH,
                "paid " + amountRials + " but the assessed fee is " + assessed.amountRials());
        require(receiptNumber != null && !receiptNumber.isBlank(), Rule.A37_6_RECEIPT_REQUIRED,
                "a payment is recorded with its receipt number");
        return assessed;
    }

    /** A5/A6: the court fee is paid before the tracking code and before submission. */
    static void feePaid(Dossier dossier, String before) {
        require(dossier.fee() instanceof Paid, Rule.A5_FEE_NOT_PAID, "the court fee is paid before " + before);
    }

    /** A7: contact details are registered once; afterwards the applicant registers changes. */
    static void contactDetailsNotYetRegistered(ContactDetails inForce) {
        require(inForce == null, Rule.A7_CONTACT_DETAILS_ALREADY_REGISTERED,
                "contact details are registered; the applicant registers changes");
    }

    /** A7: the undertaking, the tracking code and any change are about registered contact details. */
    static void contactDetailsRegistered(ContactDetails inForce, String why) {
        require(inForce != null, Rule.A7_CONTACT_DETAILS_REQUIRED, why);
    }

    /** A7: a change of contact details changes something. */
    static void contactDetailsChanged(ContactDetails inForce, ContactDetails next) {
        require(!next.equals(inForce), Rule.A7_CONTACT_DETAILS_UNCHANGED, "the new contact details are the ones in force");
    }

    /** A7: the written undertaking is acknowledged once. */
    static void undertakingNotYetAcknowledged(Dossier dossier) {
        require(!dossier.undertakingAcknowledged(), Rule.A7_UNDERTAKING_ALREADY_ACKNOWLEDGED,
                "the undertaking is already acknowledged");
    }

    /** A5: after the documents and the payment; A7: after the contact details and the written undertaking; once. */
    static void readyForTrackingCode(Dossier dossier, ContactDetails inForce) {
        require(dossier.trackingCode() == null, Rule.A7_TRACKING_CODE_ALREADY_ISSUED, "the tracking code is already issued");
        feePaid(dossier, "the tracking code");
        hasDocuments(dossier.currentDocumentIds(), "the documents are digitized before the tracking code");
        contactDetailsRegistered(inForce, "contact details are registered before the tracking code");
        require(dossier.undertakingAcknowledged(), Rule.A7_UNDERTAKING_REQUIRED,
                "the applicant acknowledges electronic-only notification before the tracking code");
    }

    /** A5/A7: the applicant brings the originals after paying and obtaining the tracking code. */
    static void trackingCodeIssued(Dossier dossier, String why) {
        require(dossier.trackingCode() != null, Rule.A7_TRACKING_CODE_REQUIRED, why);
    }

    /**
     * A5/A6: submission needs payment, the tracking code, and every current document verified
     * against its original; on the office route (A6) also confirmed by the applicant.
     */
    static void readyForSubmission(Dossier dossier, FilingRoute route) {
        feePaid(dossier, "submission");
        trackingCodeIssued(dossier, "the tracking code is issued before submission");
        List<String> current = dossier.currentDocumentIds();
        hasDocuments(current, "a filing is submitted with its documents");
        require(current.stream().allMatch(id -> dossier.documents().get(id).conformity() == Conformity.VERIFIED),
                Rule.A5_CONFORMITY_NOT_VERIFIED, "every document is verified against its original before submission");
        if (route == FilingRoute.OFFICE) {
            require(dossier.confirmedByApplicant().containsAll(current), Rule.A6_APPLICANT_CONFIRMATION_REQUIRED,
                    "the applicant confirms the documents before submission");
        }
    }
}
