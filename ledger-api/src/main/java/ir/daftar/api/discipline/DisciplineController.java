package ir.daftar.api.discipline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.discipline.BoardCommand;
import ir.daftar.core.discipline.BoardComposition;
import ir.daftar.core.discipline.BoardDirectory;
import ir.daftar.core.discipline.BoardLevel;
import ir.daftar.core.discipline.BoardMember;
import ir.daftar.core.discipline.BoardSeat;
import ir.daftar.core.discipline.CaseOrigin;
import ir.daftar.core.discipline.DisciplinaryCaseCommand;
import ir.daftar.core.discipline.Penalty;
import ir.daftar.projections.discipline.DisciplineViews.DocketEntry;
import ir.daftar.projections.discipline.DisciplineViews.HistoryEntry;
import ir.daftar.projections.discipline.DisciplineViews.PublicReprimand;
import ir.daftar.projections.discipline.FindBoardDocket;
import ir.daftar.projections.discipline.FindDisciplinaryHistory;
import ir.daftar.projections.discipline.FindPublicReprimands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discipline over HTTP (A34-A38, ADR 1200): the Center head constitutes the boards, their members elect a chair;
 * the GD (or the Center head, or an inspector from an accepted finding) opens a case and refers it; the chair issues
 * the board's ruling; the GD notifies it; the person appeals (degrees 5-6, 20 days), the Center head objects. Reads:
 * a case's full record from its events, a board's docket, an office's history as of any instant, the public list
 * of reprimands.
 */
@RestController
@RequestMapping("/api/v1/discipline")
@Tag(name = ApiDocs.TAG_OFFICES)
class DisciplineController {

    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    private static final String CASE = "/cases/{caseId:" + ID + "}";
    private static final String RULING = CASE + "/rulings/{rulingId:" + ID + "}";
    private static final String BOARD = "/boards/{boardId:" + ID + "}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CaseRecords records;
    private final BoardDirectory boards;

    DisciplineController(CommandGateway commands, QueryGateway queries, CaseRecords records, BoardDirectory boards) {
        this.commands = commands;
        this.queries = queries;
        this.records = records;
        this.boards = boards;
    }

    record MemberRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String memberId, @NotNull BoardSeat seat,
                         @NotNull @Size(min = 1, max = 200) String name,
                         @Schema(description = "For the Kanoon's representative, optional: true declares that the person "
                                 + "sits on a Kanoon's board (refused); the ledger's seats of the Kanoons' boards are "
                                 + "checked in any case (A34, ADR 1300)")
                         Boolean kanoonBoardMember) {
    }

    record BoardRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String boardId, @NotNull BoardLevel level,
                        @Size(max = 100) String province, @NotNull @Size(min = 1, max = 5) List<@Valid @NotNull MemberRequest> members) {
    }

    record ChairRequest(@NotNull @Size(min = 1, max = 5) Map<@Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String,
            @NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String> votes) {
    }

    record CaseRequest(@NotNull CaseOrigin origin, @NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String officeId,
                       @NotNull @Pattern(regexp = "\\d{10}") String accusedId,
                       @Size(max = 14) List<@NotNull @Min(1) @Max(14) Integer> charges,
                       @Size(max = 4000) String statement, @Pattern(regexp = ID) String inspectionId,
                       @Pattern(regexp = ID) String findingId) {
    }

    record ReferralRequest(@NotNull @Pattern(regexp = ID) String boardId) {
    }

    record RulingRequest(@NotNull @Pattern(regexp = ID) String rulingId,
                         @NotNull @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String> presentMemberIds,
                         @NotNull @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String> inFavourIds,
                         @Schema(description = "A35: 1-6; absent when the board finds no violation") @Min(1) @Max(6) Integer degree,
                         @Schema(description = "Degree 5 only: 3 to 24") @Min(1) @Max(120) Integer suspensionMonths,
                         @Size(max = 14) List<@NotNull @Min(1) @Max(14) Integer> provenClauses,
                         @NotNull @Size(min = 1, max = 4000) String reasons) {
    }

    record GroundsRequest(@NotNull @Size(min = 1, max = 4000) String grounds) {
    }

    record CrimeRequest(@NotNull @Size(min = 1, max = 300) String authority,
                        @NotNull @Size(min = 1, max = 4000) String description) {
    }

    record WithdrawalRequest(@NotNull @Size(min = 1, max = 4000) String statement) {
    }

    @Schema(description = "What was acted on")
    record Ref(String boardId, String caseId, String rulingId) {
    }

    @Schema(description = "A34: a board, its members and chair, and the cases referred to it")
    record Docket(String boardId, BoardLevel level, List<BoardMember> members, String chairId, List<DocketEntry> cases) {
    }

    @Schema(description = "A34-A36: an office's disciplinary cases and rulings as they stood at `asOf`")
    record History(String officeId, Instant asOf, List<HistoryEntry> cases) {
    }

    @Schema(description = "A35-4: the reprimands published on the Center's site")
    record Reprimands(List<PublicReprimand> reprimands) {
    }

    // ---- boards --------------------------------------------------------------------------

    @Operation(summary = "Constitute a disciplinary board (Center head)", description = """
            A34: a Primary Board is two judges chosen by the Center head and one Kanoon representative who does not \
            sit on a Kanoon's board that day (read from the Kanoons' boards in the ledger, \
            `A34_KANOON_REPRESENTATIVE_ON_KANOON_BOARD` naming the Kanoon); an Appeal Board two judges and one GD \
            representative.""" + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "201", description = "Constituted (BoardConstituted)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"boardId":"BRD-P-TEH","level":"PRIMARY","province":"تهران","members":[
             {"memberId":"0011000201","seat":"JUDGE","name":"قاضی یکم"},
             {"memberId":"0011000202","seat":"JUDGE","name":"قاضی دوم"},
             {"memberId":"0011000203","seat":"KANOON_REPRESENTATIVE","name":"نماینده کانون","kanoonBoardMember":false}]}""")))
    @SendsCommand
    @PostMapping("/boards")
    ResponseEntity<Ref> constitute(@Valid @RequestBody BoardRequest body) {
        List<BoardMember> members = body.members().stream()
                .map(m -> new BoardMember(m.memberId(), m.seat(), m.name(), m.kanoonBoardMember())).toList();
        commands.sendAndWait(new BoardCommand.ConstituteBoard(body.boardId(), body.level(), body.province(), members));
        return ResponseEntity.created(URI.create("/api/v1/discipline/boards/" + body.boardId() + "/docket"))
                .body(new Ref(body.boardId(), null, null));
    }

    @Operation(summary = "Elect the board's chair", description = """
            A34 note 1: the members' votes, voter to candidate; the judge with a majority of the board is chair. \
            Recorded by a member of the board.""" + ApiDocs.ROLES + "BOARD_MEMBER.")
    @ApiResponse(responseCode = "202", description = "Elected (BoardChairElected)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"votes":{"0011000201":"0011000201","0011000202":"0011000201","0011000203":"0011000202"}}""")))
    @SendsCommand
    @PostMapping(BOARD + "/chair")
    ResponseEntity<Ref> electChair(@PathVariable String boardId, @Valid @RequestBody ChairRequest body) {
        commands.sendAndWait(new BoardCommand.ElectChair(boardId, body.votes()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(boardId, null, null));
    }

    @Operation(summary = "A board's docket", description = """
            A34: the board's members and chair and the cases referred to it, each with the board's ruling if any."""
            + ApiDocs.ROLES + "BOARD_MEMBER, GD_OFFICER, CENTER_HEAD.")
    @ApiResponse(responseCode = "200", description = "The docket")
    @GetMapping(BOARD + "/docket")
    Docket docket(@PathVariable String boardId) {
        BoardComposition board = boards.boardOf(boardId).orElseThrow(() -> new NotFound("board"));
        List<DocketEntry> cases = queries.query(new FindBoardDocket(boardId),
                ResponseTypes.multipleInstancesOf(DocketEntry.class)).join();
        return new Docket(boardId, board.level(), board.members(), board.chairId(), cases);
    }

    // ---- cases ---------------------------------------------------------------------------

    @Operation(summary = "Open a disciplinary case", description = """
            A34/A37: against the office's manager or a staff member (national code), charging A37 clauses. From an \
            accepted inspection finding (`inspectionId`, `findingId`): its clause is charged and its evidence events \
            linked. From a complaint or a reported violation: `statement` states it. An inspector opens a case only \
            from a finding.""" + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD, INSPECTOR.")
    @ApiResponse(responseCode = "201", description = "Opened (DisciplinaryCaseOpened); `Location` names its record")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"origin":"INSPECTION_FINDING","officeId":"OFF-1001","accusedId":"0045678911","charges":[12],
             "inspectionId":"INS-1405-007","findingId":"6f1c2b1e-0c1f-3d8e-9a55-2b8c4c1d9e01"}""")))
    @SendsCommand
    @PostMapping("/cases")
    ResponseEntity<Ref> open(@Valid @RequestBody CaseRequest body) {
        String caseId = "DC-" + UUID.randomUUID();
        commands.sendAndWait(new DisciplinaryCaseCommand.OpenDisciplinaryCase(caseId, body.origin(), body.officeId(),
                body.accusedId(), body.charges(), body.statement(), body.inspectionId(), body.findingId()));
        return ResponseEntity.created(URI.create("/api/v1/discipline/cases/" + caseId)).body(new Ref(null, caseId, null));
    }

    @Operation(summary = "A disciplinary case's full record", description = """
            A34-A38: every step of the case in order (opening and its evidence, referrals with the board's \
            composition, rulings with who sat and who voted, notification and its deadline, appeal, objection, \
            finality, execution), each with its actor and time.""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD, BOARD_MEMBER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The record")
    @GetMapping(CASE)
    CaseRecords.CaseRecord record(@PathVariable String caseId) {
        return records.record(caseId).orElseThrow(() -> new NotFound("case"));
    }

    @Operation(summary = "Refer a case to a board", description = """
            A34: first to a Primary Board; after an appeal or the Center head's objection, to an Appeal Board none of \
            whose members sat on the Primary ruling. The board has elected its chair.""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Referred (CaseReferredToBoard)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"boardId":"BRD-P-TEH"}""")))
    @SendsCommand
    @PostMapping(CASE + "/referral")
    ResponseEntity<Ref> refer(@PathVariable String caseId, @Valid @RequestBody ReferralRequest body) {
        commands.sendAndWait(new DisciplinaryCaseCommand.ReferToBoard(caseId, body.boardId()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(body.boardId(), caseId, null));
    }

    @Operation(summary = "Issue the board's ruling (chair)", description = """
            A34 note 2, A35, A37, A38: the chair issues the ruling of a board that sat with all its members present \
            and decided by majority: a degree 1-6 (a suspension of 3-24 months) on clauses charged, or no violation. \
            Degrees 5-6 only against the manager; a manager finally penalised with degree 1-4 before gets a higher \
            degree (the refusal names the earlier ruling in `reason`). A Primary ruling of degree 1-4 is final at once \
            (A36); an Appeal ruling is final.""" + ApiDocs.ROLES + "BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Issued (RulingIssued, and RulingBecameFinal when final)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"rulingId":"RUL-1","presentMemberIds":["0011000201","0011000202","0011000203"],
             "inFavourIds":["0011000201","0011000203"],"degree":5,"suspensionMonths":3,"provenClauses":[12],
             "reasons":"اخذ وجه بیش از تعرفه مصوب ثابت است"}""")))
    @SendsCommand
    @PostMapping(CASE + "/rulings")
    ResponseEntity<Ref> rule(@PathVariable String caseId, @Valid @RequestBody RulingRequest body) {
        Penalty penalty = body.degree() == null ? null : new Penalty(body.degree(), body.suspensionMonths());
        commands.sendAndWait(new DisciplinaryCaseCommand.IssueRuling(caseId, body.rulingId(), body.presentMemberIds(),
                body.inFavourIds(), penalty, body.provenClauses(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/discipline/cases/" + caseId))
                .body(new Ref(null, caseId, body.rulingId()));
    }

    @Operation(summary = "Notify the ruling", description = """
            A36: the ruling is served on the person now; for a Primary ruling of degree 5-6 the 20-day appeal period \
            is computed by the deadline engine (Tehran days, the day of service not counted, a last day on a Friday \
            or an official holiday moved to the next working day; ADR 0100, 0800).""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Notified (RulingNotified, with the deadline)")
    @SendsCommand
    @PostMapping(RULING + "/notification")
    ResponseEntity<Ref> notifyRuling(@PathVariable String caseId, @PathVariable String rulingId) {
        commands.sendAndWait(new DisciplinaryCaseCommand.NotifyRuling(caseId, rulingId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(null, caseId, rulingId));
    }

    @Operation(summary = "Appeal a ruling (the penalised person)", description = """
            A36: a Primary ruling of degree 5 or 6 is appealed by the person penalised, by the last day of the \
            period; degrees 1-4 are final (`A36_RULING_FINAL`), a late appeal is refused (`A36_APPEAL_OUT_OF_TIME`, \
            the last day in `reason`).""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ".")
    @ApiResponse(responseCode = "202", description = "Lodged (AppealLodged)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"grounds":"مبلغ اضافه به متقاضی مسترد شده است"}""")))
    @SendsCommand
    @PostMapping(RULING + "/appeal")
    ResponseEntity<Ref> appeal(@PathVariable String caseId, @PathVariable String rulingId,
                               @Valid @RequestBody GroundsRequest body) {
        commands.sendAndWait(new DisciplinaryCaseCommand.LodgeAppeal(caseId, rulingId, body.grounds()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(null, caseId, rulingId));
    }

    @Operation(summary = "Object to a Primary ruling (Center head)", description = """
            A36: the Center head may object to any Primary ruling, once, before the Appeal Board rules."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (CenterHeadObjected)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"grounds":"مجازات با تخلف متناسب نیست"}""")))
    @SendsCommand
    @PostMapping(RULING + "/objection")
    ResponseEntity<Ref> object(@PathVariable String caseId, @PathVariable String rulingId,
                               @Valid @RequestBody GroundsRequest body) {
        commands.sendAndWait(new DisciplinaryCaseCommand.ObjectToRuling(caseId, rulingId, body.grounds()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(null, caseId, rulingId));
    }

    @Operation(summary = "Refer a crime discovered to the judicial authority", description = """
            A38: a member of the board hearing the case reports a crime it discovered; the case goes on (note 1)."""
            + ApiDocs.ROLES + "BOARD_MEMBER.")
    @ApiResponse(responseCode = "202", description = "Recorded (CrimeReferred)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"authority":"دادسرای عمومی و انقلاب تهران","description":"جعل رسید پرداخت"}""")))
    @SendsCommand
    @PostMapping(CASE + "/crime-referral")
    ResponseEntity<Ref> referCrime(@PathVariable String caseId, @Valid @RequestBody CrimeRequest body) {
        commands.sendAndWait(new DisciplinaryCaseCommand.ReferCrime(caseId, body.authority(), body.description()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(null, caseId, null));
    }

    @Operation(summary = "Record the complaint's withdrawal", description = """
            A38 note 2: the case goes on; the board's next ruling records the withdrawal as mitigating."""
            + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (ComplaintWithdrawn)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"statement":"شاکی رضایت داد"}""")))
    @SendsCommand
    @PostMapping(CASE + "/complaint-withdrawal")
    ResponseEntity<Ref> withdraw(@PathVariable String caseId, @Valid @RequestBody WithdrawalRequest body) {
        commands.sendAndWait(new DisciplinaryCaseCommand.WithdrawComplaint(caseId, body.statement()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Ref(null, caseId, null));
    }

    // ---- reads ---------------------------------------------------------------------------

    @Operation(summary = "An office's disciplinary history", description = """
            A34-A36: the office's cases opened by `asOf` (default: now; ISO-8601), each ruling as it stood then \
            (issued, final, set aside; notified, appealed, objected to; a suspension's end).""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD, BOARD_MEMBER, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The history")
    @GetMapping("/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/history")
    History history(@PathVariable String officeId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        Instant at = asOf == null ? GenericEventMessage.clock.instant() : asOf;
        return new History(officeId, at, queries.query(new FindDisciplinaryHistory(officeId, at),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join());
    }

    @Operation(summary = "The public list of reprimands", description = """
            A35-4: the reprimands of final degree-4 rulings, as published on the Center's site (office, case, ruling, \
            the person's role and the clauses; never the person's national code). A reprimand whose ruling was set \
            aside is taken off.""" + ApiDocs.NO_LOGIN)
    @ApiResponse(responseCode = "200", description = "The list")
    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @GetMapping("/reprimands")
    Reprimands reprimands() {
        return new Reprimands(queries.query(new FindPublicReprimands(),
                ResponseTypes.multipleInstancesOf(PublicReprimand.class)).join());
    }
}
