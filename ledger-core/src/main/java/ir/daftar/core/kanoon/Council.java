package ir.daftar.core.kanoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.kanoon.CouncilCommand.DecideCouncilProposal;
import ir.daftar.core.kanoon.CouncilCommand.EndCouncilMembership;
import ir.daftar.core.kanoon.CouncilCommand.ProposeCouncilMember;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMemberAppointed;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMemberProposed;
import ir.daftar.core.kanoon.CouncilEvent.CouncilMembershipEnded;
import ir.daftar.core.kanoon.CouncilEvent.CouncilProposalRefused;
import ir.daftar.core.kanoon.SeatClaims.Body;
import ir.daftar.core.party.NationalCode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The Advisory Council's membership (A23): five members appointed by the Center head on the GD's proposal, each for
 * a term. One stream ({@link #ID}) keeps the five seats; a seat is claimed against the Kanoon boards' seats in the
 * same transaction as the appointment (A23 note, ADR 1300).
 */
public class Council {

    /** The one identifier of the Council's stream. */
    public static final String ID = "advisory-council";
    /** A23: the Council has five members. */
    static final int SEATS = 5;
    /** The longest term the GD may propose (the regulation sets none; ADR 1300). */
    static final int MAX_TERM_YEARS = 5;

    @AggregateIdentifier
    private String councilId;
    private final Map<String, CouncilMemberProposed> proposals = new LinkedHashMap<>();
    private final Set<String> decided = new LinkedHashSet<>();
    /** national code -> the member's seat */
    private final Map<String, CouncilMemberAppointed> members = new LinkedHashMap<>();

    protected Council() {
        // for Axon
    }

    /** A23: the GD proposes a person, with the end of the term; a board member of any Kanoon is refused already here. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeCouncilMember command, MetaData metaData, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A23_PROPOSAL_BY_GD_ONLY,
                "Council members are proposed by the GD");
        if (!ID.equals(command.councilId())) {
            throw new IllegalArgumentException("the Council's id is " + ID);
        }
        if (command.proposalId() == null || !command.proposalId().matches("[A-Za-z0-9\\-]{1,64}")) {
            throw new IllegalArgumentException("proposalId must be 1-64 letters, digits or dashes");
        }
        RuleViolation.require(!proposals.containsKey(command.proposalId()), Rule.A23_PROPOSAL_ALREADY_DECIDED,
                "proposal " + command.proposalId() + " was already made");
        if (command.nationalCode() == null || !NationalCode.isValid(command.nationalCode())) {
            throw new IllegalArgumentException("nationalCode is not a valid national code");
        }
        String name = PersianText.normalize(command.name());
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name is required (at most 200 characters)");
        }
        Term term = termTo(command.termEnd());
        requireSeatable(command.nationalCode(), term, claims);
        apply(new CouncilMemberProposed(ID, command.proposalId(), command.nationalCode(), name, command.termEnd()));
    }

    /** A23: the Center head appoints (the seat is claimed against the boards' seats) or refuses with reasons. */
    @CommandHandler
    public void handle(DecideCouncilProposal command, MetaData metaData, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A23_APPOINTMENT_BY_CENTER_HEAD_ONLY,
                "Council members are appointed by the Center head");
        CouncilMemberProposed proposal = proposals.get(command.proposalId());
        RuleViolation.require(proposal != null, Rule.A23_PROPOSAL_UNKNOWN, "no proposal " + command.proposalId());
        RuleViolation.require(!decided.contains(command.proposalId()), Rule.A23_PROPOSAL_ALREADY_DECIDED,
                "proposal " + command.proposalId() + " was already decided");
        if (!command.approved()) {
            apply(new CouncilProposalRefused(councilId, command.proposalId(), requireReason(command.reasons())));
            return;
        }
        Term term = termTo(proposal.termEnd());
        requireSeatable(proposal.nationalCode(), term, claims);
        claims.claim(proposal.nationalCode(), Body.COUNCIL, ID, term.startDay(), term.endDay()).ifPresent(kanoon -> {
            throw new RuleViolation(Rule.A23_BOARD_MEMBER_NOT_ON_COUNCIL, "sits on the board of " + kanoon + " in the term");
        });
        apply(new CouncilMemberAppointed(councilId, command.proposalId(), proposal.nationalCode(), proposal.name(), term));
    }

    /** A23: a member leaves before the end of the term; the seat's claim ends today. */
    @CommandHandler
    public void handle(EndCouncilMembership command, MetaData metaData, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A23_APPOINTMENT_BY_CENTER_HEAD_ONLY,
                "an early end of membership is recorded by the Center head");
        JalaliDate today = today();
        RuleViolation.require(sitting(command.nationalCode(), today).isPresent(), Rule.A23_NOT_ON_COUNCIL,
                "not sitting on the Council");
        String reason = requireReason(command.reason());
        claims.release(command.nationalCode(), Body.COUNCIL, ID, today.toGregorian());
        apply(new CouncilMembershipEnded(councilId, command.nationalCode(), reason));
    }

    /** A23 and its note: a free seat of five, not already a member, no board seat in the term. */
    private void requireSeatable(String nationalCode, Term term, SeatClaims claims) {
        JalaliDate today = today();
        RuleViolation.require(sitting(nationalCode, today).isEmpty(), Rule.A23_ALREADY_ON_COUNCIL,
                "already sits on the Council");
        long sitting = members.values().stream().filter(m -> m.term().heldOn(today)).count();
        RuleViolation.require(sitting < SEATS, Rule.A23_COUNCIL_FULL, "the Council's five seats are taken");
        claims.conflicting(nationalCode, Body.COUNCIL, term.startDay(), term.endDay()).ifPresent(kanoon -> {
            throw new RuleViolation(Rule.A23_BOARD_MEMBER_NOT_ON_COUNCIL, "sits on the board of " + kanoon + " in the term");
        });
    }

    /** A23: a term from today to the proposed end, after today and at most five years ahead. */
    private static Term termTo(JalaliDate end) {
        JalaliDate today = today();
        RuleViolation.require(end != null && end.compareTo(today) > 0
                        && end.compareTo(Term.plusYears(today, MAX_TERM_YEARS)) <= 0, Rule.A23_TERM_INVALID,
                "the term ends after today and at most " + MAX_TERM_YEARS + " years ahead");
        return new Term(today, end);
    }

    private static String requireReason(String reason) {
        String r = PersianText.normalize(reason);
        RuleViolation.require(r != null && !r.isBlank(), Rule.A23_TERM_INVALID, "state the reasons");
        if (r.length() > 2000) {
            throw new IllegalArgumentException("reasons: at most 2000 characters");
        }
        return r;
    }

    private Optional<CouncilMemberAppointed> sitting(String nationalCode, JalaliDate day) {
        return Optional.ofNullable(members.get(nationalCode)).filter(m -> m.term().heldOn(day));
    }

    private static JalaliDate today() {
        return JalaliDate.of(TehranTime.dayOf(GenericEventMessage.clock.instant()));
    }

    /** The members sitting on {@code day}, for readers, folded with the aggregate's own handlers. */
    public static List<CouncilMemberAppointed> membersFrom(Iterable<? extends CouncilEvent> events, JalaliDate day) {
        Council council = new Council();
        for (CouncilEvent event : events) {
            if (event instanceof CouncilMemberProposed e) {
                council.on(e);
            } else if (event instanceof CouncilProposalRefused e) {
                council.on(e);
            } else if (event instanceof CouncilMemberAppointed e) {
                council.on(e);
            } else if (event instanceof CouncilMembershipEnded e) {
                council.on(e);
            }
        }
        return council.members.values().stream().filter(m -> m.term().heldOn(day)).toList();
    }

    @EventSourcingHandler
    void on(CouncilMemberProposed event) {
        this.councilId = event.councilId();
        proposals.put(event.proposalId(), event);
    }

    @EventSourcingHandler
    void on(CouncilProposalRefused event) {
        decided.add(event.proposalId());
    }

    @EventSourcingHandler
    void on(CouncilMemberAppointed event) {
        decided.add(event.proposalId());
        members.put(event.nationalCode(), event);
    }

    @EventSourcingHandler
    void on(CouncilMembershipEnded event) {
        members.remove(event.nationalCode());
    }
}
