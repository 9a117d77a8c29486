package ir.daftar.core.feeschedule;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
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

    /** Where the open version stands: proposed, opinion given, approved (waiting for confirmation). */
    enum Step {
        PROPOSED, OPINION_GIVEN, APPROVED
    }

    @AggregateIdentifier
    private String schedulesId;
    private FeeScheduleProposed open;
    private Step step;
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
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.COUNCIL_MEMBER, Rule.A24_FEES_BY_COUNCIL_ONLY,
                "office service fees are proposed by the Advisory Council");
        RuleViolation.require(ID.equals(command.schedulesId()), Rule.A24_FEES_INVALID, "the schedules are " + ID);
        RuleViolation.require(open == null, Rule.A24_FEES_OUT_OF_ORDER,
                "version " + (open == null ? 0 : open.version()) + " is not decided yet");
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
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A22_FEES_OPINION_BY_GD_ONLY,
                "the opinion on office service fees is the GD's");
        requireOpen(command.version(), Step.PROPOSED, "the GD's opinion follows the Council's proposal, once");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.agrees() || (reasons != null && !reasons.isBlank()), Rule.A24_FEES_REASON_REQUIRED,
                "a disagreeing opinion states its reasons");
        apply(new FeeScheduleOpinionGiven(schedulesId, command.version(), command.agrees(), reasons));
    }

    /** A22(c): the Center head approves or refuses, once, after the GD's opinion; a refusal states its reasons. */
    @CommandHandler
    public void handle(DecideFeeSchedule command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A22_FEES_APPROVAL_BY_CENTER_HEAD_ONLY,
                "office service fees are approved by the Center head");
        requireOpen(command.version(), Step.OPINION_GIVEN, "the Center head decides after the GD's opinion, once");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.approved() || (reasons != null && !reasons.isBlank()), Rule.A24_FEES_REASON_REQUIRED,
                "a refusal states its reasons");
        apply(new FeeScheduleDecided(schedulesId, command.version(), command.approved(), reasons));
    }

    /**
     * A22(c): the Head of the Judiciary confirms the approved version, once, before its effective date (a schedule
     * never takes effect retroactively); a refusal states its reasons.
     */
    @CommandHandler
    public void handle(ConfirmFeeSchedule command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.HEAD_OF_JUDICIARY,
                Rule.A22_FEES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY, "office service fees are confirmed by the Head of the Judiciary");
        requireOpen(command.version(), Step.APPROVED, "the Head of the Judiciary confirms a version the Center head approved, once");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.confirmed() || (reasons != null && !reasons.isBlank()), Rule.A24_FEES_REASON_REQUIRED,
                "a refusal states its reasons");
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

    private void requireOpen(int version, Step expected, String message) {
        RuleViolation.require(open != null && open.version() == version && step == expected, Rule.A24_FEES_OUT_OF_ORDER,
                message + " (version " + version + ")");
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
        this.step = Step.PROPOSED;
        this.lastVersion = event.version();
    }

    @EventSourcingHandler
    void on(FeeScheduleOpinionGiven event) {
        this.step = Step.OPINION_GIVEN;
    }

    @EventSourcingHandler
    void on(FeeScheduleDecided event) {
        if (event.approved()) {
            this.step = Step.APPROVED;
        } else {
            this.open = null;
            this.step = null;
        }
    }

    @EventSourcingHandler
    void on(FeeScheduleConfirmed event) {
        if (event.confirmed()) {
            confirmed.add(new ConfirmedSchedule(open.version(), open.effectiveFrom(), open.fees()));
        }
        this.open = null;
        this.step = null;
    }

    @EventSourcingHandler
    void on(FeeSchedulePosted event) {
        posted.add(postingKey(event.officeId(), event.version()));
    }
}
