package ir.daftar.core.establishment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.establishment.OfficeCallCommand.AppointOfficeManager;
import ir.daftar.core.establishment.OfficeCallCommand.DecideOfficeProposal;
import ir.daftar.core.establishment.OfficeCallCommand.OpenOfficeCall;
import ir.daftar.core.establishment.OfficeCallCommand.ProposeOffice;
import ir.daftar.core.establishment.OfficeCallCommand.ReceiveApplication;
import ir.daftar.core.establishment.OfficeCallCommand.VetApplication;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A call for applicants and the offices it establishes (A3, A14, A22(a); ADR 0920): the GD opens the call,
 * receives and vets applications, proposes offices from accepted ones; the Center head approves or refuses and
 * appoints the manager, and only then is the office established (the establishment process registers it).
 */
public class OfficeCall {

    private static final String ID = "[A-Za-z0-9\\-]{1,40}";
    private static final int MAX_OFFICES = 100;

    /** Where an application stands in the chain. */
    enum Stage {
        RECEIVED, REJECTED, ACCEPTED, PROPOSED, REFUSED, APPROVED, ESTABLISHED
    }

    @AggregateIdentifier
    private String callId;
    private String province;
    private String city;
    private int offices;
    private final Map<String, Applicant> applicants = new LinkedHashMap<>();
    private final Map<String, Stage> stages = new LinkedHashMap<>();
    private final Map<String, OfficeProposed> proposals = new LinkedHashMap<>();

    protected OfficeCall() {
        // for Axon
    }

    /** A22(a): the GD calls for applicants for a number of offices in a city. */
    @CommandHandler
    public OfficeCall(OpenOfficeCall command, MetaData metaData) {
        byGd(metaData);
        String province = PersianText.normalize(command.province());
        String city = PersianText.normalize(command.city());
        RuleViolation.require(command.callId() != null && command.callId().matches(ID), Rule.A22_CALL_INVALID,
                "call id must be 1-40 letters, digits or dashes");
        RuleViolation.require(province != null && !province.isBlank() && city != null && !city.isBlank(),
                Rule.A22_CALL_INVALID, "a call names its province and city");
        RuleViolation.require(command.offices() >= 1 && command.offices() <= MAX_OFFICES, Rule.A22_CALL_INVALID,
                "a call is for 1 to " + MAX_OFFICES + " offices");
        apply(new OfficeCallOpened(command.callId(), province, city, command.offices()));
    }

    /** A22(a): the GD records an application received under the call. */
    @CommandHandler
    public void handle(ReceiveApplication command, MetaData metaData) {
        byGd(metaData);
        requireId(command.applicationId(), "application id");
        RuleViolation.require(!applicants.containsKey(command.applicationId()), Rule.A22_APPLICATION_ALREADY_RECEIVED,
                "application " + command.applicationId() + " was already received under this call");
        RuleViolation.require(command.applicant() != null, Rule.A22_APPLICATION_UNKNOWN, "the applicant is required");
        apply(new ApplicationReceived(callId, command.applicationId(), command.applicant()));
    }

    /** A22(a), A22(c): vetting comes after the vetting fee is paid, once, and states its reasons. */
    @CommandHandler
    public void handle(VetApplication command, MetaData metaData) {
        byGd(metaData);
        Stage stage = stageOf(command.applicationId());
        RuleViolation.require(stage == Stage.RECEIVED, Rule.A22_APPLICATION_ALREADY_VETTED,
                "application " + command.applicationId() + " was already vetted");
        String receipt = PersianText.normalize(command.feeReceipt());
        RuleViolation.require(receipt != null && !receipt.isBlank() && command.feeAmount() > 0,
                Rule.A22_VETTING_FEE_NOT_PAID, "the vetting fee is paid (receipt and amount) before vetting");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(reasons != null && !reasons.isBlank(), Rule.A22_VETTING_REASON_REQUIRED,
                "the outcome of vetting states its reasons");
        apply(new ApplicationVetted(callId, command.applicationId(), command.accepted(), reasons, receipt,
                command.feeAmount()));
    }

    /**
     * A14, A3: the GD proposes an office from an accepted application, within the number of offices called for;
     * the office id is not yet in the registry; an office chosen from a notary office or another body names it.
     */
    @CommandHandler
    public void handle(ProposeOffice command, MetaData metaData, OfficeDirectory registry) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.GD_OFFICER, Rule.A14_PROPOSAL_BY_GD_ONLY,
                "an office is established on the GD's proposal");
        Stage stage = stageOf(command.applicationId());
        RuleViolation.require(stage != Stage.RECEIVED && stage != Stage.REJECTED, Rule.A14_APPLICATION_NOT_ACCEPTED,
                "application " + command.applicationId() + " was not accepted in vetting");
        RuleViolation.require(stage == Stage.ACCEPTED, Rule.A14_ALREADY_PROPOSED,
                "an office was already proposed from application " + command.applicationId());
        requireId(command.officeId(), "office id");
        RuleViolation.require(proposals.values().stream().noneMatch(p -> p.officeId().equals(command.officeId())),
                Rule.A14_ALREADY_PROPOSED, "office " + command.officeId() + " was already proposed under this call");
        RuleViolation.require(registry.staffingOf(command.officeId()).isEmpty(), Rule.A14_OFFICE_ALREADY_REGISTERED,
                "office " + command.officeId() + " is already registered");
        RuleViolation.require(openOrEstablished() < offices, Rule.A14_CALL_FULL,
                "the call is for " + offices + " offices and as many are proposed or established");
        String name = PersianText.normalize(command.name());
        String reasons = PersianText.normalize(command.reasons());
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("the proposal names the office (at most 200 characters)");
        }
        RuleViolation.require(reasons != null && !reasons.isBlank(), Rule.A14_REASON_REQUIRED,
                "the proposal states its reasons");
        OfficeOrigin origin = command.origin() == null ? OfficeOrigin.NEW : command.origin();
        String formerBody = applicants.get(command.applicationId()).formerBody();
        RuleViolation.require(origin == OfficeOrigin.NEW || formerBody != null, Rule.A3_ORIGIN_BODY_REQUIRED,
                "an office chosen from a notary office or another body names that office or body in its application");
        apply(new OfficeProposed(callId, command.applicationId(), command.officeId(), name, origin,
                origin == OfficeOrigin.NEW ? null : formerBody, reasons));
    }

    /** A14: the Center head approves or refuses the GD's proposal, once; a refusal states its reasons. */
    @CommandHandler
    public void handle(DecideOfficeProposal command, MetaData metaData) {
        byCenterHead(metaData);
        Stage stage = stageOf(command.applicationId());
        RuleViolation.require(stage == Stage.PROPOSED, Rule.A14_PROPOSAL_NOT_DECIDABLE,
                "application " + command.applicationId() + " has no proposal waiting for a decision");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.approved() || (reasons != null && !reasons.isBlank()), Rule.A14_REASON_REQUIRED,
                "a refusal states its reasons");
        apply(new OfficeProposalDecided(callId, command.applicationId(), proposals.get(command.applicationId()).officeId(),
                command.approved(), reasons));
    }

    /** A14: the Center head appoints the applicant of an approved proposal as manager; the office is then established. */
    @CommandHandler
    public void handle(AppointOfficeManager command, MetaData metaData) {
        byCenterHead(metaData);
        Stage stage = stageOf(command.applicationId());
        RuleViolation.require(stage == Stage.APPROVED, Rule.A14_MANAGER_NOT_APPOINTABLE,
                stage == Stage.ESTABLISHED ? "the manager of this office was already appointed"
                        : "the proposal from application " + command.applicationId() + " is not approved");
        Applicant applicant = applicants.get(command.applicationId());
        OfficeProposed proposal = proposals.get(command.applicationId());
        StaffMember manager = new StaffMember(applicant.nationalCode(), applicant.name(), StaffRole.MANAGER, true);
        apply(new OfficeManagerAppointed(callId, command.applicationId(), proposal.officeId(), manager));
        apply(new OfficeEstablished(callId, command.applicationId(), proposal.officeId(), proposal.name(),
                proposal.origin(), province, city, manager, command.eligibility()));
    }

    private static void byGd(MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A22_CALL_BY_GD_ONLY,
                "calls for applicants and their vetting are the GD's");
    }

    private static void byCenterHead(MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A14_DECISION_BY_CENTER_HEAD_ONLY,
                "the establishment of an office is decided by the Center head");
    }

    private static void requireId(String id, String what) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(what + " must be 1-40 letters, digits or dashes");
        }
    }

    private Stage stageOf(String applicationId) {
        Stage stage = applicationId == null ? null : stages.get(applicationId);
        RuleViolation.require(stage != null, Rule.A22_APPLICATION_UNKNOWN,
                "no application " + applicationId + " was received under this call");
        return stage;
    }

    private long openOrEstablished() {
        return stages.values().stream()
                .filter(s -> s == Stage.PROPOSED || s == Stage.APPROVED || s == Stage.ESTABLISHED).count();
    }

    @EventSourcingHandler
    void on(OfficeCallOpened event) {
        this.callId = event.callId();
        this.province = event.province();
        this.city = event.city();
        this.offices = event.offices();
    }

    @EventSourcingHandler
    void on(ApplicationReceived event) {
        applicants.put(event.applicationId(), event.applicant());
        stages.put(event.applicationId(), Stage.RECEIVED);
    }

    @EventSourcingHandler
    void on(ApplicationVetted event) {
        stages.put(event.applicationId(), event.accepted() ? Stage.ACCEPTED : Stage.REJECTED);
    }

    @EventSourcingHandler
    void on(OfficeProposed event) {
        proposals.put(event.applicationId(), event);
        stages.put(event.applicationId(), Stage.PROPOSED);
    }

    @EventSourcingHandler
    void on(OfficeProposalDecided event) {
        stages.put(event.applicationId(), event.approved() ? Stage.APPROVED : Stage.REFUSED);
    }

    @EventSourcingHandler
    void on(OfficeEstablished event) {
        stages.put(event.applicationId(), Stage.ESTABLISHED);
    }
}
