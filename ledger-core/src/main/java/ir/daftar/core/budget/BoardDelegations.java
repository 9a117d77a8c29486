package ir.daftar.core.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.budget.DelegationCommand.DelegateDuty;
import ir.daftar.core.budget.DelegationCommand.WithdrawDelegation;
import ir.daftar.core.budget.DelegationEvent.DelegationWithdrawn;
import ir.daftar.core.budget.DelegationEvent.DutyDelegated;
import ir.daftar.core.kanoon.KanoonRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The GD's delegations of executive duties to a Kanoon's board (A30; ADR 1320), one stream per Kanoon: each duty for
 * Jalali days {@code [from, until)}, until the GD withdraws it. Which delegations were in force on a day is
 * {@link #inForceOn}.
 */
public class BoardDelegations {

    private static final String ID = "[A-Za-z0-9\\-]{1,64}";

    @AggregateIdentifier
    private String delegationsId;
    private final Map<String, Delegation> delegations = new LinkedHashMap<>();

    protected BoardDelegations() {
        // for Axon
    }

    /** The stream of a Kanoon's delegations. */
    public static String idFor(String kanoonId) {
        return "delegations-" + kanoonId;
    }

    /** A delegation and its days {@code [from, until)} (until cut short by a withdrawal). */
    public record Delegation(String delegationId, String duty, JalaliDate from, JalaliDate until, String withdrawnReasons) {

        public boolean inForceOn(JalaliDate day) {
            return from.compareTo(day) <= 0 && day.compareTo(until) < 0;
        }
    }

    /** A30: the GD delegates a duty to a Kanoon formed, for days that end after they start and do not end in the past. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DelegateDuty command, MetaData metaData, KanoonRegistry registry) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A30_DELEGATION_BY_GD_ONLY,
                "the GD delegates its duties");
        requireId(command.kanoonId(), "kanoonId");
        requireId(command.delegationId(), "delegationId");
        RuleViolation.require(idFor(command.kanoonId()).equals(command.delegationsId()), Rule.A30_DELEGATION_INVALID,
                "the delegations of " + command.kanoonId() + " are " + idFor(command.kanoonId()));
        RuleViolation.require(registry.formed().containsValue(command.kanoonId()), Rule.A30_DELEGATION_INVALID,
                "no Kanoon " + command.kanoonId() + " is formed");
        RuleViolation.require(!delegations.containsKey(command.delegationId()), Rule.A30_DELEGATION_INVALID,
                "delegation " + command.delegationId() + " exists");
        String duty = PersianText.normalize(command.duty());
        RuleViolation.require(duty != null && !duty.isBlank() && duty.length() <= 500, Rule.A30_DELEGATION_INVALID,
                "a delegation names its duty (at most 500 characters)");
        RuleViolation.require(command.from() != null && command.until() != null
                        && command.from().compareTo(command.until()) < 0 && command.until().compareTo(today()) > 0,
                Rule.A30_DELEGATION_INVALID, "a delegation's days end after they start, and not in the past");
        apply(new DutyDelegated(command.delegationsId(), command.kanoonId(), command.delegationId(), duty, command.from(),
                command.until()));
    }

    /** A30: the GD withdraws a delegation in force or still to come; it ends today (or never starts). */
    @CommandHandler
    public void handle(WithdrawDelegation command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A30_DELEGATION_BY_GD_ONLY,
                "the GD withdraws its delegations");
        Delegation delegation = delegations.get(command.delegationId());
        JalaliDate today = today();
        RuleViolation.require(delegation != null && delegation.withdrawnReasons() == null
                        && delegation.until().compareTo(today) > 0, Rule.A30_DELEGATION_NOT_IN_FORCE,
                "no delegation " + command.delegationId() + " in force or to come");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(reasons != null && !reasons.isBlank() && reasons.length() <= 2000,
                Rule.A30_DELEGATION_INVALID, "a withdrawal states its reasons");
        JalaliDate endsOn = delegation.from().compareTo(today) > 0 ? delegation.from() : today;
        apply(new DelegationWithdrawn(delegationsId, command.delegationId(), endsOn, reasons));
    }

    /** The delegations of a stream as its events left them. */
    public static List<Delegation> from(Iterable<? extends DelegationEvent> events) {
        BoardDelegations folded = new BoardDelegations();
        for (DelegationEvent event : events) {
            if (event instanceof DutyDelegated e) {
                folded.on(e);
            } else if (event instanceof DelegationWithdrawn e) {
                folded.on(e);
            }
        }
        return new ArrayList<>(folded.delegations.values());
    }

    /** A30: the delegations in force on a day. */
    public static List<Delegation> inForceOn(List<Delegation> delegations, JalaliDate day) {
        return delegations.stream().filter(d -> d.inForceOn(day)).toList();
    }

    private static JalaliDate today() {
        return JalaliDate.of(TehranTime.dayOf(GenericEventMessage.clock.instant()));
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    @EventSourcingHandler
    void on(DutyDelegated event) {
        this.delegationsId = event.delegationsId();
        delegations.put(event.delegationId(), new Delegation(event.delegationId(), event.duty(), event.from(),
                event.until(), null));
    }

    @EventSourcingHandler
    void on(DelegationWithdrawn event) {
        Delegation d = delegations.get(event.delegationId());
        delegations.put(d.delegationId(), new Delegation(d.delegationId(), d.duty(), d.from(), event.endsOn(),
                event.reasons()));
    }
}
