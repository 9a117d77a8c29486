package ir.daftar.core.filing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.filing.CourtFeeState.Assessed;
import ir.daftar.core.filing.CourtFeeState.NotAssessed;
import ir.daftar.core.filing.CourtFeeState.Paid;
import ir.daftar.core.filing.DocumentState.Conformity;
import ir.daftar.core.filing.FilingCommand.AcknowledgeNotificationUndertaking;
import ir.daftar.core.filing.FilingCommand.AssessCourtFee;
import ir.daftar.core.filing.FilingCommand.ChangeContactDetails;
import ir.daftar.core.filing.FilingCommand.DigitizeDocument;
import ir.daftar.core.filing.FilingCommand.IssueTrackingCode;
import ir.daftar.core.filing.FilingCommand.ReceiveOriginals;
import ir.daftar.core.filing.FilingCommand.RecordApplicantConfirmation;
import ir.daftar.core.filing.FilingCommand.RecordCourtFeePayment;
import ir.daftar.core.filing.FilingCommand.RegisterContactDetails;
import ir.daftar.core.filing.FilingCommand.RejectDocumentConformity;
import ir.daftar.core.filing.FilingCommand.StartFiling;
import ir.daftar.core.filing.FilingCommand.SubmitToCompetentAuthority;
import ir.daftar.core.filing.FilingCommand.VerifyDocumentConformity;
import ir.daftar.core.filing.FilingCommand.VerifyIdentity;
import ir.daftar.core.filing.FilingCommand.RegisterAsCase;
import ir.daftar.core.filing.FilingCommand.RegisterPaperComplaint;
import ir.daftar.core.filing.FilingCommand.ReturnFiling;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.ApplicantConfirmedDocuments;
import ir.daftar.core.filing.FilingEvent.ContactDetailsChanged;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.party.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A petition, request or complaint on its way to the competent authority (A2, A5–A7, A15).
 * Handlers check the rules and apply events; event-sourcing handlers only assign state.
 */
public class Filing {

    @AggregateIdentifier
    private String filingId;
    private FilingRoute route;
    private FilingKind kind;
    private ClaimNature claimNature;
    private Long claimValueRials;
    private Party applicant;
    private ir.daftar.core.authority.CompetentAuthority competentAuthority;
    private String requestFingerprint;
    /** The office holding the filing: where it was started (office route) or where the originals were received (portal). */
    private String officeId;
    private boolean identityVerified;
    private final Map<String, DocumentState> documents = new LinkedHashMap<>();
    private final Set<String> confirmedByApplicant = new LinkedHashSet<>();
    private CourtFeeState fee = new NotAssessed();
    private ContactDetails contactDetails;
    private boolean undertakingAcknowledged;
    private TrackingCode trackingCode;
    private boolean submitted;
    /** A13: the competent authority's decision: registered as a case (its number) or returned; null before. */
    private String caseNumber;
    private boolean courtDecided;

    protected Filing() {
        // for Axon
    }

    /**
     * A5/A6: starts a filing. Idempotent: the filing id is derived from the client's
     * idempotency key, so the same request sent again finds this filing and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(StartFiling command, MetaData metaData, OfficeDirectory offices) {
        if (filingId != null) {
            RuleViolation.require(Objects.equals(requestFingerprint, command.requestFingerprint()),
                    Rule.IDEMPOTENCY_KEY_REUSED, "this idempotency key was used for a different request");
            return filingId;
        }
        Actor actor = Actor.from(metaData);
        Objects.requireNonNull(command.route(), "route");
        Objects.requireNonNull(command.kind(), "kind");
        Objects.requireNonNull(command.applicant(), "applicant");
        Objects.requireNonNull(command.competentAuthority(), "competentAuthority");
        RuleViolation.require(command.applicant().hasIdentifier(), Rule.A2_PARTY_IDENTIFIER_INVALID,
                "the applicant's national code or national id is required");
        if (command.kind() == FilingKind.PETITION) {
            Objects.requireNonNull(command.claimNature(), "claimNature");
            RuleViolation.require(command.claimNature() != ClaimNature.FINANCIAL || command.claimValueRials() != null,
                    Rule.A5_CLAIM_VALUE_REQUIRED, "a financial petition states the value of the claim");
        }
        String office = null;
        if (command.route() == FilingRoute.OFFICE) {
            office = Objects.requireNonNull(command.officeId(), "officeId");
            requireOfficeMayReceiveFilings(office, actor, offices);
        } else {
            requireActingAsApplicant(actor, command.applicant());
        }
        String subject = PersianText.normalize(command.subject());
        if (subject == null || subject.isBlank() || subject.length() > 500) {
            throw new IllegalArgumentException("subject is required (at most 500 characters)");
        }
        apply(new FilingStarted(command.filingId(), command.route(), command.kind(),
                command.kind() == FilingKind.PETITION ? command.claimNature() : null,
                command.kind() == FilingKind.PETITION && command.claimNature() == ClaimNature.FINANCIAL
                        ? command.claimValueRials() : null,
                command.applicant(), command.defendants(), command.competentAuthority(), subject, office,
                command.requestFingerprint()));
        return command.filingId();
    }

    /** A6: identity verification is the office's first act, done once. */
    @CommandHandler
    public void handle(VerifyIdentity command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        RuleViolation.require(route == FilingRoute.OFFICE, Rule.A6_OFFICE_ROUTE_ONLY,
                "on the portal the applicant is identified by the portal login");
        RuleViolation.require(!identityVerified, Rule.A6_IDENTITY_ALREADY_VERIFIED, "identity already verified");
        Actor actor = requireStaffOfHoldingOffice(Actor.from(metaData), offices);
        Objects.requireNonNull(command.method(), "method");
        apply(new FilingEvent.IdentityVerified(filingId, officeId, actor.id(), command.method()));
    }

    /** A5/A6: digitized by the applicant on the portal, or by office staff after identity verification. */
    @CommandHandler
    public void handle(DigitizeDocument command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireActorOfThisStage(metaData, offices);
        ElectronicDocument document = Objects.requireNonNull(command.document(), "document");
        RuleViolation.require(!documents.containsKey(document.documentId()), Rule.A5_DOCUMENT_ALREADY_DIGITIZED,
                "a document with this id is already part of the filing");
        if (command.replacesDocumentId() != null) {
            DocumentState replaced = documents.get(command.replacesDocumentId());
            RuleViolation.require(replaced != null && !replaced.replaced(), Rule.A5_DOCUMENT_UNKNOWN,
                    "the document to replace is not a current document of this filing");
        }
        apply(new DocumentDigitized(filingId, document, actor.id(), command.replacesDocumentId()));
    }

    /** A6: the applicant confirms, at the office, that the electronic documents match the papers. */
    @CommandHandler
    public void handle(RecordApplicantConfirmation command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        RuleViolation.require(route == FilingRoute.OFFICE, Rule.A6_OFFICE_ROUTE_ONLY,
                "on the portal the applicant digitizes the documents themself");
        Actor actor = requireOfficeStaffAct(metaData, offices);
        List<String> current = currentDocumentIds();
        RuleViolation.require(!current.isEmpty(), Rule.A5_NO_DOCUMENTS, "no electronic documents to confirm");
        apply(new ApplicantConfirmedDocuments(filingId, current, actor.id()));
    }

    /** A5/A6: the fee comes from the tariff in force now; it may be re-assessed until it is paid. */
    @CommandHandler
    public CourtFeeAssessed handle(AssessCourtFee command, MetaData metaData, OfficeDirectory offices,
                                   CourtFeeTariffs tariffs) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        requireActorOfThisStage(metaData, offices);
        RuleViolation.require(!(fee instanceof Paid), Rule.A5_FEE_ALREADY_PAID, "the court fee is already paid");
        Instant now = GenericEventMessage.clock.instant();
        CourtFeeTariff tariff = tariffs.inForceAt(now);
        CourtFeeInputs inputs = new CourtFeeInputs(kind, claimNature, claimValueRials, competentAuthority.kind());
        CourtFeeAssessed assessed = new CourtFeeAssessed(filingId, tariff.compute(inputs), tariff.version(), inputs);
        apply(assessed);
        return assessed;
    }

    /** A5/A6: payment of exactly the assessed fee (A37-12), with a receipt (A37-6). */
    @CommandHandler
    public void handle(RecordCourtFeePayment command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        requireActorOfThisStage(metaData, offices);
        RuleViolation.require(!(fee instanceof Paid), Rule.A5_FEE_ALREADY_PAID, "the court fee is already paid");
        RuleViolation.require(fee instanceof Assessed, Rule.A5_FEE_NOT_ASSESSED, "the court fee has not been assessed");
        Assessed assessed = (Assessed) fee;
        RuleViolation.require(command.amountRials() == assessed.amountRials(), Rule.A5_FEE_AMOUNT_MISMATCH,
                "paid " + command.amountRials() + " but the assessed fee is " + assessed.amountRials());
        RuleViolation.require(command.receiptNumber() != null && !command.receiptNumber().isBlank(),
                Rule.A37_6_RECEIPT_REQUIRED, "a payment is recorded with its receipt number");
        requireReference(command.paymentReference(), "paymentReference");
        requireReference(command.receiptNumber(), "receiptNumber");
        apply(new CourtFeePaid(filingId, command.paymentReference(), command.amountRials(), command.receiptNumber()));
    }

    /** A5, A15: after the tracking code, an office with its minimum staffing receives the originals of a portal filing. */
    @CommandHandler
    public void handle(ReceiveOriginals command, MetaData metaData, OfficeDirectory offices) {
        requireOpen();
        RuleViolation.require(route == FilingRoute.PORTAL, Rule.A5_PORTAL_ROUTE_ONLY,
                "office filings are received at the office from the start");
        RuleViolation.require(officeId == null, Rule.A5_ORIGINALS_ALREADY_RECEIVED, "originals already received");
        RuleViolation.require(trackingCode != null, Rule.A7_TRACKING_CODE_REQUIRED,
                "the applicant brings the originals after paying and obtaining the tracking code");
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role().isOfficeStaff() && actor.officeId() != null, Rule.A6_NOT_OFFICE_STAFF,
                "originals are received by office staff");
        requireOfficeMayReceiveFilings(actor.officeId(), actor, offices);
        apply(new OriginalsReceived(filingId, actor.officeId(), actor.id()));
    }

    /** A5/A6: the office verifies one current electronic document against its original. */
    @CommandHandler
    public void handle(VerifyDocumentConformity command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireOfficeStaffAct(metaData, offices);
        requireUndecidedCurrentDocument(command.documentId());
        apply(new DocumentConformityVerified(filingId, command.documentId(), officeId, actor.id()));
    }

    /** A5/A6: a mismatch is a legal fact of its own, with its reason; the document must then be replaced. */
    @CommandHandler
    public void handle(RejectDocumentConformity command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireOfficeStaffAct(metaData, offices);
        requireUndecidedCurrentDocument(command.documentId());
        String reason = PersianText.normalize(command.reason());
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new IllegalArgumentException("a rejection states its reason (at most 1000 characters)");
        }
        apply(new DocumentConformityRejected(filingId, command.documentId(), officeId, actor.id(), reason));
    }

    /** A7: the office (or the applicant on the portal) registers the contact details, once. */
    @CommandHandler
    public void handle(RegisterContactDetails command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireActorOfThisStage(metaData, offices);
        RuleViolation.require(contactDetails == null, Rule.A7_CONTACT_DETAILS_ALREADY_REGISTERED,
                "contact details are registered; the applicant registers changes");
        apply(new ContactDetailsRegistered(filingId, Objects.requireNonNull(command.contactDetails(), "contactDetails"),
                actor.id()));
    }

    /** A7: the written undertaking follows the registration of the channels it is about. */
    @CommandHandler
    public void handle(AcknowledgeNotificationUndertaking command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireActorOfThisStage(metaData, offices);
        RuleViolation.require(contactDetails != null, Rule.A7_CONTACT_DETAILS_REQUIRED,
                "the undertaking is about the registered contact details");
        RuleViolation.require(!undertakingAcknowledged, Rule.A7_UNDERTAKING_ALREADY_ACKNOWLEDGED,
                "the undertaking is already acknowledged");
        String hash = command.signedFormSha256() == null ? null : command.signedFormSha256().toLowerCase(java.util.Locale.ROOT);
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("signedFormSha256 must be the SHA-256 of the signed undertaking form");
        }
        apply(new NotificationUndertakingAcknowledged(filingId, hash, actor.id()));
    }

    /** A5: after the documents and the payment; A7: after the contact details and the written undertaking; once. */
    @CommandHandler
    public TrackingCode handle(IssueTrackingCode command, MetaData metaData, OfficeDirectory offices,
                               TrackingCodeIssuer issuer) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireActorOfThisStage(metaData, offices);
        RuleViolation.require(trackingCode == null, Rule.A7_TRACKING_CODE_ALREADY_ISSUED, "the tracking code is already issued");
        RuleViolation.require(fee instanceof Paid, Rule.A5_FEE_NOT_PAID, "the court fee is paid before the tracking code");
        RuleViolation.require(!currentDocumentIds().isEmpty(), Rule.A5_NO_DOCUMENTS,
                "the documents are digitized before the tracking code");
        RuleViolation.require(contactDetails != null, Rule.A7_CONTACT_DETAILS_REQUIRED,
                "contact details are registered before the tracking code");
        RuleViolation.require(undertakingAcknowledged, Rule.A7_UNDERTAKING_REQUIRED,
                "the applicant acknowledges electronic-only notification before the tracking code");
        TrackingCode code = issuer.issueFor(filingId);
        boolean byOffice = officeId != null;
        apply(new TrackingCodeIssued(filingId, code, byOffice ? officeId : null, byOffice ? actor.id() : null));
        return code;
    }

    /** A5/A6: submission needs payment, the tracking code, and every current document verified. */
    @CommandHandler
    public void handle(SubmitToCompetentAuthority command, MetaData metaData, OfficeDirectory offices) {
        requireNoStranger(Actor.from(metaData));
        requireOpen();
        Actor actor = requireOfficeStaffAct(metaData, offices);
        RuleViolation.require(fee instanceof Paid, Rule.A5_FEE_NOT_PAID, "the court fee is paid before submission");
        RuleViolation.require(trackingCode != null, Rule.A7_TRACKING_CODE_REQUIRED, "the tracking code is issued before submission");
        List<String> current = currentDocumentIds();
        RuleViolation.require(!current.isEmpty(), Rule.A5_NO_DOCUMENTS, "a filing is submitted with its documents");
        RuleViolation.require(current.stream().allMatch(id -> documents.get(id).conformity() == Conformity.VERIFIED),
                Rule.A5_CONFORMITY_NOT_VERIFIED, "every document is verified against its original before submission");
        if (route == FilingRoute.OFFICE) {
            RuleViolation.require(confirmedByApplicant.containsAll(current), Rule.A6_APPLICANT_CONFIRMATION_REQUIRED,
                    "the applicant confirms the documents before submission");
        }
        apply(new SubmittedToCompetentAuthority(filingId, competentAuthority, officeId, actor.id()));
    }

    /** A7: the applicant registers changes of the channels, up to the last stage of the case. */
    @CommandHandler
    public void handle(ChangeContactDetails command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        requireActingAsApplicant(actor, applicant, Rule.A7_CHANGE_BY_APPLICANT_ONLY);
        RuleViolation.require(contactDetails != null, Rule.A7_CONTACT_DETAILS_REQUIRED,
                "contact details are registered before they can change");
        ContactDetails next = Objects.requireNonNull(command.contactDetails(), "contactDetails");
        RuleViolation.require(!next.equals(contactDetails), Rule.A7_CONTACT_DETAILS_UNCHANGED,
                "the new contact details are the ones in force");
        apply(new ContactDetailsChanged(filingId, contactDetails, next));
    }

    // ---- paper-origin complaints and the court side (A11, A13) ---------------------------

    /** Dates of the court side are Iranian calendar days. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /**
     * A11: a complaint lodged on paper is registered electronically by staff of the competent
     * authority it was lodged with, and continues as an electronic case: it is with the authority
     * from the start, gets a tracking code for the applicant's status lookup (A7), and keeps the
     * paper's contact details when they were given. {@code FilingStarted} carries when the
     * complaint was lodged as {@code occurredAt} (A10 bitemporality).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public TrackingCode handle(RegisterPaperComplaint command, MetaData metaData, TrackingCodeIssuer issuer) {
        Actor actor = Actor.from(metaData);
        Objects.requireNonNull(command.filingId(), "filingId");
        Objects.requireNonNull(command.applicant(), "applicant");
        Objects.requireNonNull(command.competentAuthority(), "competentAuthority");
        Objects.requireNonNull(command.lodgedAt(), "lodgedAt");
        RuleViolation.require(actor.role() == ActorRole.COURT_STAFF
                        && command.competentAuthority().id().equals(actor.authorityId()), Rule.A11_AUTHORITY_STAFF_ONLY,
                "a paper complaint is registered by staff of the authority it was lodged with");
        RuleViolation.require(command.applicant().hasIdentifier(), Rule.A2_PARTY_IDENTIFIER_INVALID,
                "the complainant's national code or national id is required");
        RuleViolation.require(!command.lodgedAt().isAfter(GenericEventMessage.clock.instant()), Rule.A11_LODGED_IN_FUTURE,
                "a paper complaint is registered after it was lodged");
        RuleViolation.require(!command.documents().isEmpty(), Rule.A5_NO_DOCUMENTS,
                "the paper complaint is registered with its electronic copy");
        String subject = PersianText.normalize(command.subject());
        if (subject == null || subject.isBlank() || subject.length() > 500) {
            throw new IllegalArgumentException("subject is required (at most 500 characters)");
        }
        requireReference(command.paperReference(), "paperReference");
        apply(new FilingStarted(command.filingId(), FilingRoute.PAPER, FilingKind.COMPLAINT, null, null,
                command.applicant(), command.defendants(), command.competentAuthority(), subject, null, null),
                OccurredAt.metaData(command.lodgedAt()));
        apply(new PaperComplaintRegistered(command.filingId(), actor.authorityId(), command.paperReference(),
                command.documents(), actor.id()));
        if (command.contactDetails() != null) {
            apply(new ContactDetailsRegistered(command.filingId(), command.contactDetails(), actor.id()));
        }
        TrackingCode code = issuer.issueFor(command.filingId());
        apply(new TrackingCodeIssued(command.filingId(), code, null, null));
        return code;
    }

    /** A13: the competent authority registers the filing it received as a case, once. */
    @CommandHandler
    public void handle(RegisterAsCase command, MetaData metaData) {
        Actor actor = requireStaffOfCompetentAuthority(metaData);
        requireUndecidedAtAuthority();
        String number = Digits.toAscii(command.caseNumber() == null ? null : command.caseNumber().strip());
        if (number == null || !number.matches("[A-Za-z0-9\\-/]{1,40}")) {
            throw new IllegalArgumentException("caseNumber must be 1-40 letters, digits, dashes or slashes");
        }
        String branch = PersianText.normalize(command.branch());
        if (branch == null || branch.isBlank() || branch.length() > 200) {
            throw new IllegalArgumentException("branch is required (at most 200 characters)");
        }
        LocalDate registeredOn = Objects.requireNonNull(command.registeredOn(), "registeredOn");
        RuleViolation.require(!registeredOn.isAfter(LocalDate.ofInstant(GenericEventMessage.clock.instant(), TEHRAN)),
                Rule.A13_REGISTRATION_DATE_IN_FUTURE, "a case is registered on a day that has come");
        apply(new RegisteredAsCase(filingId, actor.authorityId(), number, branch, registeredOn, actor.id()));
    }

    /** A13: the competent authority returns the filing it received, with its reason, once. */
    @CommandHandler
    public void handle(ReturnFiling command, MetaData metaData) {
        Actor actor = requireStaffOfCompetentAuthority(metaData);
        requireUndecidedAtAuthority();
        String reason = PersianText.normalize(command.reason());
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new IllegalArgumentException("a return states its reason (at most 1000 characters)");
        }
        apply(new FilingReturned(filingId, actor.authorityId(), reason, actor.id()));
    }

    /** What reports and paper files need to know of this case (see {@link CaseDirectory}). */
    public CaseReference caseReference() {
        return new CaseReference(filingId, kind, route, competentAuthority.id(), submitted, caseNumber);
    }

    /** A13: court acts are done by staff of the filing's competent authority. */
    private Actor requireStaffOfCompetentAuthority(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.COURT_STAFF
                        && competentAuthority.id().equals(actor.authorityId()), Rule.A13_OTHER_AUTHORITY,
                "only staff of the competent authority " + competentAuthority.id() + " decide on this filing");
        return actor;
    }

    /** A13: the authority decides on a filing it received (submitted, or lodged with it on paper), once. */
    private void requireUndecidedAtAuthority() {
        RuleViolation.require(submitted, Rule.A13_NOT_WITH_AUTHORITY, "the filing has not been submitted yet");
        RuleViolation.require(!courtDecided, Rule.A13_ALREADY_DECIDED, "the authority already decided on this filing");
    }

    /** The case as the notice ledger sees it (A7, A8): applicant, authority, submission, contact details in force. */
    public CaseSnapshot caseSnapshot() {
        return new CaseSnapshot(filingId, applicant == null ? null : applicant.identifier(),
                competentAuthority == null ? null : competentAuthority.id(), submitted, contactDetails);
    }

    // ---- rules -------------------------------------------------------------------------

    /**
     * A5/A6: authority before state. Whoever may not act on this filing (staff of another office, another
     * applicant, anyone else) is refused for that, before any rule that would tell them what stage it is at.
     * Staff of any office pass while a portal filing is held by no office: any office may receive its originals.
     */
    private void requireNoStranger(Actor actor) {
        if (actor.role() == ActorRole.APPLICANT && applicant != null && actor.id().equals(applicant.identifier())) {
            return;
        }
        if (officeId != null) {
            RuleViolation.require(actor.role().isOfficeStaff() && officeId.equals(actor.officeId()), Rule.A6_OTHER_OFFICE,
                    "only the office holding the filing may act on it");
        } else {
            RuleViolation.require(actor.role().isOfficeStaff(), Rule.A5_APPLICANT_ONLY,
                    "until an office receives the originals only the applicant acts on a portal filing");
        }
    }

    /** A5/A6: once submitted, a filing belongs to the competent authority; the office changes nothing. */
    private void requireOpen() {
        RuleViolation.require(!submitted, Rule.A5_ALREADY_SUBMITTED, "the filing is already submitted");
    }

    /** A15: the office is registered, meets its minimum staffing, and the actor works there. */
    private static void requireOfficeMayReceiveFilings(String office, Actor actor, OfficeDirectory offices) {
        OfficeStaffing staffing = offices.staffingOf(office)
                .orElseThrow(() -> new RuleViolation(Rule.A15_OFFICE_NOT_REGISTERED, "office " + office + " is not registered"));
        RuleViolation.require(office.equals(actor.officeId()), Rule.A6_OTHER_OFFICE, "staff act for their own office only");
        RuleViolation.require(actor.role().isOfficeStaff() && staffing.employs(actor.id()), Rule.A6_NOT_OFFICE_STAFF,
                "the actor is not on the staff of office " + office);
        RuleViolation.require(staffing.meetsMinimum(), Rule.A15_MINIMUM_STAFFING,
                "office " + office + " is below its minimum staffing");
    }

    /** A5/A6: office acts are done by current staff of the office holding the filing, after identity verification (A6). */
    private Actor requireOfficeStaffAct(MetaData metaData, OfficeDirectory offices) {
        Actor actor = requireStaffOfHoldingOffice(Actor.from(metaData), offices);
        requireIdentityVerifiedOnOfficeRoute();
        return actor;
    }

    /** A5/A6 with A15: only current staff of the office that holds the filing act on it. */
    private Actor requireStaffOfHoldingOffice(Actor actor, OfficeDirectory offices) {
        RuleViolation.require(officeId != null, Rule.A5_ORIGINALS_NOT_RECEIVED,
                "no office holds this portal filing yet: the originals must be received first");
        RuleViolation.require(officeId.equals(actor.officeId()), Rule.A6_OTHER_OFFICE,
                "only the office holding the filing may act on it");
        boolean staff = actor.role().isOfficeStaff()
                && offices.staffingOf(officeId).map(s -> s.employs(actor.id())).orElse(false);
        RuleViolation.require(staff, Rule.A6_NOT_OFFICE_STAFF, "the actor is not on the staff of office " + officeId);
        return actor;
    }

    /** A6: on the office route the applicant's identity is verified before anything else. */
    private void requireIdentityVerifiedOnOfficeRoute() {
        RuleViolation.require(route != FilingRoute.OFFICE || identityVerified, Rule.A6_IDENTITY_NOT_VERIFIED,
                "the applicant's identity is verified before anything else");
    }

    /** A5: portal filings are worked by the applicant until an office receives the originals; then by that office. */
    private Actor requireActorOfThisStage(MetaData metaData, OfficeDirectory offices) {
        Actor actor = Actor.from(metaData);
        if (route == FilingRoute.PORTAL && officeId == null) {
            requireActingAsApplicant(actor, applicant);
            return actor;
        }
        return requireOfficeStaffAct(metaData, offices);
    }

    private static void requireActingAsApplicant(Actor actor, Party applicant) {
        requireActingAsApplicant(actor, applicant, Rule.A5_APPLICANT_ONLY);
    }

    /** A5: on the portal the applicant acts for themself (A7: and registers their own contact changes). */
    private static void requireActingAsApplicant(Actor actor, Party applicant, Rule rule) {
        RuleViolation.require(actor.role() == ActorRole.APPLICANT && actor.id().equals(applicant.identifier()), rule,
                "only the applicant may do this");
    }

    private void requireUndecidedCurrentDocument(String documentId) {
        DocumentState state = documents.get(documentId);
        RuleViolation.require(state != null && !state.replaced(), Rule.A5_DOCUMENT_UNKNOWN,
                "not a current document of this filing");
        RuleViolation.require(state.conformity() == Conformity.PENDING, Rule.A5_CONFORMITY_ALREADY_DECIDED,
                "conformity already decided; digitize a replacement");
    }

    private List<String> currentDocumentIds() {
        return documents.entrySet().stream().filter(e -> !e.getValue().replaced()).map(Map.Entry::getKey).toList();
    }

    private static void requireReference(String value, String field) {
        if (value == null || !value.matches("[A-Za-z0-9\\-/]{1,64}")) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits, dashes or slashes");
        }
    }

    // ---- state -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(FilingStarted event) {
        this.filingId = event.filingId();
        this.route = event.route();
        this.kind = event.kind();
        this.claimNature = event.claimNature();
        this.claimValueRials = event.claimValueRials();
        this.applicant = event.applicant();
        this.competentAuthority = event.competentAuthority();
        this.officeId = event.officeId();
        this.requestFingerprint = event.requestFingerprint();
    }

    @EventSourcingHandler
    void on(IdentityVerified event) {
        this.identityVerified = true;
    }

    @EventSourcingHandler
    void on(DocumentDigitized event) {
        if (event.replacesDocumentId() != null) {
            documents.computeIfPresent(event.replacesDocumentId(), (id, state) -> state.replacedByAnother());
        }
        documents.put(event.document().documentId(), new DocumentState(event.document(), Conformity.PENDING, false));
    }

    @EventSourcingHandler
    void on(ApplicantConfirmedDocuments event) {
        confirmedByApplicant.addAll(event.documentIds());
    }

    @EventSourcingHandler
    void on(CourtFeeAssessed event) {
        this.fee = new Assessed(event.amountRials(), event.tariffVersion());
    }

    @EventSourcingHandler
    void on(CourtFeePaid event) {
        if (fee instanceof Assessed assessed) {
            this.fee = new Paid(event.amountRials(), assessed.tariffVersion(), event.paymentReference());
        }
    }

    @EventSourcingHandler
    void on(OriginalsReceived event) {
        this.officeId = event.officeId();
    }

    @EventSourcingHandler
    void on(DocumentConformityVerified event) {
        documents.computeIfPresent(event.documentId(), (id, state) -> state.decided(Conformity.VERIFIED));
    }

    @EventSourcingHandler
    void on(DocumentConformityRejected event) {
        documents.computeIfPresent(event.documentId(), (id, state) -> state.decided(Conformity.REJECTED));
    }

    @EventSourcingHandler
    void on(ContactDetailsRegistered event) {
        this.contactDetails = event.contactDetails();
    }

    @EventSourcingHandler
    void on(NotificationUndertakingAcknowledged event) {
        this.undertakingAcknowledged = true;
    }

    @EventSourcingHandler
    void on(TrackingCodeIssued event) {
        this.trackingCode = event.trackingCode();
    }

    @EventSourcingHandler
    void on(SubmittedToCompetentAuthority event) {
        this.submitted = true;
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        this.contactDetails = event.current();
    }

    @EventSourcingHandler
    void on(PaperComplaintRegistered event) {
        this.submitted = true;
    }

    @EventSourcingHandler
    void on(RegisteredAsCase event) {
        this.courtDecided = true;
        this.caseNumber = event.caseNumber();
    }

    @EventSourcingHandler
    void on(FilingReturned event) {
        this.courtDecided = true;
    }
}
