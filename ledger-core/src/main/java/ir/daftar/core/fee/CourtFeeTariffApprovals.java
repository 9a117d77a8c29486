package ir.daftar.core.fee;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.fee.TariffCommand.ConfirmCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.DecideCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.GiveCourtFeeTariffOpinion;
import ir.daftar.core.fee.TariffCommand.ProposeCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.RecordShippedCourtFeeTariff;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffConfirmed;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffDecided;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffOpinionGiven;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffProposed;
import ir.daftar.core.fee.TariffEvent.ShippedCourtFeeTariffRecorded;
import ir.daftar.core.feeschedule.ApprovalChain;
import ir.daftar.core.feeschedule.ApprovalChain.Act;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The court-fee tariffs' approval trail (A22(c); ADR 0921, revisited), one stream: a tariff version is used only once
 * it went through the same four steps as the office service fee schedules ({@link ApprovalChain}): Council proposal,
 * GD opinion, Center head approval, Head of the Judiciary confirmation, before its effective date. The tariffs shipped
 * with the application, in force by law before the ledger kept this trail, are recorded as approved by the system.
 */
public class CourtFeeTariffApprovals {

    /** The one stream of the court-fee tariffs. */
    public static final String ID = "COURT-FEE-TARIFFS";

    @AggregateIdentifier
    private String tariffsId;
    private CourtFeeTariffProposed open;
    private ApprovalChain chain;
    /** Every version named so far (proposed or shipped): a version name is used once. */
    private final Set<String> versions = new HashSet<>();
    private final List<CourtFeeTariff> approved = new ArrayList<>();
    /** The versions recorded as shipped: recording one again changes nothing. */
    private final Set<String> shipped = new HashSet<>();

    protected CourtFeeTariffApprovals() {
        // for Axon
    }

    /** The Council proposes a new version, effective in the future and after the last approved one. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeCourtFeeTariff command, MetaData metaData) {
        Act.PROPOSAL.requireActor(metaData);
        RuleViolation.require(ID.equals(command.tariffsId()), Rule.A22_TARIFF_INVALID, "the tariffs are " + ID);
        CourtFeeTariff tariff = command.tariff();
        RuleViolation.require(tariff != null, Rule.A22_TARIFF_INVALID, "tariff", "a proposal carries the whole tariff");
        ApprovalChain.open(chain, tariff.version());
        RuleViolation.require(!versions.contains(tariff.version()), Rule.A22_TARIFF_INVALID, "tariff.version",
                "version " + tariff.version() + " was named before");
        RuleViolation.require(tariff.effectiveFrom().isAfter(now()), Rule.A22_TARIFF_INVALID, "tariff.effectiveFrom",
                "a tariff takes effect at a time in the future");
        RuleViolation.require(approved.isEmpty() || tariff.effectiveFrom().isAfter(last().effectiveFrom()),
                Rule.A22_TARIFF_INVALID, "tariff.effectiveFrom", "a version takes effect after the version before it");
        String session = PersianText.normalize(command.councilSession());
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(session != null && !session.isBlank() && reasons != null && !reasons.isBlank(),
                Rule.A24_FEES_REASON_REQUIRED, "the Council's proposal names its session and states its reasons");
        apply(new CourtFeeTariffProposed(command.tariffsId(), tariff, session, reasons));
    }

    @CommandHandler
    public void handle(GiveCourtFeeTariffOpinion command, MetaData metaData) {
        Act.OPINION.requireActor(metaData);
        ApprovalChain.requireNext(chain, command.version(), Act.OPINION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.agrees(), reasons);
        apply(new CourtFeeTariffOpinionGiven(tariffsId, command.version(), command.agrees(), reasons));
    }

    @CommandHandler
    public void handle(DecideCourtFeeTariff command, MetaData metaData) {
        Act.DECISION.requireActor(metaData);
        ApprovalChain.requireNext(chain, command.version(), Act.DECISION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.approved(), reasons);
        apply(new CourtFeeTariffDecided(tariffsId, command.version(), command.approved(), reasons));
    }

    /** Confirmed before its effective date: a tariff never takes effect retroactively. */
    @CommandHandler
    public void handle(ConfirmCourtFeeTariff command, MetaData metaData) {
        Act.CONFIRMATION.requireActor(metaData);
        ApprovalChain.requireNext(chain, command.version(), Act.CONFIRMATION);
        String reasons = PersianText.normalize(command.reasons());
        ApprovalChain.requireReasons(command.confirmed(), reasons);
        RuleViolation.require(!command.confirmed() || open.tariff().effectiveFrom().isAfter(now()), Rule.A22_TARIFF_INVALID,
                "the version's effective date has passed: propose a new version");
        apply(new CourtFeeTariffConfirmed(tariffsId, command.version(), command.confirmed(), reasons));
    }

    /** The system records a shipped tariff as approved; a version recorded as shipped before is no change. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordShippedCourtFeeTariff command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.SYSTEM, Rule.A22_TARIFF_INVALID,
                "shipped tariffs are recorded by the system at start");
        RuleViolation.require(ID.equals(command.tariffsId()) && command.tariff() != null, Rule.A22_TARIFF_INVALID,
                "the tariffs are " + ID);
        if (shipped.contains(command.tariff().version())) {
            return;
        }
        RuleViolation.require(!versions.contains(command.tariff().version()), Rule.A22_TARIFF_INVALID,
                "version " + command.tariff().version() + " was proposed through the approval steps");
        apply(new ShippedCourtFeeTariffRecorded(command.tariffsId(), command.tariff(), command.source()));
    }

    private CourtFeeTariff last() {
        return approved.stream().max(java.util.Comparator.comparing(CourtFeeTariff::effectiveFrom)).orElseThrow();
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** The approved tariffs (confirmed or shipped), from the trail's events in order; other payloads are ignored. */
    public static List<CourtFeeTariff> approvedIn(Iterable<?> payloads) {
        List<CourtFeeTariff> found = new ArrayList<>();
        CourtFeeTariffProposed proposed = null;
        for (Object payload : payloads) {
            if (payload instanceof CourtFeeTariffProposed p) {
                proposed = p;
            } else if (payload instanceof CourtFeeTariffConfirmed c && c.confirmed() && proposed != null
                    && proposed.tariff().version().equals(c.version())) {
                found.add(proposed.tariff());
            } else if (payload instanceof ShippedCourtFeeTariffRecorded s) {
                found.add(s.tariff());
            }
        }
        return found;
    }

    @EventSourcingHandler
    void on(CourtFeeTariffProposed event) {
        this.tariffsId = event.tariffsId();
        this.open = event;
        this.chain = new ApprovalChain(event.tariff().version(), ApprovalChain.Step.PROPOSED);
        versions.add(event.tariff().version());
    }

    @EventSourcingHandler
    void on(CourtFeeTariffOpinionGiven event) {
        this.chain = chain.after(Act.OPINION, event.agrees());
    }

    @EventSourcingHandler
    void on(CourtFeeTariffDecided event) {
        this.chain = chain.after(Act.DECISION, event.approved());
        if (chain == null) {
            this.open = null;
        }
    }

    @EventSourcingHandler
    void on(CourtFeeTariffConfirmed event) {
        if (event.confirmed()) {
            approved.add(open.tariff());
        }
        this.open = null;
        this.chain = null;
    }

    @EventSourcingHandler
    void on(ShippedCourtFeeTariffRecorded event) {
        this.tariffsId = event.tariffsId();
        versions.add(event.tariff().version());
        shipped.add(event.tariff().version());
        approved.add(event.tariff());
    }
}
