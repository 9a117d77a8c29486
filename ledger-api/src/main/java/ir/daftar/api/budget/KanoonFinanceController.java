package ir.daftar.api.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.input.Times;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.budget.BoardDelegations;
import ir.daftar.core.budget.BudgetCommand;
import ir.daftar.core.budget.BudgetEvent.DuesInvoiced;
import ir.daftar.core.budget.DelegationCommand;
import ir.daftar.core.budget.DelegationEvent;
import ir.daftar.core.budget.KanoonBudget;
import ir.daftar.core.budget.KanoonLedger;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Kanoon's dues, budget and ledger (A22(c), A29) and the GD's delegations to its board (A30); ADR 1320. The dues go
 * through the approval chain of the office service fees; the ledger is folded from the budget's stream as recorded,
 * so its balance as of a past instant is what it was then.
 */
@RestController
@Tag(name = ApiDocs.TAG_KANOONS)
class KanoonFinanceController {

    private static final String KANOON = "/api/v1/kanoons/{kanoonId:[A-Za-z0-9\\-]{1,64}}";
    private static final String VERSION = "/{version:[0-9]{1,6}}";
    private static final String ID = "[A-Za-z0-9\\-]{1,64}";

    private final CommandGateway commands;
    private final BudgetRecords records;

    KanoonFinanceController(CommandGateway commands, BudgetRecords records) {
        this.commands = commands;
        this.records = records;
    }

    record DuesProposal(@Schema(description = "The next version number (1 for the first)") @NotNull @Min(1) Integer version,
                        @Schema(description = "The Jalali year, e.g. 1405") @NotNull @Min(1400) @Max(1500) Integer year,
                        @Schema(description = "The dues of each office for the year, in rials") @NotNull @Min(1) Long amountPerOffice,
                        @NotNull @Size(max = 2000) String reasons) {
    }

    record Step(@NotNull Boolean yes, @Size(max = 2000) String reasons) {
    }

    record InvoiceRequest(@NotNull @Min(1400) @Max(1500) Integer year) {
    }

    record PaymentRequest(@NotNull @Pattern(regexp = ID) String paymentId,
                          @Schema(description = "The invoice's id: year-officeId, e.g. 1405-OFF-1001") @NotNull
                          @Pattern(regexp = "[0-9]{4}-[A-Za-z0-9\\-]{1,64}") String invoiceId,
                          @Schema(description = "Rials") @NotNull @Min(1) Long amount,
                          @Schema(description = "The receipt's number (A37-6)") @NotNull @Size(max = 64) String receipt) {
    }

    record SpendingRequest(@NotNull @Pattern(regexp = ID) String spendingId,
                           @Schema(description = "Rials") @NotNull @Min(1) Long amount,
                           @NotNull @Size(max = 2000) String purpose,
                           @Schema(description = "The board's decision approving it (its number or minute)") @NotNull
                           @Size(max = 200) String boardDecision) {
    }

    record SupervisionRequest(@Schema(description = "true: the GD objects (with reasons); false: it acknowledges")
                              @NotNull Boolean objection, @Size(max = 2000) String reasons) {
    }

    record DelegationRequest(@NotNull @Pattern(regexp = ID) String delegationId, @NotNull @Size(max = 500) String duty,
                             @Schema(description = "First Jalali day, e.g. 1405/01/15") @NotNull @Size(max = 20) String from,
                             @Schema(description = "Jalali day it ends (not included)") @NotNull @Size(max = 20) String until) {
    }

    record WithdrawalRequest(@NotNull @Size(max = 2000) String reasons) {
    }

    @Schema(description = "A Kanoon's budget act")
    record BudgetRef(@Schema(example = "kanoon-tehran") String kanoonId, String ref) {
    }

    @Schema(description = "A29: the invoices issued by one invoicing")
    record Invoices(String kanoonId, int year, List<Invoice> invoices) {
    }

    @Schema(description = "A29: an office's dues for a year")
    record Invoice(String invoiceId, String officeId, long amount) {
    }

    @Schema(description = "A30: a delegation to the board and its Jalali days [from, until)")
    record DelegationView(String delegationId, String duty, String from, String until, boolean inForce,
                          String withdrawnReasons) {
    }

    @Schema(description = "A30: the GD's delegations to a Kanoon's board, as on a Jalali day")
    record Delegations(String kanoonId, String on, List<DelegationView> delegations) {
    }

    // ---- dues through the approval chain (A22(c)) --------------------------------------------

    @Operation(summary = "Propose a year's dues (Kanoon board)", description = """
            A28, A29, A22(c): a sitting member of the Kanoon's board proposes the next version of its annual \
            membership dues: a Jalali year and the amount each office pays, with reasons. One version is open at a \
            time; it then goes to the GD's opinion, the Center head's approval and the Head of the Judiciary's \
            confirmation, as the office service fees do.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Proposed (DuesProposed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"version":1,"year":1405,"amountPerOffice":50000000,"reasons":"هزینه‌های جاری سال ۱۴۰۵"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues")
    ResponseEntity<BudgetRef> propose(@PathVariable String kanoonId, @Valid @RequestBody DuesProposal body) {
        commands.sendAndWait(new BudgetCommand.ProposeDues(KanoonBudget.idFor(kanoonId), kanoonId, body.version(),
                body.year(), body.amountPerOffice(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/ledger"))
                .body(new BudgetRef(kanoonId, String.valueOf(body.version())));
    }

    @Operation(summary = "Give the GD's opinion on the dues", description = """
            A22(c): the General Directorate agrees (`yes`) or disagrees, with reasons, with the proposed dues, once."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (DuesOpinionGiven)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues" + VERSION + "/opinion")
    ResponseEntity<BudgetRef> opinion(@PathVariable String kanoonId, @PathVariable int version, @Valid @RequestBody Step body) {
        commands.sendAndWait(new BudgetCommand.GiveDuesOpinion(KanoonBudget.idFor(kanoonId), version, body.yes(),
                body.reasons()));
        return accepted(kanoonId, String.valueOf(version));
    }

    @Operation(summary = "Approve or refuse the dues (Center head)", description = """
            A22(c): the Center head approves (`yes`) or refuses, with reasons, the dues after the GD's opinion, once."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (DuesDecided)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues" + VERSION + "/decision")
    ResponseEntity<BudgetRef> decide(@PathVariable String kanoonId, @PathVariable int version, @Valid @RequestBody Step body) {
        commands.sendAndWait(new BudgetCommand.DecideDues(KanoonBudget.idFor(kanoonId), version, body.yes(), body.reasons()));
        return accepted(kanoonId, String.valueOf(version));
    }

    @Operation(summary = "Confirm the dues (Head of the Judiciary)", description = """
            A22(c): the Head of the Judiciary confirms (`yes`) or refuses, with reasons, the dues the Center head \
            approved, once; confirmed dues are invoiced for their year.""" + ApiDocs.ROLES + "HEAD_OF_JUDICIARY.")
    @ApiResponse(responseCode = "202", description = "Recorded (DuesConfirmed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues" + VERSION + "/confirmation")
    ResponseEntity<BudgetRef> confirm(@PathVariable String kanoonId, @PathVariable int version, @Valid @RequestBody Step body) {
        commands.sendAndWait(new BudgetCommand.ConfirmDues(KanoonBudget.idFor(kanoonId), version, body.yes(), body.reasons()));
        return accepted(kanoonId, String.valueOf(version));
    }

    // ---- invoices, payments, spending (A29) ----------------------------------------------------

    @Operation(summary = "Invoice the year's dues (Kanoon board)", description = """
            A29, A25: a sitting member of the board invoices every office the Kanoon covers now and not yet invoiced \
            for the year, at the dues confirmed for it; an office covered later is invoiced by invoicing again."""
            + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Invoiced (DuesInvoiced, one per office)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"year":1405}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues-invoices")
    ResponseEntity<Invoices> invoice(@PathVariable String kanoonId, @Valid @RequestBody InvoiceRequest body) {
        commands.sendAndWait(new BudgetCommand.InvoiceDues(KanoonBudget.idFor(kanoonId), body.year()));
        List<Invoice> invoices = new ArrayList<>();
        for (KanoonLedger.Recorded r : records.budget(kanoonId)) {
            if (r.event() instanceof DuesInvoiced e && e.year() == body.year()) {
                invoices.add(new Invoice(e.invoiceId(), e.officeId(), e.amount()));
            }
        }
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/ledger"))
                .body(new Invoices(kanoonId, body.year(), invoices));
    }

    @Operation(summary = "Record a dues payment (Kanoon board)", description = """
            A29, A37-6: a sitting member of the board records a payment received against an invoice, at most what \
            is still owed, with its receipt's number.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Recorded (DuesPaymentRecorded)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"paymentId":"PAY-1405-001","invoiceId":"1405-OFF-1001","amount":50000000,"receipt":"R-1405-77"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/dues-payments")
    ResponseEntity<BudgetRef> pay(@PathVariable String kanoonId, @Valid @RequestBody PaymentRequest body) {
        commands.sendAndWait(new BudgetCommand.RecordDuesPayment(KanoonBudget.idFor(kanoonId), body.paymentId(),
                body.invoiceId(), body.amount(), body.receipt()));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/ledger"))
                .body(new BudgetRef(kanoonId, body.paymentId()));
    }

    @Operation(summary = "Approve spending (Kanoon board)", description = """
            A29: a sitting member of the board records the board's approval of spending (amount, purpose, the \
            board's decision), within the Kanoon's balance; the GD then acknowledges it or objects."""
            + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Approved (SpendingApproved)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"spendingId":"SP-1405-01","amount":20000000,"purpose":"اجاره دفتر کانون","boardDecision":"مصوبه ۱۴۰۵/۳"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/spending")
    ResponseEntity<BudgetRef> spend(@PathVariable String kanoonId, @Valid @RequestBody SpendingRequest body) {
        commands.sendAndWait(new BudgetCommand.ApproveSpending(KanoonBudget.idFor(kanoonId), body.spendingId(),
                body.amount(), body.purpose(), body.boardDecision()));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/ledger"))
                .body(new BudgetRef(kanoonId, body.spendingId()));
    }

    @Operation(summary = "Supervise spending (GD)", description = """
            A29, A22(d): the General Directorate, supervising, acknowledges an approved spending or objects to it \
            with reasons, once.""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (SpendingSupervised)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"objection":true,"reasons":"بدون استعلام بها"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/spending/{spendingId:[A-Za-z0-9\\-]{1,64}}/supervision")
    ResponseEntity<BudgetRef> supervise(@PathVariable String kanoonId, @PathVariable String spendingId,
                                        @Valid @RequestBody SupervisionRequest body) {
        commands.sendAndWait(new BudgetCommand.SuperviseSpending(KanoonBudget.idFor(kanoonId), spendingId,
                body.objection(), body.reasons()));
        return accepted(kanoonId, spendingId);
    }

    @Operation(summary = "A Kanoon's ledger as of an instant", description = """
            A29: the dues invoiced and still owed, the money received and spent, the balance, and every entry, as \
            recorded up to `asOf` (ISO-8601 or a Jalali date and time; now when absent): the balance as of a past \
            instant is what the ledger said then.""" + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD, KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "200", description = "The ledger")
    @GetMapping(KANOON + "/ledger")
    KanoonLedger.Ledger ledger(@PathVariable String kanoonId, @RequestParam(required = false) String asOf) {
        Instant at = asOf == null ? Instant.now() : Times.instant("asOf", asOf);
        List<KanoonLedger.Recorded> recorded = records.budget(kanoonId);
        if (recorded.isEmpty()) {
            throw new NotFound("kanoon budget");
        }
        return KanoonLedger.asOf(recorded, at);
    }

    // ---- delegations (A30) ---------------------------------------------------------------------

    @Operation(summary = "Delegate a duty to a Kanoon's board (GD)", description = """
            A30: the General Directorate delegates an executive duty to the Kanoon's board for the Jalali days \
            [from, until).""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "201", description = "Delegated (DutyDelegated)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"delegationId":"DEL-1405-01","duty":"بررسی درخواست‌های جابجایی دفاتر","from":"1405/01/15","until":"1406/01/15"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/delegations")
    ResponseEntity<BudgetRef> delegate(@PathVariable String kanoonId, @Valid @RequestBody DelegationRequest body) {
        commands.sendAndWait(new DelegationCommand.DelegateDuty(BoardDelegations.idFor(kanoonId), kanoonId,
                body.delegationId(), body.duty(), day("from", body.from()), day("until", body.until())));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/delegations"))
                .body(new BudgetRef(kanoonId, body.delegationId()));
    }

    @Operation(summary = "Withdraw a delegation (GD)", description = """
            A30: the General Directorate withdraws a delegation in force or to come, with reasons; it ends today."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Withdrawn (DelegationWithdrawn)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"reasons":"پایان نیاز"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/delegations/{delegationId:[A-Za-z0-9\\-]{1,64}}/withdrawal")
    ResponseEntity<BudgetRef> withdraw(@PathVariable String kanoonId, @PathVariable String delegationId,
                                       @Valid @RequestBody WithdrawalRequest body) {
        commands.sendAndWait(new DelegationCommand.WithdrawDelegation(BoardDelegations.idFor(kanoonId), delegationId,
                body.reasons()));
        return accepted(kanoonId, delegationId);
    }

    @Operation(summary = "The GD's delegations to a Kanoon's board", description = """
            A30: every delegation with its days, and whether it is in force on `on` (a Jalali day; today when \
            absent).""" + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD, KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "200", description = "The delegations")
    @GetMapping(KANOON + "/delegations")
    Delegations delegations(@PathVariable String kanoonId, @RequestParam(required = false) String on) {
        JalaliDate day = on == null ? JalaliDate.of(TehranTime.dayOf(Instant.now())) : day("on", on);
        List<DelegationEvent> stream = records.delegations(kanoonId);
        List<DelegationView> views = BoardDelegations.from(stream).stream().map(d -> new DelegationView(d.delegationId(),
                d.duty(), d.from().toString(), d.until().toString(), d.inForceOn(day), d.withdrawnReasons())).toList();
        return new Delegations(kanoonId, day.toString(), views);
    }

    private static JalaliDate day(String field, String raw) {
        try {
            JalaliDate day = JalaliDate.parse(raw);
            if (day.year() < 1379 || day.year() > 1478) {
                throw InvalidInput.of(field, "DATE_OUT_OF_RANGE", "a Jalali day from 1379 to 1478");
            }
            return day;
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "INVALID", "a Jalali day yyyy/mm/dd");
        }
    }

    private static ResponseEntity<BudgetRef> accepted(String kanoonId, String ref) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BudgetRef(kanoonId, ref));
    }
}
