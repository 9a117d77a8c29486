package ir.daftar.core.kanoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.inspection.InspectionOrder;
import ir.daftar.core.kanoon.KanoonCommand.AddInspectorToRoster;
import ir.daftar.core.kanoon.KanoonCommand.AppointBoardRepresentative;
import ir.daftar.core.kanoon.KanoonCommand.DecideBoardProposal;
import ir.daftar.core.kanoon.KanoonCommand.EndBoardMembership;
import ir.daftar.core.kanoon.KanoonCommand.FormKanoon;
import ir.daftar.core.kanoon.KanoonCommand.OrderInspection;
import ir.daftar.core.kanoon.KanoonCommand.ProposeBoardMember;
import ir.daftar.core.kanoon.KanoonCommand.ReappointBoardMember;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberAppointed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberProposed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMemberReappointed;
import ir.daftar.core.kanoon.KanoonEvent.BoardMembershipEnded;
import ir.daftar.core.kanoon.KanoonEvent.BoardProposalRefused;
import ir.daftar.core.kanoon.KanoonEvent.InspectionOrdered;
import ir.daftar.core.kanoon.KanoonEvent.InspectorAddedToRoster;
import ir.daftar.core.kanoon.KanoonEvent.KanoonFormed;
import ir.daftar.core.kanoon.KanoonEvent.OfficesMovedToKanoon;
import ir.daftar.core.kanoon.SeatClaims.Body;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A Kanoon (A25-A28): formed for a province centre, covering that province's offices and, until they have their
 * own, those of the provinces nearest to it; its board of seven with their terms; its inspectors' roster and the
 * inspections its board orders. A seat is claimed against the Council's seats in the same transaction (ADR 1300).
 */
public class Kanoon {

    private static final String ID_PATTERN = "[A-Za-z0-9\\-]{1,64}";
    /** A26 note: how long before a term's end a re-appointment may be decided. */
    static final int REAPPOINTMENT_WINDOW_DAYS = 180;

    @AggregateIdentifier
    private String kanoonId;
    private String provinceCode;
    /** national code -> seat (terms that ended are kept until the seat is taken again; see {@link #sitting}) */
    private final Map<String, BoardSeat> seats = new LinkedHashMap<>();
    private final Map<String, BoardMemberProposed> proposals = new LinkedHashMap<>();
    private final Set<String> decided = new LinkedHashSet<>();
    private final Map<String, String> roster = new LinkedHashMap<>();
    private final Map<String, InspectionOrder> orders = new LinkedHashMap<>();

    protected Kanoon() {
        // for Axon
    }

    /** A25: the id of the Kanoon of a province (one per province). */
    public static String idFor(String provinceCode) {
        return "kanoon-" + provinceCode;
    }

    /**
     * A25: the Judiciary forms the Kanoon of a province centre. The offices of every province whose coverage changes
     * (its own, and any without a Kanoon now nearer to this one) move to it from this instant, one event per province.
     */
    @CommandHandler
    public Kanoon(FormKanoon command, MetaData metaData, KanoonRegistry registry) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A25_FORMED_BY_CENTER_HEAD_ONLY,
                "a Kanoon is formed by the Judiciary (the Center head records it)");
        Province province = Provinces.byCode(command.provinceCode())
                .orElseThrow(() -> new RuleViolation(Rule.A25_PROVINCE_UNKNOWN, "no province " + command.provinceCode()));
        if (!idFor(province.code()).equals(command.kanoonId())) {
            throw new IllegalArgumentException("the Kanoon of " + province.code() + " is " + idFor(province.code()));
        }
        Map<String, String> formed = registry.formedForUpdate();
        RuleViolation.require(!formed.containsKey(province.code()), Rule.A25_KANOON_ALREADY_FORMED,
                "the province already has its Kanoon");
        KanoonCoverage before = new KanoonCoverage(formed);
        KanoonCoverage after = before.with(province.code(), command.kanoonId());
        registry.recordFormation(command.kanoonId(), province.code(), now());
        apply(new KanoonFormed(command.kanoonId(), province.code(), province.centreFa()));
        for (Province p : Provinces.all()) {
            Optional<String> was = before.kanoonFor(p);
            if (after.kanoonFor(p).filter(command.kanoonId()::equals).isPresent()) {
                apply(new OfficesMovedToKanoon(command.kanoonId(), p.code(), was.orElse(null)));
            }
        }
    }

    /** A26: a member proposes an office manager, the Council a judge; the qualification is checked now and at approval. */
    @CommandHandler
    public void handle(ProposeBoardMember command, MetaData metaData, OfficeDirectory offices, OfficeLocator locator,
                       KanoonRegistry registry, SeatClaims claims) {
        Actor actor = Actor.from(metaData);
        requireId(command.proposalId(), "proposalId");
        Objects.requireNonNull(command.kind(), "kind");
        RuleViolation.require(!proposals.containsKey(command.proposalId()), Rule.A26_PROPOSAL_ALREADY_DECIDED,
                "proposal " + command.proposalId() + " was already made");
        requireProposable(command.kind());
        if (command.kind() == BoardSeatKind.OFFICE_MANAGER) {
            RuleViolation.require(actor.role() == ActorRole.OFFICE_MANAGER && covers(actor.officeId(), locator, registry),
                    Rule.A26_PROPOSER_NOT_ENTITLED, "office managers are proposed by the Kanoon's members");
        } else {
            RuleViolation.require(actor.role() == ActorRole.COUNCIL_MEMBER, Rule.A26_PROPOSER_NOT_ENTITLED,
                    "judges are proposed by the Council");
        }
        String nationalCode = nationalCode(command.nationalCode());
        String name = requireName(command.name());
        BoardQualification qualification = command.qualification() == null
                ? new BoardQualification(null, null) : command.qualification();
        requireSeatable(command.kind(), nationalCode, qualification, offices, locator, registry, claims);
        apply(new BoardMemberProposed(kanoonId, command.proposalId(), command.kind(), nationalCode, name, qualification));
    }

    /** A26: the Center head approves (the seat is claimed and taken for three years) or refuses with reasons. */
    @CommandHandler
    public void handle(DecideBoardProposal command, MetaData metaData, OfficeDirectory offices, OfficeLocator locator,
                       KanoonRegistry registry, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A26_APPROVAL_BY_CENTER_HEAD_ONLY,
                "board proposals are decided by the Center head");
        BoardMemberProposed proposal = proposals.get(command.proposalId());
        RuleViolation.require(proposal != null, Rule.A26_PROPOSAL_UNKNOWN, "no proposal " + command.proposalId());
        RuleViolation.require(!decided.contains(command.proposalId()), Rule.A26_PROPOSAL_ALREADY_DECIDED,
                "proposal " + command.proposalId() + " was already decided");
        if (!command.approved()) {
            apply(new BoardProposalRefused(kanoonId, command.proposalId(), requireReason(command.reasons())));
            return;
        }
        requireSeatable(proposal.kind(), proposal.nationalCode(), proposal.qualification(), offices, locator, registry,
                claims);
        seat(proposal.kind(), proposal.nationalCode(), proposal.name(), command.proposalId(), claims);
    }

    /** A26: the GD names its director or representative; the Center head names the Center's representative. */
    @CommandHandler
    public void handle(AppointBoardRepresentative command, MetaData metaData, SeatClaims claims) {
        Actor actor = Actor.from(metaData);
        Objects.requireNonNull(command.kind(), "kind");
        RuleViolation.require(command.kind() != BoardSeatKind.MANAGING_DIRECTOR, Rule.A27_MANAGING_DIRECTOR_ELECTED,
                "the managing director is elected by the board");
        RuleViolation.require(!command.kind().byProposal(), Rule.A26_SEAT_NOT_BY_PROPOSAL,
                "office managers and judges are proposed and approved");
        ActorRole names = command.kind() == BoardSeatKind.GD_REPRESENTATIVE ? ActorRole.GD_OFFICER : ActorRole.CENTER_HEAD;
        RuleViolation.require(actor.role() == names, Rule.A26_PROPOSER_NOT_ENTITLED,
                "the GD names its representative, the Center head the Center's");
        String nationalCode = nationalCode(command.nationalCode());
        String name = requireName(command.name());
        requireFreeSeat(command.kind(), nationalCode);
        seat(command.kind(), nationalCode, name, null, claims);
    }

    /** A26 note: a member is re-appointed for three more years, in the last 180 days of the running term. */
    @CommandHandler
    public void handle(ReappointBoardMember command, MetaData metaData, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A26_APPROVAL_BY_CENTER_HEAD_ONLY,
                "re-appointments are decided by the Center head");
        JalaliDate today = today();
        BoardSeat seat = sitting(command.nationalCode(), today)
                .orElseThrow(() -> new RuleViolation(Rule.A26_NOT_ON_BOARD, "not sitting on this board"));
        RuleViolation.require(seat.term().daysLeftOn(today) <= REAPPOINTMENT_WINDOW_DAYS, Rule.A26_REAPPOINTMENT_NOT_DUE,
                "the term ends on " + seat.term().end() + "; re-appointment is decided in its last "
                        + REAPPOINTMENT_WINDOW_DAYS + " days");
        Term next = Term.threeYearsFrom(seat.term().end());
        claim(seat.nationalCode(), next, claims, Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD);
        apply(new BoardMemberReappointed(kanoonId, seat.nationalCode(), next));
    }

    /** A26: a member leaves the board before the end of the term; the seat's claim ends today. */
    @CommandHandler
    public void handle(EndBoardMembership command, MetaData metaData, SeatClaims claims) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD, Rule.A26_APPROVAL_BY_CENTER_HEAD_ONLY,
                "an early end of membership is recorded by the Center head");
        JalaliDate today = today();
        BoardSeat seat = sitting(command.nationalCode(), today)
                .orElseThrow(() -> new RuleViolation(Rule.A26_NOT_ON_BOARD, "not sitting on this board"));
        String reason = requireReason(command.reason());
        claims.release(seat.nationalCode(), Body.KANOON_BOARD, kanoonId, today.toGregorian());
        apply(new BoardMembershipEnded(kanoonId, seat.nationalCode(), seat.kind(), reason));
    }

    /** A28: a sitting member of the board puts an inspector on the roster. */
    @CommandHandler
    public void handle(AddInspectorToRoster command, MetaData metaData) {
        requireBoardMember(metaData);
        requireId(command.inspectorId(), "inspectorId");
        if (roster.containsKey(command.inspectorId())) {
            return;
        }
        apply(new InspectorAddedToRoster(kanoonId, command.inspectorId(), requireName(command.name())));
    }

    /**
     * A28/A33: a sitting member of the board orders an inspection of an office the Kanoon covers now, over a past
     * period, by inspectors on the roster.
     */
    @CommandHandler
    public void handle(OrderInspection command, MetaData metaData, OfficeLocator locator, KanoonRegistry registry) {
        Actor actor = requireBoardMember(metaData);
        requireId(command.orderId(), "orderId");
        requireId(command.officeId(), "officeId");
        Objects.requireNonNull(command.kind(), "kind");
        RuleViolation.require(!orders.containsKey(command.orderId()), Rule.A28_ORDER_ALREADY_GIVEN,
                "order " + command.orderId() + " was already given");
        RuleViolation.require(covers(command.officeId(), locator, registry), Rule.A28_OFFICE_NOT_COVERED,
                "office " + command.officeId() + " is not covered by this Kanoon");
        Instant now = now();
        RuleViolation.require(command.periodFrom() != null && command.periodTo() != null
                        && command.periodFrom().isBefore(command.periodTo()) && !command.periodTo().isAfter(now),
                Rule.A33_PERIOD_INVALID, "the period ends after it starts and not in the future");
        RuleViolation.require(!command.inspectorIds().isEmpty(), Rule.A28_INSPECTOR_NOT_ON_ROSTER,
                "an order names its inspectors");
        for (String inspector : command.inspectorIds()) {
            RuleViolation.require(roster.containsKey(inspector), Rule.A28_INSPECTOR_NOT_ON_ROSTER,
                    inspector + " is not on the Kanoon's roster");
        }
        apply(new InspectionOrdered(kanoonId, command.orderId(), command.kind(), command.officeId(), command.periodFrom(),
                command.periodTo(), List.copyOf(new LinkedHashSet<>(command.inspectorIds())), actor.id()));
    }

    // ---- rules -------------------------------------------------------------------------

    private static void requireProposable(BoardSeatKind kind) {
        RuleViolation.require(kind != BoardSeatKind.MANAGING_DIRECTOR, Rule.A27_MANAGING_DIRECTOR_ELECTED,
                "the managing director is elected by the board");
        RuleViolation.require(kind.byProposal(), Rule.A26_SEAT_NOT_BY_PROPOSAL,
                "the GD's and the Center's representatives are named, not proposed");
    }

    /** A26 and A23 note: the seat is free, the person qualifies for it and sits on no Council in the term. */
    private void requireSeatable(BoardSeatKind kind, String nationalCode, BoardQualification qualification,
                                 OfficeDirectory offices, OfficeLocator locator, KanoonRegistry registry, SeatClaims claims) {
        requireFreeSeat(kind, nationalCode);
        JalaliDate today = today();
        if (kind == BoardSeatKind.OFFICE_MANAGER) {
            String officeId = qualification.officeId();
            boolean manages = officeId != null && offices.staffingOf(officeId)
                    .map(s -> s.staff().stream().anyMatch(m -> m.role() == StaffRole.MANAGER
                            && m.nationalCode().value().equals(nationalCode)))
                    .orElse(false);
            RuleViolation.require(manages && covers(officeId, locator, registry), Rule.A26_NOT_AN_OFFICE_MANAGER,
                    "not the manager of an office this Kanoon covers");
        } else if (kind == BoardSeatKind.JUDGE) {
            JalaliDate since = qualification.judicialServiceSince();
            RuleViolation.require(since != null && Term.plusYears(since, 10).compareTo(today) <= 0,
                    Rule.A26_JUDICIAL_SERVICE_UNDER_TEN_YEARS, "a judge's seat needs ten years of judicial service");
        }
        Term term = Term.threeYearsFrom(today);
        claims.conflicting(nationalCode, Body.KANOON_BOARD, term.startDay(), term.endDay()).ifPresent(council -> {
            throw new RuleViolation(Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD, "sits on the Council in the term");
        });
    }

    private void requireFreeSeat(BoardSeatKind kind, String nationalCode) {
        JalaliDate today = today();
        RuleViolation.require(sitting(nationalCode, today).isEmpty(), Rule.A26_ALREADY_ON_BOARD,
                "already sits on this board");
        long taken = seats.values().stream().filter(s -> s.kind() == kind && s.term().heldOn(today)).count();
        RuleViolation.require(taken < kind.seats(), Rule.A26_SEATS_FULL,
                "the board's " + kind.seats() + " " + kind.name().toLowerCase() + " seat(s) are taken");
    }

    /** Claims the seat against the Council's (ADR 1300) and records the appointment. */
    private void seat(BoardSeatKind kind, String nationalCode, String name, String proposalId, SeatClaims claims) {
        Term term = Term.threeYearsFrom(today());
        claim(nationalCode, term, claims, Rule.A23_COUNCIL_MEMBER_NOT_ON_BOARD);
        apply(new BoardMemberAppointed(kanoonId, kind, nationalCode, name, term, proposalId));
    }

    private void claim(String nationalCode, Term term, SeatClaims claims, Rule rule) {
        claims.claim(nationalCode, Body.KANOON_BOARD, kanoonId, term.startDay(), term.endDay()).ifPresent(council -> {
            throw new RuleViolation(rule, "sits on the Council in the term");
        });
    }

    /** A28: the actor sits on this board today. */
    private Actor requireBoardMember(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.KANOON_BOARD_MEMBER && sitting(actor.id(), today()).isPresent(),
                Rule.A28_BOARD_MEMBER_ONLY, "the board's acts are done by a sitting member of this board");
        return actor;
    }

    /** A25: whether this Kanoon covers the office now. */
    private boolean covers(String officeId, OfficeLocator locator, KanoonRegistry registry) {
        if (officeId == null) {
            return false;
        }
        KanoonCoverage coverage = new KanoonCoverage(registry.formed());
        return locator.provinceOf(officeId).flatMap(coverage::kanoonFor).filter(kanoonId::equals).isPresent();
    }

    private Optional<BoardSeat> sitting(String nationalCode, JalaliDate day) {
        return Optional.ofNullable(seats.get(nationalCode)).filter(s -> s.term().heldOn(day));
    }

    private static String nationalCode(String code) {
        if (code == null || !NationalCode.isValid(code)) {
            throw new IllegalArgumentException("nationalCode is not a valid national code");
        }
        return code;
    }

    private static String requireName(String name) {
        String n = PersianText.normalize(name);
        if (n == null || n.isBlank() || n.length() > 200) {
            throw new IllegalArgumentException("name is required (at most 200 characters)");
        }
        return n;
    }

    private static String requireReason(String reason) {
        String r = PersianText.normalize(reason);
        RuleViolation.require(r != null && !r.isBlank(), Rule.A26_REASON_REQUIRED, "state the reasons");
        if (r.length() > 2000) {
            throw new IllegalArgumentException("reasons: at most 2000 characters");
        }
        return r;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private static JalaliDate today() {
        return JalaliDate.of(TehranTime.dayOf(now()));
    }

    // ---- reading ------------------------------------------------------------------------

    /** A Kanoon as its events left it, for readers (the board's page, the inspection orders). */
    public record State(String kanoonId, String provinceCode, List<BoardSeat> seats, Map<String, String> roster,
                        List<InspectionOrder> orders) {
    }

    /** Folds a Kanoon's events with the aggregate's own handlers. */
    public static State stateFrom(Iterable<? extends KanoonEvent> events) {
        Kanoon kanoon = new Kanoon();
        for (KanoonEvent event : events) {
            kanoon.replay(event);
        }
        return new State(kanoon.kanoonId, kanoon.provinceCode, List.copyOf(kanoon.seats.values()),
                Map.copyOf(kanoon.roster), List.copyOf(kanoon.orders.values()));
    }

    private void replay(KanoonEvent event) {
        if (event instanceof KanoonFormed e) {
            on(e);
        } else if (event instanceof BoardMemberProposed e) {
            on(e);
        } else if (event instanceof BoardProposalRefused e) {
            on(e);
        } else if (event instanceof BoardMemberAppointed e) {
            on(e);
        } else if (event instanceof BoardMemberReappointed e) {
            on(e);
        } else if (event instanceof BoardMembershipEnded e) {
            on(e);
        } else if (event instanceof InspectorAddedToRoster e) {
            on(e);
        } else if (event instanceof InspectionOrdered e) {
            on(e);
        }
    }

    // ---- state -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(KanoonFormed event) {
        this.kanoonId = event.kanoonId();
        this.provinceCode = event.provinceCode();
    }

    @EventSourcingHandler
    void on(BoardMemberProposed event) {
        proposals.put(event.proposalId(), event);
    }

    @EventSourcingHandler
    void on(BoardProposalRefused event) {
        decided.add(event.proposalId());
    }

    @EventSourcingHandler
    void on(BoardMemberAppointed event) {
        if (event.proposalId() != null) {
            decided.add(event.proposalId());
        }
        seats.put(event.nationalCode(), new BoardSeat(event.kind(), event.nationalCode(), event.name(), event.term()));
    }

    @EventSourcingHandler
    void on(BoardMemberReappointed event) {
        BoardSeat seat = seats.get(event.nationalCode());
        seats.put(event.nationalCode(), new BoardSeat(seat.kind(), seat.nationalCode(), seat.name(),
                new Term(seat.term().start(), event.term().end())));
    }

    @EventSourcingHandler
    void on(BoardMembershipEnded event) {
        seats.remove(event.nationalCode());
    }

    @EventSourcingHandler
    void on(InspectorAddedToRoster event) {
        roster.put(event.inspectorId(), event.name());
    }

    @EventSourcingHandler
    void on(InspectionOrdered event) {
        orders.put(event.orderId(), new InspectionOrder(event.kanoonId(), event.orderId(), event.kind(), event.officeId(),
                event.periodFrom(), event.periodTo(), event.inspectorIds()));
    }
}
