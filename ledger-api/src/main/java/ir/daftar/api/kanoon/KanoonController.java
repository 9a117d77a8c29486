package ir.daftar.api.kanoon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.core.kanoon.BoardQualification;
import ir.daftar.core.kanoon.BoardSeatKind;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonCommand;
import ir.daftar.core.kanoon.KanoonCoverage;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.Provinces;
import ir.daftar.core.party.NationalCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kanoons (A25-A28; ADR 1300): formation for a province centre and the provinces each covers, the board's
 * seats and terms, the inspectors' roster and the inspections the board orders.
 */
@RestController
@Tag(name = ApiDocs.TAG_KANOONS)
class KanoonController {

    private static final String KANOON = "/api/v1/kanoons/{kanoonId:[A-Za-z0-9\\-]{1,64}}";
    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    /** How far ahead a term's end is shown as ending soon (the re-appointment window, A26 note). */
    static final int ENDING_SOON_DAYS = 180;

    private final CommandGateway commands;
    private final KanoonRegistry registry;
    private final EventStoreKanoons kanoons;

    KanoonController(CommandGateway commands, KanoonRegistry registry, EventStoreKanoons kanoons) {
        this.commands = commands;
        this.registry = registry;
        this.kanoons = kanoons;
    }

    record FormRequest(@NotNull @Pattern(regexp = "[a-z\\-]{2,40}") String provinceCode) {
    }

    record ProposalRequest(@NotNull @Pattern(regexp = ID) String proposalId, @NotNull BoardSeatKind kind,
                           @NotNull @Size(max = 32) String nationalCode, @NotNull @Size(max = 200) String name,
                           @Schema(description = "OFFICE_MANAGER: the office the person manages") @Size(max = 64)
                           String officeId,
                           @Schema(description = "JUDGE: the Jalali day judicial service began, e.g. 1390/07/01")
                           @Size(max = 20) String judicialServiceSince) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reasons) {
    }

    record RepresentativeRequest(@NotNull BoardSeatKind kind, @NotNull @Size(max = 32) String nationalCode,
                                 @NotNull @Size(max = 200) String name) {
    }

    record EndingRequest(@NotNull @Size(max = 2000) String reason) {
    }

    record RosterRequest(@NotNull @Pattern(regexp = ID) String inspectorId, @NotNull @Size(max = 200) String name) {
    }

    record OrderRequest(@NotNull @Pattern(regexp = ID) String orderId, @NotNull InspectionKind kind,
                        @NotNull @Pattern(regexp = ID) String officeId, @NotNull Instant periodFrom,
                        @NotNull Instant periodTo, @NotNull @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = ID) String> inspectorIds) {
    }

    @Schema(description = "A Kanoon, or a board act, acted on")
    record KanoonRef(@Schema(example = "kanoon-tehran") String kanoonId, String ref) {
    }

    @Schema(description = "A25: a province, its centre, and the Kanoon covering it now (its own, or the nearest)")
    record ProvinceCoverage(String provinceCode, String name, String centre, String kanoonId, boolean ownKanoon) {
    }

    @Schema(description = "A25: the Kanoons formed, and every province with the Kanoon covering it now")
    record Coverage(List<String> kanoons, List<ProvinceCoverage> provinces) {
    }

    @Schema(description = "A26: a board seat and its term (Jalali days, the end not included)")
    record SeatView(BoardSeatKind kind, String nationalCode, String name, String termStart, String termEnd,
                    @Schema(description = "Days to the term's end") long daysLeft,
                    @Schema(description = "The term ends within 180 days: its re-appointment may be decided") boolean endingSoon) {
    }

    @Schema(description = "A26/A28: a Kanoon's board now, its inspectors' roster and its inspection orders")
    record Board(String kanoonId, String provinceCode, List<SeatView> seats, List<String> roster,
                 List<ir.daftar.core.inspection.InspectionOrder> orders) {
    }

    @Operation(summary = "Form a Kanoon for a province centre", description = """
            A25: the Judiciary forms the Kanoon of a province (one per province; its id is `kanoon-` and the \
            province code). The offices of its province, and of every province without a Kanoon that is now nearest \
            to it by great-circle distance between centres, move to it from this instant (OfficesMovedToKanoon, one \
            per province).""" + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "201", description = "Formed (KanoonFormed, OfficesMovedToKanoon); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"provinceCode":"tehran"}""")))
    @SendsCommand
    @PostMapping("/api/v1/kanoons")
    ResponseEntity<KanoonRef> form(@Valid @RequestBody FormRequest body) {
        String id = Kanoon.idFor(body.provinceCode());
        commands.sendAndWait(new KanoonCommand.FormKanoon(id, body.provinceCode()));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + id + "/board")).body(new KanoonRef(id, null));
    }

    @Operation(summary = "The Kanoons and the provinces each covers", description = """
            A25: the Kanoons formed and, for each of the 31 provinces, its centre and the Kanoon covering its \
            offices now: its own, or until it has one the nearest by great-circle distance between centres \
            (reference data, ADR 1300).""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The coverage")
    @GetMapping("/api/v1/kanoons")
    Coverage coverage() {
        var formed = registry.formed();
        KanoonCoverage coverage = new KanoonCoverage(formed);
        return new Coverage(List.copyOf(formed.values()), Provinces.all().stream()
                .map(p -> new ProvinceCoverage(p.code(), p.nameFa(), p.centreFa(), coverage.kanoonFor(p).orElse(null),
                        formed.containsKey(p.code())))
                .toList());
    }

    @Operation(summary = "Read a Kanoon's board", description = """
            A26/A28: the members sitting today with their seat and term (Jalali), the days to each term's end and \
            whether it ends within 180 days, the inspectors' roster and the inspections the board ordered."""
            + ApiDocs.ROLES + "KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The board")
    @GetMapping(KANOON + "/board")
    Board board(@PathVariable String kanoonId) {
        Kanoon.State state = kanoons.kanoon(kanoonId).orElseThrow(() -> new NotFound("kanoon"));
        JalaliDate today = JalaliDate.of(TehranTime.dayOf(Instant.now()));
        return new Board(state.kanoonId(), state.provinceCode(), state.seats().stream()
                .filter(s -> s.term().heldOn(today))
                .map(s -> new SeatView(s.kind(), s.nationalCode(), s.name(), s.term().start().toString(),
                        s.term().end().toString(), s.term().daysLeftOn(today), s.term().daysLeftOn(today) <= ENDING_SOON_DAYS))
                .toList(), List.copyOf(state.roster().keySet()), state.orders());
    }

    @Operation(summary = "Propose a board member", description = """
            A26: a member (the manager of an office the Kanoon covers) proposes an office manager, naming the office \
            he manages; the Council proposes a judge, with the Jalali day judicial service began (ten years at \
            least). A Council member is refused (A23 note).""" + ApiDocs.ROLES + "OFFICE_MANAGER, COUNCIL_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Proposed (BoardMemberProposed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"proposalId":"KBP-1404-01","kind":"JUDGE","nationalCode":"0011000023","name":"حسین کریمی",\
            "judicialServiceSince":"1390/07/01"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/board/proposals")
    ResponseEntity<KanoonRef> propose(@PathVariable String kanoonId, @Valid @RequestBody ProposalRequest body) {
        JalaliDate since = null;
        if (body.judicialServiceSince() != null) {
            try {
                since = JalaliDate.parse(body.judicialServiceSince());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("judicialServiceSince", "INVALID", "a Jalali date yyyy/mm/dd");
            }
        }
        commands.sendAndWait(new KanoonCommand.ProposeBoardMember(kanoonId, body.proposalId(), body.kind(),
                nationalCode(body.nationalCode()), body.name(), new BoardQualification(body.officeId(), since)));
        return ResponseEntity.status(HttpStatus.CREATED).body(new KanoonRef(kanoonId, body.proposalId()));
    }

    @Operation(summary = "Decide a board proposal (Center head)", description = """
            A26: the Center head approves (the person sits for three Jalali years from today; the seat is claimed \
            against the Council's, A23 note) or refuses with reasons. Qualifications are checked again."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (BoardMemberAppointed or BoardProposalRefused)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"approved":true}""")))
    @SendsCommand
    @PostMapping(KANOON + "/board/proposals/{proposalId:[A-Za-z0-9\\-]{1,64}}/decision")
    ResponseEntity<KanoonRef> decide(@PathVariable String kanoonId, @PathVariable String proposalId,
                                     @Valid @RequestBody DecisionRequest body) {
        commands.sendAndWait(new KanoonCommand.DecideBoardProposal(kanoonId, proposalId, body.approved(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new KanoonRef(kanoonId, proposalId));
    }

    @Operation(summary = "Name a representative to the board", description = """
            A26: the GD names its director or representative (GD_REPRESENTATIVE), the Center head the Center's \
            (CENTER_REPRESENTATIVE), for three Jalali years. A Council member is refused (A23 note)."""
            + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD.")
    @ApiResponse(responseCode = "201", description = "Appointed (BoardMemberAppointed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"kind":"GD_REPRESENTATIVE","nationalCode":"0011000031","name":"علی محمدی"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/board/representatives")
    ResponseEntity<KanoonRef> represent(@PathVariable String kanoonId, @Valid @RequestBody RepresentativeRequest body) {
        String code = nationalCode(body.nationalCode());
        commands.sendAndWait(new KanoonCommand.AppointBoardRepresentative(kanoonId, body.kind(), code, body.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new KanoonRef(kanoonId, code));
    }

    @Operation(summary = "Re-appoint a board member", description = """
            A26 note: in the last 180 days of a term the Center head re-appoints the member for three more years \
            from the term's end.""" + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (BoardMemberReappointed)")
    @SendsCommand
    @PostMapping(KANOON + "/board/members/{nationalCode:[0-9]{10}}/reappointment")
    ResponseEntity<KanoonRef> reappoint(@PathVariable String kanoonId, @PathVariable String nationalCode) {
        commands.sendAndWait(new KanoonCommand.ReappointBoardMember(kanoonId, nationalCode));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new KanoonRef(kanoonId, nationalCode));
    }

    @Operation(summary = "End a board membership early", description = """
            A26: a member leaves the board before the term's end (with the reason); the seat is free, and the \
            person may sit on the Council from the next day.""" + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (BoardMembershipEnded)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"reason":"استعفا"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/board/members/{nationalCode:[0-9]{10}}/ending")
    ResponseEntity<KanoonRef> end(@PathVariable String kanoonId, @PathVariable String nationalCode,
                                  @Valid @RequestBody EndingRequest body) {
        commands.sendAndWait(new KanoonCommand.EndBoardMembership(kanoonId, nationalCode, body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new KanoonRef(kanoonId, nationalCode));
    }

    @Operation(summary = "Put an inspector on the Kanoon's roster", description = """
            A28: a sitting member of the board puts an inspector (the inspector's account id) on the roster; \
            only inspectors on the roster are named in inspection orders.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Added (InspectorAddedToRoster)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"inspectorId":"0511111118","name":"بازرس کانون"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/roster")
    ResponseEntity<KanoonRef> roster(@PathVariable String kanoonId, @Valid @RequestBody RosterRequest body) {
        commands.sendAndWait(new KanoonCommand.AddInspectorToRoster(kanoonId, body.inspectorId(), body.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new KanoonRef(kanoonId, body.inspectorId()));
    }

    @Operation(summary = "Order an inspection", description = """
            A28/A33: a sitting member of the board orders a periodic or ad hoc inspection of an office the Kanoon \
            covers now, over a past period, by inspectors on its roster. Only those inspectors open it (with the \
            order's id as the inspection's id), only for that office and period.""" + ApiDocs.ROLES
            + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Ordered (InspectionOrdered)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"orderId":"INS-1404-007","kind":"PERIODIC","officeId":"OFF-1001","periodFrom":"2025-03-21T00:00:00Z",\
            "periodTo":"2025-09-22T00:00:00Z","inspectorIds":["0511111118","0522222226"]}""")))
    @SendsCommand
    @PostMapping(KANOON + "/inspection-orders")
    ResponseEntity<KanoonRef> order(@PathVariable String kanoonId, @Valid @RequestBody OrderRequest body) {
        commands.sendAndWait(new KanoonCommand.OrderInspection(kanoonId, body.orderId(), body.kind(), body.officeId(),
                body.periodFrom(), body.periodTo(), body.inspectorIds()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new KanoonRef(kanoonId, body.orderId()));
    }

    static String nationalCode(String code) {
        if (!NationalCode.isValid(code)) {
            throw InvalidInput.of("nationalCode", "INVALID", "not a valid national code");
        }
        return code;
    }
}
