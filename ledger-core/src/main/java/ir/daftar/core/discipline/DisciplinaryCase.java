package ir.daftar.core.discipline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.FinalizeUnappealedRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.IssueRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.LodgeAppeal;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.NotifyRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ObjectToRuling;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.OpenDisciplinaryCase;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.PublishReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ReferCrime;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.ReferToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.WithdrawComplaint;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.WithdrawReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.AppealLodged;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CenterHeadObjected;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ComplaintWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CrimeReferred;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandPublished;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandWithdrawn;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingNotified;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.DeadlineRule;
import ir.daftar.core.notice.ServiceDeadlines;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A disciplinary case (A34-A38): opened from a complaint, an accepted inspection finding or a reported
 * violation against an office's manager or a staff member; heard by the Primary Board and, on an appeal
 * (degrees 5-6, within 20 days of notification) or the Center head's objection, by the Appeal Board. A final
 * ruling is executed on the office's licence by {@link RulingExecution}.
 */
public class DisciplinaryCase {

    /** A36: the appeal period of a ruling of degree 5 or 6. */
    public static final DeadlineRule APPEAL_PERIOD = new DeadlineRule(DeadlineKind.APPEAL, 20);
    private static final String ID = "[A-Za-z0-9\\-]{1,64}";

    @AggregateIdentifier
    private String caseId;
    private String officeId;
    private String accusedId;
    private boolean manager;
    private CaseOrigin origin;
    private final Set<Integer> charges = new LinkedHashSet<>();
    private Instant openedAt;
    private boolean complaintWithdrawn;
    private CaseReferredToBoard primaryBoard;
    private CaseReferredToBoard appealBoard;
    private RulingIssued primaryRuling;
    private RulingIssued appealRuling;
    private Deadline appealDeadline;
    private boolean notified;
    private boolean appealed;
    private boolean objected;
    private final Set<String> finalRulings = new HashSet<>();
    private final Set<String> setAside = new HashSet<>();
    private final Set<String> published = new HashSet<>();
    private final Set<String> withdrawn = new HashSet<>();

    protected DisciplinaryCase() {
        // for Axon
    }

    /**
     * A34/A37: opened by the GD or the Center head (from an accepted finding, also by an inspector; from a complaint,
     * also by the member of the covering Kanoon's board whose referral the complaint's record names, A28(e)).
     */
    @CommandHandler
    public DisciplinaryCase(OpenDisciplinaryCase command, MetaData metaData, OfficeDirectory offices,
                            AcceptedFindings findings, ComplaintCases complaints) {
        Actor actor = Actor.from(metaData);
        requireId(command.caseId(), "caseId");
        RuleViolation.require(command.origin() != null, Rule.A34_ORIGIN_INVALID, "a case names its origin");
        boolean administration = actor.role() == ActorRole.GD_OFFICER || actor.role() == ActorRole.CENTER_HEAD;
        if (actor.role() == ActorRole.KANOON_BOARD_MEMBER && command.origin() == CaseOrigin.COMPLAINT) {
            RuleViolation.require(command.complaintId() != null && complaints.caseOf(command.complaintId())
                            .filter(c -> c.caseId().equals(command.caseId()) && c.officeId().equals(command.officeId())
                                    && c.openedBy().equals(actor.id())).isPresent(),
                    Rule.A34_COMPLAINT_CASE_NOT_RECORDED,
                    "the complaint's record does not name this case, office and board member");
        } else {
            RuleViolation.require(administration || (actor.role() == ActorRole.INSPECTOR
                            && command.origin() == CaseOrigin.INSPECTION_FINDING), Rule.A34_ADMINISTRATION_ONLY,
                    "a case is opened by the GD or the Center head, or from an accepted finding by an inspector");
        }
        OfficeStaffing staffing = offices.staffingOf(command.officeId()).orElseThrow(() -> new RuleViolation(
                Rule.A34_ACCUSED_NOT_STAFF, "office " + command.officeId() + " is not registered"));
        StaffMember accused = staffing.staff().stream()
                .filter(m -> m.nationalCode().value().equals(command.accusedId())).findFirst()
                .orElseThrow(() -> new RuleViolation(Rule.A34_ACCUSED_NOT_STAFF,
                        "the accused is not the manager or a staff member of office " + command.officeId()));
        Set<Integer> charged = new LinkedHashSet<>(command.charges());
        String statement = PersianText.normalize(command.statement());
        List<String> evidence = List.of();
        String inspectionId = null;
        String findingId = null;
        if (command.origin() == CaseOrigin.INSPECTION_FINDING) {
            AcceptedFinding finding = findings.find(command.inspectionId(), command.findingId()).orElseThrow(() ->
                    new RuleViolation(Rule.A33_FINDING_NOT_ACCEPTED, "no finding " + command.findingId()
                            + " was accepted in inspection " + command.inspectionId()));
            RuleViolation.require(finding.officeId().equals(command.officeId()), Rule.A33_FINDING_NOT_ACCEPTED,
                    "the finding is about another office");
            if (finding.clause() > 0) {
                charged.add(finding.clause());
            }
            evidence = finding.evidenceEventIds();
            inspectionId = finding.inspectionId();
            findingId = finding.findingId();
        } else {
            RuleViolation.require(statement != null && !statement.isBlank() && statement.length() <= 4000,
                    Rule.A34_ORIGIN_INVALID, "a complaint or a reported violation is stated (at most 4000 characters)");
        }
        requireClauses(charged);
        apply(new DisciplinaryCaseOpened(command.caseId(), command.origin(), command.officeId(), command.accusedId(),
                accused.role(), List.copyOf(charged), statement, inspectionId, findingId, evidence));
    }

    /** A34: Primary Board first; the Appeal Board after an appeal or an objection, none of whose members sat below. */
    @CommandHandler
    public void handle(ReferToBoard command, MetaData metaData, BoardDirectory boards) {
        requireAdministration(metaData);
        BoardComposition board = boards.boardOf(command.boardId()).orElseThrow(() ->
                new RuleViolation(Rule.A34_WRONG_BOARD, "no board " + command.boardId()));
        RuleViolation.require(board.chairId() != null, Rule.A34_CHAIR_NOT_ELECTED,
                "the board elects its chair before it hears a case");
        if (primaryRuling == null) {
            RuleViolation.require(primaryBoard == null, Rule.A34_CASE_OUT_OF_ORDER, "the case is already before a board");
            RuleViolation.require(board.level() == BoardLevel.PRIMARY, Rule.A34_WRONG_BOARD,
                    "a case is heard first by a Primary Board");
        } else {
            RuleViolation.require((appealed || objected) && appealBoard == null, Rule.A34_CASE_OUT_OF_ORDER,
                    "the Appeal Board hears a Primary ruling only on an appeal or the Center head's objection, once");
            RuleViolation.require(board.level() == BoardLevel.APPEAL, Rule.A34_WRONG_BOARD,
                    "an appeal or objection is heard by an Appeal Board");
            List<String> sat = board.memberIds().stream().filter(primaryRuling.presentMemberIds()::contains).toList();
            RuleViolation.require(sat.isEmpty(), Rule.A34_MEMBER_SAT_ON_PRIMARY,
                    "sat on the Primary ruling " + primaryRuling.rulingId() + ": " + sat);
        }
        apply(new CaseReferredToBoard(caseId, board.boardId(), board.level(), board.members(), board.chairId()));
    }

    /**
     * A34 note 2, A35, A37, A38: the chair issues the ruling of a board that sat with all its members and decided
     * by majority; degrees 5-6 only against the manager; a repeat offence after a final degree 1-4 ruling gets a
     * higher degree. A Primary ruling of degree 1-4 (or of no violation) is final at once (A36); an Appeal ruling is final.
     */
    @CommandHandler
    public void handle(IssueRuling command, MetaData metaData, DisciplinaryHistory history) {
        Actor actor = Actor.from(metaData);
        CaseReferredToBoard board;
        if (primaryRuling == null && primaryBoard != null) {
            board = primaryBoard;
        } else if (primaryRuling != null && appealBoard != null && appealRuling == null) {
            board = appealBoard;
        } else {
            throw new RuleViolation(Rule.A34_CASE_OUT_OF_ORDER, "no board is hearing the case now");
        }
        RuleViolation.require(actor.role() == ActorRole.BOARD_MEMBER && actor.id().equals(board.chairId()),
                Rule.A34_CHAIR_ONLY, "the ruling is issued by the chair of board " + board.boardId());
        requireId(command.rulingId(), "rulingId");
        RuleViolation.require(primaryRuling == null || !primaryRuling.rulingId().equals(command.rulingId()),
                Rule.A34_CASE_OUT_OF_ORDER, "ruling id " + command.rulingId() + " is taken");
        Set<String> members = new HashSet<>(board.members().stream().map(BoardMember::memberId).toList());
        RuleViolation.require(new HashSet<>(command.presentMemberIds()).equals(members), Rule.A34_BOARD_INCOMPLETE,
                "the board sits only with all its members present: " + members);
        Set<String> inFavour = new HashSet<>(command.inFavourIds());
        RuleViolation.require(members.containsAll(inFavour) && inFavour.size() * 2 > members.size(), Rule.A34_NO_MAJORITY,
                "a ruling needs a majority of the board's members");
        Penalty penalty = command.penalty();
        Set<Integer> proven = new LinkedHashSet<>(command.provenClauses());
        RuleViolation.require(charges.containsAll(proven) && (penalty == null) == proven.isEmpty(), Rule.A37_CHARGE_INVALID,
                "a penalty rests on clauses charged and proven; finding no violation proves none");
        RuleViolation.require(penalty == null || !penalty.onLicence() || manager, Rule.A35_LICENCE_PENALTY_MANAGER_ONLY,
                "suspension and revocation of the licence are penalties of the office's manager");
        String reasons = PersianText.normalize(command.reasons());
        if (reasons == null || reasons.isBlank() || reasons.length() > 4000) {
            throw new IllegalArgumentException("reasons: a ruling states its reasons (at most 4000 characters)");
        }
        String previous = penalty == null || !manager ? null : repeatOffence(penalty, history);
        BoardLevel level = board.level();
        apply(new RulingIssued(caseId, command.rulingId(), level, board.boardId(), board.chairId(),
                List.copyOf(command.presentMemberIds()), List.copyOf(command.inFavourIds()), penalty, List.copyOf(proven),
                reasons, complaintWithdrawn, previous));
        Instant now = now();
        if (level == BoardLevel.PRIMARY) {
            if (penalty == null || !penalty.appealable()) {
                apply(becameFinal(command.rulingId(), penalty, FinalityBasis.ON_ISSUE, now));
            }
            return;
        }
        boolean primaryExecuted = finalRulings.contains(primaryRuling.rulingId());
        if (primaryExecuted && Objects.equals(primaryRuling.penalty(), penalty)) {
            return; // confirmed: the ruling already executed stands
        }
        if (primaryExecuted) {
            apply(new RulingSetAside(caseId, primaryRuling.rulingId(), command.rulingId(), officeId, primaryRuling.penalty()));
        }
        apply(becameFinal(command.rulingId(), penalty, FinalityBasis.ON_APPEAL, now));
    }

    /** A38 note 3: against a manager finally penalised with degree 1-4 before this case, a higher degree. */
    private String repeatOffence(Penalty penalty, DisciplinaryHistory history) {
        FinalRuling last = history.finalRulingsAgainst(accusedId).stream()
                .filter(r -> !r.caseId().equals(caseId) && r.degree() >= 1 && r.degree() <= 4
                        && (openedAt == null || r.finalAt().isBefore(openedAt)))
                .max(Comparator.comparing(FinalRuling::finalAt)).orElse(null);
        if (last == null) {
            return null;
        }
        RuleViolation.require(penalty.degree() > last.degree(), Rule.A38_REPEAT_OFFENCE_HIGHER_DEGREE,
                "a repeat offence after final ruling " + last.rulingId() + " of case " + last.caseId() + " (degree "
                        + last.degree() + ") gets a higher degree");
        return last.rulingId();
    }

    /** A36: the ruling is served on the person; an appealable ruling's 20-day period is computed by the deadline engine. */
    @CommandHandler
    public void handle(NotifyRuling command, MetaData metaData, HolidayCalendar holidays) {
        requireAdministrationOrSystem(metaData);
        RulingIssued ruling = ruling(command.rulingId());
        RuleViolation.require(ruling != primaryRuling || !notified, Rule.A34_CASE_OUT_OF_ORDER,
                "the ruling was already notified");
        Instant now = now();
        boolean appealable = ruling == primaryRuling && ruling.penalty() != null && ruling.penalty().appealable();
        apply(new RulingNotified(caseId, ruling.rulingId(), accusedId, now,
                appealable ? ServiceDeadlines.compute(APPEAL_PERIOD, now, holidays) : null));
    }

    /** A36: the penalised person appeals a Primary ruling of degree 5-6, by the last day of its period, once. */
    @CommandHandler
    public void handle(LodgeAppeal command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RulingIssued ruling = ruling(command.rulingId());
        RuleViolation.require(actor.id().equals(accusedId), Rule.A36_APPEAL_NOT_ALLOWED,
                "the appeal is the penalised person's");
        RuleViolation.require(ruling == primaryRuling && ruling.penalty() != null && ruling.penalty().appealable(),
                Rule.A36_RULING_FINAL, "only a Primary ruling of degree 5 or 6 is appealed");
        RuleViolation.require(!appealed && !finalRulings.contains(ruling.rulingId()), Rule.A36_APPEAL_NOT_ALLOWED,
                "the ruling was already appealed or is final");
        LocalDate today = TehranTime.dayOf(now());
        LocalDate due = appealDeadline == null ? null : appealDeadline.dueDate();
        RuleViolation.require(due == null || !today.isAfter(due), Rule.A36_APPEAL_OUT_OF_TIME,
                "the appeal period ended on " + due + " (" + (appealDeadline == null ? "" : appealDeadline.dueDateJalali())
                        + "), 20 days after notification on " + (appealDeadline == null ? "" : appealDeadline.serviceDate()));
        apply(new AppealLodged(caseId, ruling.rulingId(), actor.id(), text(command.grounds(), "grounds"), today, due));
    }

    /** A36: the Center head may object to any Primary ruling, once, before the Appeal Board has ruled. */
    @CommandHandler
    public void handle(ObjectToRuling command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.CENTER_HEAD, Rule.A36_APPEAL_NOT_ALLOWED,
                "the objection to a Primary ruling is the Center head's");
        RulingIssued ruling = ruling(command.rulingId());
        RuleViolation.require(ruling == primaryRuling && !objected && appealRuling == null, Rule.A36_APPEAL_NOT_ALLOWED,
                "the Center head objects to a Primary ruling once, before the Appeal Board rules");
        apply(new CenterHeadObjected(caseId, ruling.rulingId(), text(command.grounds(), "grounds")));
    }

    /** A36: a Primary ruling of degree 5-6, notified and not appealed or objected to, is final after its last day. */
    @CommandHandler
    public void handle(FinalizeUnappealedRuling command, MetaData metaData) {
        requireAdministrationOrSystem(metaData);
        RulingIssued ruling = ruling(command.rulingId());
        RuleViolation.require(ruling == primaryRuling && !finalRulings.contains(ruling.rulingId()) && !appealed
                && !objected && appealDeadline != null, Rule.A36_APPEAL_PERIOD_RUNNING,
                "only a notified Primary ruling, not appealed or objected to and not yet final, becomes final by lapse");
        RuleViolation.require(TehranTime.dayOf(now()).isAfter(appealDeadline.dueDate()), Rule.A36_APPEAL_PERIOD_RUNNING,
                "the appeal period runs until " + appealDeadline.dueDate());
        apply(becameFinal(ruling.rulingId(), ruling.penalty(), FinalityBasis.APPEAL_PERIOD_LAPSED, now()));
    }

    /** A38: a crime discovered by the board hearing the case is reported; the proceedings go on (note 1). */
    @CommandHandler
    public void handle(ReferCrime command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        CaseReferredToBoard board = appealBoard != null ? appealBoard : primaryBoard;
        RuleViolation.require(actor.role() == ActorRole.BOARD_MEMBER && board != null
                        && board.members().stream().anyMatch(m -> m.memberId().equals(actor.id())), Rule.A34_CHAIR_ONLY,
                "a member of the board hearing the case reports the crime");
        apply(new CrimeReferred(caseId, text(command.authority(), "authority"), text(command.description(), "description")));
    }

    /** A38 note 2: a complaint withdrawn is recorded; the case goes on and the next ruling records the mitigation. */
    @CommandHandler
    public void handle(WithdrawComplaint command, MetaData metaData) {
        requireAdministration(metaData);
        RuleViolation.require(origin == CaseOrigin.COMPLAINT && !complaintWithdrawn, Rule.A38_NO_COMPLAINT_TO_WITHDRAW,
                "only a case opened from a complaint has a complaint to withdraw, once");
        apply(new ComplaintWithdrawn(caseId, text(command.statement(), "statement")));
    }

    /** A35-4 (execution): the reprimand of a final degree-4 ruling goes on the public list; a second request does nothing. */
    @CommandHandler
    public void handle(PublishReprimand command, MetaData metaData) {
        requireSystem(metaData);
        RulingIssued ruling = ruling(command.rulingId());
        RuleViolation.require(finalRulings.contains(ruling.rulingId()) && ruling.penalty() != null
                && ruling.penalty().degree() == 4, Rule.A34_CASE_OUT_OF_ORDER, "only a final degree-4 ruling is published");
        if (published.contains(ruling.rulingId()) || setAside.contains(ruling.rulingId())) {
            return;
        }
        apply(new ReprimandPublished(caseId, ruling.rulingId(), officeId, accusedId));
    }

    /** A36 (execution): a published reprimand whose ruling was set aside is withdrawn; a second request does nothing. */
    @CommandHandler
    public void handle(WithdrawReprimand command, MetaData metaData) {
        requireSystem(metaData);
        if (!published.contains(command.rulingId()) || withdrawn.contains(command.rulingId())) {
            return;
        }
        apply(new ReprimandWithdrawn(caseId, command.rulingId(), officeId));
    }

    // ---- rules ---------------------------------------------------------------------------

    private RulingBecameFinal becameFinal(String rulingId, Penalty penalty, FinalityBasis basis, Instant now) {
        Instant until = penalty != null && penalty.degree() == 5 ? penalty.suspensionEnd(now) : null;
        return new RulingBecameFinal(caseId, rulingId, officeId, accusedId, penalty, basis, now, until);
    }

    private RulingIssued ruling(String rulingId) {
        if (primaryRuling != null && primaryRuling.rulingId().equals(rulingId)) {
            return primaryRuling;
        }
        if (appealRuling != null && appealRuling.rulingId().equals(rulingId)) {
            return appealRuling;
        }
        throw new RuleViolation(Rule.A34_CASE_OUT_OF_ORDER, "no ruling " + rulingId + " in this case");
    }

    private static void requireClauses(Set<Integer> clauses) {
        RuleViolation.require(!clauses.isEmpty() && clauses.stream().allMatch(c -> c != null && c >= 1 && c <= 14),
                Rule.A37_CHARGE_INVALID, "a case charges one or more clauses 1-14 of A37");
    }

    private static void requireAdministration(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.GD_OFFICER || actor.role() == ActorRole.CENTER_HEAD,
                Rule.A34_ADMINISTRATION_ONLY, "done by the GD or the Center head");
    }

    private static void requireAdministrationOrSystem(MetaData metaData) {
        if (Actor.from(metaData).role() != ActorRole.SYSTEM) {
            requireAdministration(metaData);
        }
    }

    private static void requireSystem(MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.SYSTEM, Rule.A35_EXECUTION_BY_SYSTEM_ONLY,
                "rulings are executed by the system");
    }

    private static String text(String value, String field) {
        String normalized = PersianText.normalize(value);
        if (normalized == null || normalized.isBlank() || normalized.length() > 4000) {
            throw new IllegalArgumentException(field + " is required (at most 4000 characters)");
        }
        return normalized;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    // ---- state ---------------------------------------------------------------------------

    @EventSourcingHandler
    void on(DisciplinaryCaseOpened event, @Timestamp Instant at) {
        this.caseId = event.caseId();
        this.officeId = event.officeId();
        this.accusedId = event.accusedId();
        this.manager = event.accusedRole() == StaffRole.MANAGER;
        this.origin = event.origin();
        this.charges.addAll(event.charges());
        this.openedAt = at;
    }

    @EventSourcingHandler
    void on(CaseReferredToBoard event) {
        if (event.level() == BoardLevel.PRIMARY) {
            this.primaryBoard = event;
        } else {
            this.appealBoard = event;
        }
    }

    @EventSourcingHandler
    void on(RulingIssued event) {
        if (event.level() == BoardLevel.PRIMARY) {
            this.primaryRuling = event;
        } else {
            this.appealRuling = event;
        }
    }

    @EventSourcingHandler
    void on(RulingNotified event) {
        if (primaryRuling != null && primaryRuling.rulingId().equals(event.rulingId())) {
            this.notified = true;
            this.appealDeadline = event.deadline();
        }
    }

    @EventSourcingHandler
    void on(AppealLodged event) {
        this.appealed = true;
    }

    @EventSourcingHandler
    void on(CenterHeadObjected event) {
        this.objected = true;
    }

    @EventSourcingHandler
    void on(RulingBecameFinal event) {
        finalRulings.add(event.rulingId());
    }

    @EventSourcingHandler
    void on(RulingSetAside event) {
        setAside.add(event.rulingId());
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        this.complaintWithdrawn = true;
    }

    @EventSourcingHandler
    void on(ReprimandPublished event) {
        published.add(event.rulingId());
    }

    @EventSourcingHandler
    void on(ReprimandWithdrawn event) {
        withdrawn.add(event.rulingId());
    }
}
