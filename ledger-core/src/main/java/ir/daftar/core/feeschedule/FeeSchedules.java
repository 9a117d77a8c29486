package ir.daftar.core.feeschedule;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.feeschedule.FeeScheduleCommand.ConfirmFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.DecideFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.GiveFeeScheduleOpinion;
import ir.daftar.core.feeschedule.FeeScheduleCommand.PostFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.ProposeFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleDecided;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleOpinionGiven;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeSchedulePosted;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import java.time.Instant;
import ir.daftar.core.office.OfficeDirectory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The office service fee schedules (A22(c), A24; ADR 0921), one stream: versions 1, 2, ... each proposed by the
 * Council, given the GD's opinion, approved by the Center head and confirmed by the Head of the Judiciary, in that
 * order and one version at a time. A confirmed version is in force from its effective date until the next
 * confirmed version's; a schedule never takes effect before its confirmation (no retroactive fees).
 */
public class FeeSchedules {

    /** The one stream of the office service fee schedules. */
    public static final String ID = "OFFICE-FEE-SCHEDULES";
    private static final String SERVICE = "[A-Z0-9_]{1,40}";
    private static final int MAX_SERVICES = 200;

    @AggregateIdentifier
    private String schedulesId;
    private FeeScheduleProposed open;
    /** Where the open version stands in the four steps (shared with the court-fee tariffs); null when none is open. */
    private ApprovalChain chain;
    private int lastVersion;
    private final List<ConfirmedSchedule> confirmed = new ArrayList<>();
    /** A37-1: the postings made, as office id and version. */
    private final Set<String> posted = new HashSet<>();

    protected FeeSchedules() {
        // for Axon
    }

    /** A24: the Council proposes the next version, effective later than the last confirmed one and in the future. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeFeeSchedule command, MetaData metaData) {
        ApprovalChain.Act.PROPOSAL.requireActor(metaData);
        RuleViolation.require(ID.equals(command.schedulesId()), Rule.A24_FEES_INVALID, "the schedules are " + ID);
        ApprovalChain.open(chain, String.valueOf(command.version()));
        RuleViolation.require(command.version() == lastVersion + 1, Rule.A24_FEES_INVALID,
                "the next version is " + (lastVersion + 1));
        Instant now = now();
        RuleViolation.require(command.effectiveFrom() != null && command.effectiveFrom().isAfter(now), Rule.A24_FEES_INVALID,
                "a schedule takes effect at a time in the future");
        RuleViolation.require(confirmed.isEmpty()
                        || command.effectiveFrom().isAfter(confirmed.get(confirmed.size() - 1).effectiveFrom()),
                Rule.A24_FEES_INVALID, "a version takes effect after the version before it");
        Map<String, Long> fees = command.fees() == null ? Map.of() : command.fees();
        RuleViolation.require(!fees.isEmpty() && fees.size() <= MAX_SERVICES, Rule.A24_FEES_INVALID,
                "a schedule names 1 to " + MAX_SERVICES + " services");
        for (Map.Entry<String, Long> fee : fees.entrySet()) {
            RuleViolation.require(fee.getKey() != null && fee.getKey().matches(SERVICE), Rule.A24_FEES_INVALID,
                    "a service is named by an upper-case code");
            RuleViolation.require(fee.getValue() != null && fee.getValue() >= 0, Rule.A24_FEES_INVALID,
                    "an amount is zero or more rials");
        }
        String session = PersianText.normalize(command.councilSession());
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(session != null && !session.isBlank() && reasons != null && !reasons.isBlank(),
                Rule.A24_FEES_REASON_REQUIRED, "the Council's proposal names its session and states its reasons");
        apply(new FeeScheduleProposed(command.schedulesId(), command.version(), command.effectiveFrom(),
                new TreeMap<>(fees), session, reasons));
    }

    /** A22(c): the GD's opinion, once, after the proposal; a disagreement states its reasons. */
    @CommandHandler
    public void handle(GiveFeeScheduleOpinion command, MetaData metaData) {
        ApprovalChain.Act.OPINION.requireActor(metaData);
        ApprovalChain.requireNext(chain, String.valueOf(command.version()), ApprovalChain.Act.OPINION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.agrees(), reasons);
        apply(new FeeScheduleOpinionGiven(schedulesId, command.version(), command.agrees(), reasons));
    }

    /** A22(c): the Center head approves or refuses, once, after the GD's opinion; a refusal states its reasons. */
    @CommandHandler
    public void handle(DecideFeeSchedule command, MetaData metaData) {
        ApprovalChain.Act.DECISION.requireActor(metaData);
        ApprovalChain.requireNext(chain, String.valueOf(command.version()), ApprovalChain.Act.DECISION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.approved(), reasons);
        apply(new FeeScheduleDecided(schedulesId, command.version(), command.approved(), reasons));
    }

    /**
     * A22(c): the Head of the Judiciary confirms the approved version, once, before its effective date (a schedule
     * never takes effect retroactively); a refusal states its reasons.
     */
    @CommandHandler
    public void handle(ConfirmFeeSchedule command, MetaData metaData) {
        ApprovalChain.Act.CONFIRMATION.requireActor(metaData);
        ApprovalChain.requireNext(chain, String.valueOf(command.version()), ApprovalChain.Act.CONFIRMATION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.confirmed(), reasons);
        RuleViolation.require(!command.confirmed() || open.effectiveFrom().isAfter(now()), Rule.A24_FEES_INVALID,
                "the version's effective date has passed: a schedule does not take effect retroactively; propose a new version");
        apply(new FeeScheduleConfirmed(schedulesId, command.version(), command.confirmed(), reasons));
    }

    /**
     * A37-1: the manager or a staff member of the office posts the version in force now, once per office and version
     * (ADR 0921, revisited).
     */
    @CommandHandler
    public void handle(PostFeeSchedule command, MetaData metaData, OfficeDirectory offices) {
        Actor actor = Actor.from(metaData);
        String office = command.officeId();
        boolean staff = office != null && office.equals(actor.officeId()) && actor.role().isOfficeStaff()
                && offices.staffingOf(office).map(s -> s.employs(actor.id())).orElse(false);
        RuleViolation.require(staff, Rule.A37_1_POSTING_BY_OFFICE_STAFF_ONLY, "officeId",
                "the schedule is posted by the staff of office " + office);
        Optional<ConfirmedSchedule> inForce = inForceAt(confirmed, now());
        RuleViolation.require(inForce.isPresent() && inForce.get().version() == command.version(),
                Rule.A37_1_SCHEDULE_NOT_POSTABLE, "version", "an office posts the version in force now ("
                        + inForce.map(s -> "version " + s.version()).orElse("none is") + ")");
        RuleViolation.require(!posted.contains(postingKey(office, command.version())), Rule.A37_1_SCHEDULE_NOT_POSTABLE,
                "version", "office " + office + " has posted version " + command.version() + " already");
        apply(new FeeSchedulePosted(schedulesId, command.version(), office, actor.id()));
    }

    private static String postingKey(String officeId, int version) {
        return officeId + "#" + version;
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** The confirmed versions, oldest first. */
    public List<ConfirmedSchedule> confirmed() {
        return List.copyOf(confirmed);
    }

    /** A22(c), A37-12: the schedule in force at {@code at}: the last confirmed version effective by then. */
    public static Optional<ConfirmedSchedule> inForceAt(List<ConfirmedSchedule> confirmed, Instant at) {
        ConfirmedSchedule found = null;
        for (ConfirmedSchedule schedule : confirmed) {
            if (!schedule.effectiveFrom().isAfter(at)) {
                found = schedule;
            }
        }
        return Optional.ofNullable(found);
    }

    @EventSourcingHandler
    void on(FeeScheduleProposed event) {
        this.schedulesId = event.schedulesId();
        this.open = event;
        this.chain = new ApprovalChain(String.valueOf(event.version()), ApprovalChain.Step.PROPOSED);
        this.lastVersion = event.version();
    }

    @EventSourcingHandler
    void on(FeeScheduleOpinionGiven event) {
        this.chain = chain.after(ApprovalChain.Act.OPINION, event.agrees());
    }

    @EventSourcingHandler
    void on(FeeScheduleDecided event) {
        this.chain = chain.after(ApprovalChain.Act.DECISION, event.approved());
        if (chain == null) {
            this.open = null;
        }
    }

    @EventSourcingHandler
    void on(FeeScheduleConfirmed event) {
        if (event.confirmed()) {
            confirmed.add(new ConfirmedSchedule(open.version(), open.effectiveFrom(), open.fees()));
        }
        this.open = null;
        this.chain = null;
    }

    @EventSourcingHandler
    void on(FeeSchedulePosted event) {
        posted.add(postingKey(event.officeId(), event.version()));
    }
}
