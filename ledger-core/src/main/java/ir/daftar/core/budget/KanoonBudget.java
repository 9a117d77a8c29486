package ir.daftar.core.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.ApprovalChain;
import ir.daftar.core.common.ApprovalChain.Step;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.budget.BudgetCommand.ApproveSpending;
import ir.daftar.core.budget.BudgetCommand.ConfirmDues;
import ir.daftar.core.budget.BudgetCommand.DecideDues;
import ir.daftar.core.budget.BudgetCommand.GiveDuesOpinion;
import ir.daftar.core.budget.BudgetCommand.InvoiceDues;
import ir.daftar.core.budget.BudgetCommand.ProposeDues;
import ir.daftar.core.budget.BudgetCommand.RecordDuesPayment;
import ir.daftar.core.budget.BudgetCommand.SuperviseSpending;
import ir.daftar.core.budget.BudgetEvent.DuesConfirmed;
import ir.daftar.core.budget.BudgetEvent.DuesDecided;
import ir.daftar.core.budget.BudgetEvent.DuesInvoiced;
import ir.daftar.core.budget.BudgetEvent.DuesOpinionGiven;
import ir.daftar.core.budget.BudgetEvent.DuesPaymentRecorded;
import ir.daftar.core.budget.BudgetEvent.DuesProposed;
import ir.daftar.core.budget.BudgetEvent.SpendingApproved;
import ir.daftar.core.budget.BudgetEvent.SpendingSupervised;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A Kanoon's budget (A22(c), A29; ADR 1320), one stream per Kanoon: the annual membership dues, proposed by the board
 * and approved through the chain of the office service fees (the GD's opinion, the Center head's approval, the Head
 * of the Judiciary's confirmation: {@link ApprovalChain}); each covered office invoiced once a year at the confirmed
 * dues; payments against the invoices; spending the board approves out of the balance, each acknowledged or objected
 * to by the GD. Its ledger at any instant is {@link KanoonLedger}.
 */
public class KanoonBudget {

    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    private static final int MAX_TEXT = 2000;

    @AggregateIdentifier
    private String budgetId;
    private String kanoonId;
    private ApprovalChain chain = ApprovalChain.none();
    private DuesProposed open;
    /** Jalali year -> confirmed dues per office */
    private final Map<Integer, Long> confirmedDues = new HashMap<>();
    /** invoice id -> amount still owed */
    private final Map<String, Long> outstanding = new HashMap<>();
    private final Map<String, String> invoiceOffice = new HashMap<>();
    private final Set<String> payments = new HashSet<>();
    private final Set<String> spendings = new HashSet<>();
    private final Set<String> supervised = new HashSet<>();
    private long balance;

    protected KanoonBudget() {
        // for Axon
    }

    /** The budget's stream of a Kanoon. */
    public static String idFor(String kanoonId) {
        return "budget-" + kanoonId;
    }

    /** The id of an office's invoice for a year. */
    public static String invoiceId(int year, String officeId) {
        return year + "-" + officeId;
    }

    /** A28/A29: a sitting board member proposes the next version: a year's dues per office, with reasons. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ProposeDues command, MetaData metaData, KanoonBoardSeats seats) {
        requireId(command.kanoonId(), "kanoonId");
        RuleViolation.require(idFor(command.kanoonId()).equals(command.budgetId()), Rule.A29_DUES_INVALID,
                "the budget of " + command.kanoonId() + " is " + idFor(command.kanoonId()));
        requireBoardMember(metaData, command.kanoonId(), seats);
        chain.requireProposable(command.version(), Rule.A22_DUES_OUT_OF_ORDER, Rule.A29_DUES_INVALID);
        RuleViolation.require(command.year() >= 1400 && command.year() <= 1500 && command.amountPerOffice() > 0,
                Rule.A29_DUES_INVALID, "dues name a Jalali year (1400-1500) and an amount above zero rials");
        RuleViolation.require(!confirmedDues.containsKey(command.year()), Rule.A29_DUES_INVALID,
                "the dues of " + command.year() + " are already confirmed");
        String reasons = requireReasons(command.reasons(), true, "a proposal states its reasons");
        apply(new DuesProposed(command.budgetId(), command.kanoonId(), command.version(), command.year(),
                command.amountPerOffice(), reasons));
    }

    /** A22(c): the GD's opinion, once, after the proposal; a disagreement states its reasons. */
    @CommandHandler
    public void handle(GiveDuesOpinion command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A22_DUES_OPINION_BY_GD_ONLY,
                "the opinion on membership dues is the GD's");
        chain.requireAt(command.version(), Step.PROPOSED, Rule.A22_DUES_OUT_OF_ORDER,
                "the GD's opinion follows the board's proposal, once");
        String reasons = requireReasons(command.reasons(), !command.agrees(), "a disagreeing opinion states its reasons");
        apply(new DuesOpinionGiven(budgetId, command.version(), command.agrees(), reasons));
    }

    /** A22(c): the Center head approves or refuses, once, after the GD's opinion; a refusal states its reasons. */
    @CommandHandler
    public void handle(DecideDues command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.CENTER_HEAD,
                Rule.A22_DUES_APPROVAL_BY_CENTER_HEAD_ONLY, "membership dues are approved by the Center head");
        chain.requireAt(command.version(), Step.OPINION_GIVEN, Rule.A22_DUES_OUT_OF_ORDER,
                "the Center head decides after the GD's opinion, once");
        String reasons = requireReasons(command.reasons(), !command.approved(), "a refusal states its reasons");
        apply(new DuesDecided(budgetId, command.version(), command.approved(), reasons));
    }

    /** A22(c): the Head of the Judiciary confirms the approved version, once; a refusal states its reasons. */
    @CommandHandler
    public void handle(ConfirmDues command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.HEAD_OF_JUDICIARY,
                Rule.A22_DUES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY,
                "membership dues are confirmed by the Head of the Judiciary");
        chain.requireAt(command.version(), Step.APPROVED, Rule.A22_DUES_OUT_OF_ORDER,
                "the Head of the Judiciary confirms a version the Center head approved, once");
        String reasons = requireReasons(command.reasons(), !command.confirmed(), "a refusal states its reasons");
        apply(new DuesConfirmed(budgetId, command.version(), command.confirmed(), reasons));
    }

    /**
     * A29: a sitting board member invoices each office the Kanoon covers now and not yet invoiced for the year, at the
     * dues confirmed for it; nothing left to invoice is refused.
     */
    @CommandHandler
    public void handle(InvoiceDues command, MetaData metaData, KanoonBoardSeats seats, CoveredOffices offices) {
        requireBoardMember(metaData, kanoonId, seats);
        Long dues = confirmedDues.get(command.year());
        RuleViolation.require(dues != null, Rule.A29_DUES_NOT_CONFIRMED, "no dues are confirmed for " + command.year());
        List<String> toInvoice = offices.coveredBy(kanoonId).stream()
                .filter(office -> !invoiceOffice.containsKey(invoiceId(command.year(), office))).toList();
        RuleViolation.require(!toInvoice.isEmpty(), Rule.A29_DUES_ALREADY_INVOICED,
                "every office the Kanoon covers is already invoiced for " + command.year());
        for (String office : toInvoice) {
            apply(new DuesInvoiced(budgetId, invoiceId(command.year(), office), command.year(), office, dues));
        }
    }

    /** A29: a sitting board member records a payment against an invoice, at most what is owed, with its receipt. */
    @CommandHandler
    public void handle(RecordDuesPayment command, MetaData metaData, KanoonBoardSeats seats) {
        requireBoardMember(metaData, kanoonId, seats);
        requireId(command.paymentId(), "paymentId");
        Long owed = outstanding.get(command.invoiceId());
        RuleViolation.require(owed != null, Rule.A29_PAYMENT_INVALID, "no invoice " + command.invoiceId());
        RuleViolation.require(!payments.contains(command.paymentId()), Rule.A29_PAYMENT_INVALID,
                "payment " + command.paymentId() + " is already recorded");
        RuleViolation.require(command.amount() > 0 && command.amount() <= owed, Rule.A29_PAYMENT_INVALID,
                "a payment is above zero and at most the " + owed + " rials owed");
        String receipt = PersianText.normalize(command.receipt());
        RuleViolation.require(receipt != null && !receipt.isBlank() && receipt.length() <= 64, Rule.A29_PAYMENT_INVALID,
                "a payment names its receipt (A37-6)");
        apply(new DuesPaymentRecorded(budgetId, command.paymentId(), command.invoiceId(),
                invoiceOffice.get(command.invoiceId()), command.amount(), receipt));
    }

    /** A29: a sitting board member records the board's approval of spending, within the balance, naming the decision. */
    @CommandHandler
    public void handle(ApproveSpending command, MetaData metaData, KanoonBoardSeats seats) {
        requireBoardMember(metaData, kanoonId, seats);
        requireId(command.spendingId(), "spendingId");
        RuleViolation.require(!spendings.contains(command.spendingId()), Rule.A29_SPENDING_INVALID,
                "spending " + command.spendingId() + " is already approved");
        String purpose = PersianText.normalize(command.purpose());
        String decision = PersianText.normalize(command.boardDecision());
        RuleViolation.require(command.amount() > 0 && purpose != null && !purpose.isBlank() && purpose.length() <= MAX_TEXT
                        && decision != null && !decision.isBlank() && decision.length() <= 200, Rule.A29_SPENDING_INVALID,
                "spending names an amount above zero, its purpose and the board's decision");
        RuleViolation.require(command.amount() <= balance, Rule.A29_INSUFFICIENT_FUNDS,
                "the balance is " + balance + " rials");
        apply(new SpendingApproved(budgetId, command.spendingId(), command.amount(), purpose, decision));
    }

    /** A29, A22(d): the GD acknowledges an approved spending or objects to it with reasons, once. */
    @CommandHandler
    public void handle(SuperviseSpending command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.GD_OFFICER, Rule.A29_SUPERVISION_BY_GD_ONLY,
                "the board's spending is supervised by the GD");
        RuleViolation.require(spendings.contains(command.spendingId()) && !supervised.contains(command.spendingId()),
                Rule.A29_SUPERVISION_BY_GD_ONLY, "the GD supervises an approved spending once");
        String reasons = requireReasons(command.reasons(), command.objection(), "an objection states its reasons");
        apply(new SpendingSupervised(budgetId, command.spendingId(), command.objection(), reasons));
    }

    private static void requireBoardMember(MetaData metaData, String kanoonId, KanoonBoardSeats seats) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.KANOON_BOARD_MEMBER
                        && seats.sitsOn(kanoonId, actor.id(), TehranTime.dayOf(GenericEventMessage.clock.instant())),
                Rule.A29_BOARD_MEMBER_ONLY, "done by a sitting member of the Kanoon's board");
    }

    private static String requireReasons(String text, boolean required, String message) {
        String reasons = PersianText.normalize(text);
        if (reasons != null && reasons.isBlank()) {
            reasons = null;
        }
        RuleViolation.require(!required || reasons != null, Rule.A22_DUES_REASON_REQUIRED, message);
        if (reasons != null && reasons.length() > MAX_TEXT) {
            throw new IllegalArgumentException("reasons: at most " + MAX_TEXT + " characters");
        }
        return reasons;
    }

    private static void requireId(String id, String field) {
        if (id == null || !id.matches(ID)) {
            throw new IllegalArgumentException(field + " must be 1-64 letters, digits or dashes");
        }
    }

    @EventSourcingHandler
    void on(DuesProposed event) {
        this.budgetId = event.budgetId();
        this.kanoonId = event.kanoonId();
        this.open = event;
        this.chain = chain.proposed(event.version());
    }

    @EventSourcingHandler
    void on(DuesOpinionGiven event) {
        this.chain = chain.opinionGiven();
    }

    @EventSourcingHandler
    void on(DuesDecided event) {
        this.chain = chain.decided(event.approved());
        if (!event.approved()) {
            this.open = null;
        }
    }

    @EventSourcingHandler
    void on(DuesConfirmed event) {
        if (event.confirmed()) {
            confirmedDues.put(open.year(), open.amountPerOffice());
        }
        this.open = null;
        this.chain = chain.closed();
    }

    @EventSourcingHandler
    void on(DuesInvoiced event) {
        outstanding.put(event.invoiceId(), event.amount());
        invoiceOffice.put(event.invoiceId(), event.officeId());
    }

    @EventSourcingHandler
    void on(DuesPaymentRecorded event) {
        payments.add(event.paymentId());
        outstanding.merge(event.invoiceId(), -event.amount(), Long::sum);
        balance += event.amount();
    }

    @EventSourcingHandler
    void on(SpendingApproved event) {
        spendings.add(event.spendingId());
        balance -= event.amount();
    }

    @EventSourcingHandler
    void on(SpendingSupervised event) {
        supervised.add(event.spendingId());
    }
}
