package ir.daftar.core.filing;

import ir.daftar.core.common.FilingKind;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.common.Rule;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.feeschedule.ConfirmedSchedule;
import ir.daftar.core.feeschedule.OfficeFeeSchedules;
import ir.daftar.core.filing.FilingEvent.ContactDetailsChanged;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.filing.FilingStage.Decided;
import ir.daftar.core.filing.FreeText.Branch;
import ir.daftar.core.filing.FreeText.Reason;
import ir.daftar.core.filing.FreeText.Subject;
import ir.daftar.core.office.OfficeDirectory;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A petition, request or complaint on its way to the competent authority (A2, A5–A7, A11, A13, A15),
 * its life a {@link FilingStage}. Handlers check the rules, named in {@link ActorPolicy},
 * {@link StagePolicy}, {@link DossierPolicy} and {@link CourtSidePolicy}, and apply events;
 * event-sourcing handlers only assign state.
 */
public class Filing {

    /** A22(c): the code of an office service, as the fee schedules name it. */
    private static final String SERVICE_CODE = "[A-Z0-9_]{1,40}";

    @AggregateIdentifier
    private String filingId;
    private Particulars particulars;
    /** A7: the applicant's contact details in force, at every stage; null before they are registered. */
    private ContactDetails contactDetails;
    private FilingStage stage;

    protected Filing() { // for Axon
    }

    /**
     * A5/A6: starts a filing. Idempotent: the filing id is derived from the client's
     * idempotency key, so the same request sent again finds this filing and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(FilingCommand.StartFiling command, MetaData metaData, OfficeDirectory offices) {
        if (filingId != null) {
            StagePolicy.sameRequest(particulars.requestFingerprint(), command.requestFingerprint());
            return filingId;
        }
        Actor actor = Actor.from(metaData);
        StagePolicy.startable(command);
        boolean petition = command.kind() == FilingKind.PETITION;
        String office = command.route() != FilingRoute.OFFICE ? null : Objects.requireNonNull(command.officeId(), "officeId");
        ActorPolicy.mayStart(office, actor, command.applicant(), offices);
        Subject subject = new Subject(command.subject());
        apply(new FilingStarted(command.filingId(), command.route(), command.kind(), petition ? command.claimNature() : null,
                petition && command.claimNature() == ClaimNature.FINANCIAL ? command.claimValueRials() : null,
                command.applicant(), command.defendants(), command.competentAuthority(), subject.value(), office,
                command.requestFingerprint()));
        return command.filingId();
    }

    /** A6: identity verification is the office's first act, done once. */
    @CommandHandler
    public void handle(FilingCommand.VerifyIdentity command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = openTo(metaData);
        StagePolicy.officeRoute(particulars.route(), "on the portal the applicant is identified by the portal login");
        StagePolicy.identityNotYetVerified(stage);
        ActorPolicy.staffOfHoldingOffice(stage.officeId(), actor, offices);
        IdentityVerificationMethod method = Objects.requireNonNull(command.method(), "method");
        apply(new FilingEvent.IdentityVerified(filingId, stage.officeId(), actor.id(), method));
    }

    /** A5/A6: digitized by the applicant on the portal, or by office staff after identity verification. */
    @CommandHandler
    public void handle(FilingCommand.DigitizeDocument command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byThisStage(metaData, offices);
        ElectronicDocument document = Objects.requireNonNull(command.document(), "document");
        DossierPolicy.newDocument(stage.dossier(), document);
        DossierPolicy.replaceable(stage.dossier(), command.replacesDocumentId());
        apply(new FilingEvent.DocumentDigitized(filingId, document, actor.id(), command.replacesDocumentId()));
    }

    /** A6: the applicant confirms, at the office, that the electronic documents match the papers. */
    @CommandHandler
    public void handle(FilingCommand.RecordApplicantConfirmation command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = openTo(metaData);
        StagePolicy.officeRoute(particulars.route(), "on the portal the applicant digitizes the documents themself");
        ActorPolicy.officeStaffAct(actor, stage, offices);
        DossierPolicy.hasDocuments(stage.dossier().currentDocumentIds(), "no electronic documents to confirm");
        apply(new FilingEvent.ApplicantConfirmedDocuments(filingId, stage.dossier().currentDocumentIds(), actor.id()));
    }

    /** A5/A6: the fee comes from the tariff in force now; it may be re-assessed until it is paid. */
    @CommandHandler
    public CourtFeeAssessed handle(FilingCommand.AssessCourtFee command, MetaData metaData, OfficeDirectory offices,
                                   CourtFeeTariffs tariffs) {
        byThisStage(metaData, offices);
        DossierPolicy.feeNotPaid(stage.dossier());
        CourtFeeTariff tariff = tariffs.inForceAt(GenericEventMessage.clock.instant());
        CourtFeeInputs inputs = particulars.feeInputs();
        CourtFeeAssessed assessed = new CourtFeeAssessed(filingId, tariff.compute(inputs), tariff.version(), inputs);
        apply(assessed);
        return assessed;
    }

    /** A5/A6: payment of exactly the assessed fee (A37-12), with a receipt (A37-6). */
    @CommandHandler
    public void handle(FilingCommand.RecordCourtFeePayment command, MetaData metaData, OfficeDirectory offices) {
        byThisStage(metaData, offices);
        DossierPolicy.paymentOfTheAssessedFee(stage.dossier(), command.amountRials(), command.receiptNumber());
        Reference payment = Reference.of("paymentReference", command.paymentReference());
        Reference receipt = Reference.of("receiptNumber", command.receiptNumber());
        apply(new FilingEvent.CourtFeePaid(filingId, payment.value(), command.amountRials(), receipt.value()));
    }

    /**
     * A37-12, A22(c): an office service charged on the filing, by the staff of the office holding it, against the
     * schedule in force now: a service it names, at most its amount, with a receipt (A37-6). ADR 0921, revisited.
     */
    @CommandHandler
    public FilingEvent.OfficeServiceCharged handle(FilingCommand.ChargeOfficeService command, MetaData metaData,
                                                   OfficeDirectory offices, OfficeFeeSchedules schedules) {
        Actor actor = byHoldingOffice(metaData, offices);
        String service = command.service();
        RuleViolation.require(service != null && service.matches(SERVICE_CODE), Rule.A37_12_SERVICE_NOT_IN_SCHEDULE,
                "service", "a service is named by its code in the fee schedule");
        RuleViolation.require(command.amountRials() >= 0, Rule.A37_12_OFFICE_FEE_ABOVE_SCHEDULE, "amountRials",
                "an amount is zero or more rials");
        RuleViolation.require(command.receiptNumber() != null && !command.receiptNumber().isBlank(),
                Rule.A37_6_RECEIPT_REQUIRED, "receiptNumber", "money received is acknowledged with a receipt");
        Reference receipt = Reference.of("receiptNumber", command.receiptNumber());
        ConfirmedSchedule schedule = schedules.inForceAt(GenericEventMessage.clock.instant()).orElse(null);
        RuleViolation.require(schedule != null, Rule.A37_12_SERVICE_NOT_IN_SCHEDULE, "service",
                "no office service fee schedule is in force");
        Long due = schedule.fees().get(service);
        RuleViolation.require(due != null, Rule.A37_12_SERVICE_NOT_IN_SCHEDULE, "service",
                "version " + schedule.version() + " of the schedule has no service " + service);
        RuleViolation.require(command.amountRials() <= due, Rule.A37_12_OFFICE_FEE_ABOVE_SCHEDULE, "amountRials",
                command.amountRials() + " rials is above the " + due + " of version " + schedule.version());
        FilingEvent.OfficeServiceCharged charged = new FilingEvent.OfficeServiceCharged(filingId, stage.officeId(), service,
                command.amountRials(), schedule.version(), due, receipt.value(), actor.id());
        apply(charged);
        return charged;
    }

    /** A5, A15: after the tracking code, an office with its minimum staffing receives the originals of a portal filing. */
    @CommandHandler
    public void handle(FilingCommand.ReceiveOriginals command, MetaData metaData, OfficeDirectory offices) {
        StagePolicy.open(stage);
        StagePolicy.portalRoute(particulars.route());
        StagePolicy.noOfficeHoldsIt(stage);
        DossierPolicy.trackingCodeIssued(stage.dossier(),
                "the applicant brings the originals after paying and obtaining the tracking code");
        Actor actor = ActorPolicy.receivingOffice(Actor.from(metaData), offices);
        apply(new FilingEvent.OriginalsReceived(filingId, actor.officeId(), actor.id()));
    }

    /** A5/A6: the office verifies one current electronic document against its original. */
    @CommandHandler
    public void handle(FilingCommand.VerifyDocumentConformity command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byHoldingOffice(metaData, offices);
        DossierPolicy.undecidedCurrentDocument(stage.dossier(), command.documentId());
        apply(new FilingEvent.DocumentConformityVerified(filingId, command.documentId(), stage.officeId(), actor.id()));
    }

    /** A5/A6: a mismatch is a legal fact of its own, with its reason; the document must then be replaced. */
    @CommandHandler
    public void handle(FilingCommand.RejectDocumentConformity command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byHoldingOffice(metaData, offices);
        DossierPolicy.undecidedCurrentDocument(stage.dossier(), command.documentId());
        String reason = new Reason(command.reason()).value();
        apply(new FilingEvent.DocumentConformityRejected(filingId, command.documentId(), stage.officeId(), actor.id(), reason));
    }

    /** A7: the office (or the applicant on the portal) registers the contact details, once. */
    @CommandHandler
    public void handle(FilingCommand.RegisterContactDetails command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byThisStage(metaData, offices);
        DossierPolicy.contactDetailsNotYetRegistered(contactDetails);
        ContactDetails details = Objects.requireNonNull(command.contactDetails(), "contactDetails");
        apply(new ContactDetailsRegistered(filingId, details, actor.id()));
    }

    /** A7: the written undertaking follows the registration of the channels it is about. */
    @CommandHandler
    public void handle(FilingCommand.AcknowledgeNotificationUndertaking command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byThisStage(metaData, offices);
        DossierPolicy.contactDetailsRegistered(contactDetails, "the undertaking is about the registered contact details");
        DossierPolicy.undertakingNotYetAcknowledged(stage.dossier());
        SignedFormHash hash = new SignedFormHash(command.signedFormSha256());
        apply(new FilingEvent.NotificationUndertakingAcknowledged(filingId, hash.value(), actor.id()));
    }

    /** A5: after the documents and the payment; A7: after the contact details and the written undertaking; once. */
    @CommandHandler
    public TrackingCode handle(FilingCommand.IssueTrackingCode command, MetaData metaData, OfficeDirectory offices,
                               TrackingCodeIssuer issuer) {
        Actor actor = byThisStage(metaData, offices);
        DossierPolicy.readyForTrackingCode(stage.dossier(), contactDetails);
        TrackingCode code = issuer.issueFor(filingId);
        boolean byOffice = stage.officeId() != null;
        apply(new TrackingCodeIssued(filingId, code, byOffice ? stage.officeId() : null, byOffice ? actor.id() : null));
        return code;
    }

    /** A5/A6: submission needs payment, the tracking code, and every current document verified. */
    @CommandHandler
    public void handle(FilingCommand.SubmitToCompetentAuthority command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = byHoldingOffice(metaData, offices);
        DossierPolicy.readyForSubmission(stage.dossier(), particulars.route());
        apply(new FilingEvent.SubmittedToCompetentAuthority(filingId, particulars.competentAuthority(), stage.officeId(),
                actor.id()));
    }

    /** A7: the applicant registers changes of the channels, up to the last stage of the case. */
    @CommandHandler
    public void handle(FilingCommand.ChangeContactDetails command, MetaData metaData) {
        ActorPolicy.applicant(Actor.from(metaData), particulars.applicant(), Rule.A7_CHANGE_BY_APPLICANT_ONLY);
        DossierPolicy.contactDetailsRegistered(contactDetails, "contact details are registered before they can change");
        ContactDetails next = Objects.requireNonNull(command.contactDetails(), "contactDetails");
        DossierPolicy.contactDetailsChanged(contactDetails, next);
        apply(new ContactDetailsChanged(filingId, contactDetails, next));
    }

    /**
     * A11: a complaint lodged on paper, registered by the authority's staff, is with the authority from the start, gets a
     * tracking code (A7) and keeps the paper's contact details; {@code FilingStarted}'s {@code occurredAt} is when it was
     * lodged (A10). See {@link CourtSidePolicy#registrable}.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public TrackingCode handle(FilingCommand.RegisterPaperComplaint command, MetaData metaData, TrackingCodeIssuer issuer) {
        Actor actor = Actor.from(metaData);
        String id = Objects.requireNonNull(command.filingId(), "filingId");
        CourtSidePolicy.registrable(command, actor, GenericEventMessage.clock.instant());
        Subject subject = new Subject(command.subject());
        Reference paper = Reference.of("paperReference", command.paperReference());
        apply(new FilingStarted(id, FilingRoute.PAPER, FilingKind.COMPLAINT, null, null, command.applicant(),
                command.defendants(), command.competentAuthority(), subject.value(), null, null),
                OccurredAt.metaData(command.lodgedAt()));
        apply(new FilingEvent.PaperComplaintRegistered(id, actor.authorityId(), paper.value(), command.documents(), actor.id()));
        if (command.contactDetails() != null) {
            apply(new ContactDetailsRegistered(id, command.contactDetails(), actor.id()));
        }
        TrackingCode code = issuer.issueFor(id);
        apply(new TrackingCodeIssued(id, code, null, null));
        return code;
    }

    /** A13: the competent authority registers the filing it received as a case, once. */
    @CommandHandler
    public void handle(FilingCommand.RegisterAsCase command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        CourtSidePolicy.staffOfCompetentAuthority(actor, particulars.competentAuthority());
        CourtSidePolicy.withAuthorityUndecided(stage);
        CaseNumber number = new CaseNumber(command.caseNumber());
        Branch branch = new Branch(command.branch());
        LocalDate registeredOn = Objects.requireNonNull(command.registeredOn(), "registeredOn");
        CourtSidePolicy.dayHasCome(registeredOn, GenericEventMessage.clock.instant());
        apply(new FilingEvent.RegisteredAsCase(filingId, actor.authorityId(), number.value(), branch.value(), registeredOn,
                actor.id()));
    }

    /** A13: the competent authority returns the filing it received, with its reason, once. */
    @CommandHandler
    public void handle(FilingCommand.ReturnFiling command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        CourtSidePolicy.staffOfCompetentAuthority(actor, particulars.competentAuthority());
        CourtSidePolicy.withAuthorityUndecided(stage);
        apply(new FilingEvent.FilingReturned(filingId, actor.authorityId(), new Reason(command.reason()).value(), actor.id()));
    }

    /** What reports and paper files need to know of this case (see {@link CaseDirectory}). */
    public CaseReference caseReference() {
        String caseNumber = stage instanceof Decided decided ? decided.caseNumber() : null;
        return new CaseReference(filingId, particulars.kind(), particulars.route(), particulars.competentAuthority().id(),
                !stage.isOpen(), caseNumber);
    }

    /** The case as the notice ledger sees it (A7, A8): applicant, authority, submission, contact details in force. */
    public CaseSnapshot caseSnapshot() {
        return new CaseSnapshot(filingId, particulars.applicant().identifier(), particulars.competentAuthority().id(),
                !stage.isOpen(), contactDetails);
    }

    // ---- who acts, at this stage (ActorPolicy) ------------------------------------------

    private Actor openTo(MetaData metaData) {
        return ActorPolicy.openTo(Actor.from(metaData), particulars.applicant(), stage);
    }

    private Actor byThisStage(MetaData metaData, OfficeDirectory offices) {
        return ActorPolicy.actorOfThisStage(openTo(metaData), particulars.applicant(), stage, offices);
    }

    private Actor byHoldingOffice(MetaData metaData, OfficeDirectory offices) {
        return ActorPolicy.officeStaffAct(openTo(metaData), stage, offices);
    }

    // ---- state -------------------------------------------------------------------------

    /** Assigns the particulars (once), the contact details in force and the stage ({@link FilingStage#after}). */
    @EventSourcingHandler
    void on(FilingEvent event) {
        if (event instanceof FilingStarted started) {
            filingId = started.filingId();
            particulars = Particulars.of(started);
        } else if (event instanceof ContactDetailsRegistered registered) {
            contactDetails = registered.contactDetails();
        } else if (event instanceof ContactDetailsChanged changed) {
            contactDetails = changed.current();
        }
        stage = FilingStage.after(stage, particulars, event);
    }
}
