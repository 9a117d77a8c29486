package ir.daftar.api.kanoon;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.kanoon.BallotCount;
import ir.daftar.core.kanoon.BoardOffice;
import ir.daftar.core.kanoon.KanoonBoard;
import ir.daftar.core.kanoon.KanoonBoardCommand;
import ir.daftar.core.kanoon.KanoonBoardEvent.ElectionCounted;
import ir.daftar.core.kanoon.KanoonBoardEvent.ManagingDirectorDeputyNamed;
import ir.daftar.core.kanoon.KanoonBoardEvent.MotionDecided;
import ir.daftar.core.kanoon.SealedBallot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acts of a Kanoon's board (A27; ADR 1310): meetings and their quorum, motions carried by a majority of all the
 * members, the secret-ballot elections of the managing director, the chair and the treasurer with a count anyone
 * recomputes, the managing director's deputy, and the Kanoon's letters with the signatures they need.
 */
@RestController
@Tag(name = ApiDocs.TAG_KANOONS)
class KanoonBoardController {

    private static final String KANOON = "/api/v1/kanoons/{kanoonId:[A-Za-z0-9\\-]{1,64}}";
    private static final String MEETING = KANOON + "/meetings/{meetingId:[A-Za-z0-9\\-]{1,64}}";
    private static final String ELECTION = MEETING + "/elections/{electionId:[A-Za-z0-9\\-]{1,64}}";
    private static final String LETTER = KANOON + "/letters/{letterId:[A-Za-z0-9\\-]{1,64}}";
    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    private static final String CODE = "[0-9]{10}";
    /** The acts' roles sentence: the role, and the board checks the member sits on it (422 A27_BOARD_MEMBER_ONLY). */
    private static final String MEMBER = "\n\nOnly a member sitting on this board acts for it (otherwise 422 "
            + "A27_BOARD_MEMBER_ONLY)." + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.";

    private final CommandGateway commands;
    private final EventStoreKanoonBoards boards;

    KanoonBoardController(CommandGateway commands, EventStoreKanoonBoards boards) {
        this.commands = commands;
        this.boards = boards;
    }

    record MeetingRequest(@NotNull @Pattern(regexp = ID) String meetingId, @NotNull @Size(max = 2000) String agenda) {
    }

    record MotionRequest(@NotNull @Pattern(regexp = ID) String motionId, @NotNull @Size(max = 4000) String text,
                         @Schema(description = "The members present voting in favour (national codes)")
                         @NotNull @Size(max = 7) List<@NotNull @Pattern(regexp = CODE) String> inFavour,
                         @Schema(description = "The members present voting against")
                         @Size(max = 7) List<@NotNull @Pattern(regexp = CODE) String> against) {
    }

    record ElectionRequest(@NotNull @Pattern(regexp = ID) String electionId, @NotNull BoardOffice office,
                           @NotNull @Size(min = 1, max = 7) List<@NotNull @Pattern(regexp = CODE) String> candidates) {
    }

    record BallotRequest(@Schema(description = "The national code of the candidate voted for")
                         @NotNull @Pattern(regexp = CODE) String choice) {
    }

    record DeputyRequest(@NotNull @Pattern(regexp = ID) String officeId, @NotNull @Pattern(regexp = CODE) String nationalCode,
                         @NotNull @Size(max = 200) String name) {
    }

    record LetterRequest(@NotNull @Pattern(regexp = ID) String letterId, @NotNull @Size(max = 200) String subject,
                         @NotNull @Size(max = 8000) String text,
                         @Schema(description = "A financial letter needs the treasurer's signature too") @NotNull
                         Boolean financial) {
    }

    @Schema(description = "A board act recorded: the Kanoon and the act's id")
    record BoardRef(@Schema(example = "kanoon-tehran") String kanoonId, String ref) {
    }

    @Schema(description = "A27: a motion decided by roll call; carried only by a majority of all the board's members")
    record MotionResult(String motionId, int inFavour, int against, int members, boolean carried) {
    }

    @Schema(description = "A27 secret ballot: the voter's receipt, the commitment of the sealed ballot, to be found "
            + "among the ballots the count publishes")
    record Receipt(String electionId, @Schema(description = "hex SHA-256") String receipt) {
    }

    @Schema(description = "A27: whether the published ballots give the published count (recomputed on every read)")
    record Recount(boolean verified, List<String> problems) {
    }

    @Schema(description = "A27: an election by secret ballot; once closed, every sealed ballot (choice, nonce, "
            + "commitment) ordered by commitment, the votes per candidate and the candidate elected by a majority of "
            + "the board's members (absent: none)")
    record ElectionView(String electionId, BoardOffice office, List<String> candidates,
                        @Schema(description = "The members who voted (participation, not choices), sorted")
                        List<String> voted, boolean open, List<SealedBallot> ballots, Map<String, Integer> tally,
                        String elected, Integer members, Recount recount) {
    }

    @Schema(description = "A27: a meeting, the members of the board that day, those present, whether they make a quorum")
    record MeetingView(String meetingId, String agenda, String heldOn, List<String> members, List<String> present,
                       boolean quorum, List<MotionDecided> motions, List<ElectionView> elections) {
    }

    @Schema(description = "A27: a letter, its signatures (office -> national code) and whether it was issued")
    record LetterView(String letterId, String subject, boolean financial, Map<BoardOffice, String> signatures,
                      boolean issued) {
    }

    @Schema(description = "A27: the board's meetings, elections and published counts, its officers, the managing "
            + "director's deputy and the Kanoon's letters")
    record BoardActs(String kanoonId, Map<BoardOffice, String> officers, ManagingDirectorDeputyNamed deputy,
                     List<MeetingView> meetings, List<LetterView> letters) {
    }

    @Operation(summary = "Convene a meeting of the board", description = """
            A27: a sitting member convenes a meeting; the members sitting on the board that day are the board whose \
            majorities count (quorum: a majority of them present; a motion: a majority of them in favour).""" + MEMBER)
    @ApiResponse(responseCode = "201", description = "Convened (MeetingConvened); `Location` names the board's acts")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"meetingId":"KM-1404-01","agenda":"نخستین جلسه: انتخاب مدیرعامل، رئیس و خزانه‌دار"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/meetings")
    ResponseEntity<BoardRef> convene(@PathVariable String kanoonId, @Valid @RequestBody MeetingRequest body) {
        commands.sendAndWait(new KanoonBoardCommand.ConveneMeeting(KanoonBoard.idFor(kanoonId), kanoonId, body.meetingId(),
                body.agenda()));
        return ResponseEntity.created(URI.create("/api/v1/kanoons/" + kanoonId + "/meetings"))
                .body(new BoardRef(kanoonId, body.meetingId()));
    }

    @Operation(summary = "Record one's presence at a meeting", description = """
            A27: a member of the board the meeting was convened with records being present (the caller, not \
            another member). Only members present vote.""" + MEMBER)
    @ApiResponse(responseCode = "202", description = "Recorded (MemberAttended; nothing new the second time)")
    @SendsCommand
    @PostMapping(MEETING + "/attendance")
    ResponseEntity<BoardRef> attend(@PathVariable String kanoonId, @PathVariable String meetingId) {
        commands.sendAndWait(new KanoonBoardCommand.AttendMeeting(KanoonBoard.idFor(kanoonId), meetingId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BoardRef(kanoonId, meetingId));
    }

    @Operation(summary = "Put a motion to a roll call", description = """
            A27: with a quorum present (otherwise 422 A27_NO_QUORUM), a present member records a motion and the \
            present members in favour and against. It is carried only when those in favour are a majority of all the \
            board's members, not only of those present: 3 in favour of 4 present on a board of 6 is not carried."""
            + MEMBER)
    @ApiResponse(responseCode = "201", description = "Decided (MotionDecided), carried or not")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"motionId":"M-1404-01","text":"تصویب بودجه سال ۱۴۰۵","inFavour":["0011000015","0011000023"],\
            "against":["0011000031"]}""")))
    @SendsCommand
    @PostMapping(MEETING + "/motions")
    ResponseEntity<MotionResult> motion(@PathVariable String kanoonId, @PathVariable String meetingId,
                                        @Valid @RequestBody MotionRequest body) {
        MotionDecided decided = commands.sendAndWait(new KanoonBoardCommand.PutMotion(KanoonBoard.idFor(kanoonId),
                meetingId, body.motionId(), body.text(), body.inFavour(), body.against()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new MotionResult(decided.motionId(),
                decided.inFavour().size(), decided.against().size(), decided.members(), decided.carried()));
    }

    @Operation(summary = "Open a secret-ballot election of an officer", description = """
            A27: with a quorum present, a present member opens the election of the managing director (candidates: \
            members sitting on the board), the chair or the treasurer (candidates: the office-manager members only, \
            otherwise 422 A27_OFFICER_NOT_AN_OFFICE_MANAGER), for an office nobody sitting holds.""" + MEMBER)
    @ApiResponse(responseCode = "201", description = "Opened (ElectionOpened)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"electionId":"E-1404-CHAIR","office":"CHAIR","candidates":["0011000015","0011000049"]}""")))
    @SendsCommand
    @PostMapping(MEETING + "/elections")
    ResponseEntity<BoardRef> openElection(@PathVariable String kanoonId, @PathVariable String meetingId,
                                          @Valid @RequestBody ElectionRequest body) {
        commands.sendAndWait(new KanoonBoardCommand.OpenElection(KanoonBoard.idFor(kanoonId), meetingId,
                body.electionId(), body.office(), body.candidates()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new BoardRef(kanoonId, body.electionId()));
    }

    @Operation(summary = "Cast a secret ballot", description = """
            A27: a member present at the meeting votes once (422 A27_NOT_PRESENT, A27_ALREADY_VOTED). The ledger \
            records that the member voted, never the choice; the sealed ballot (choice, random nonce, SHA-256 \
            commitment) goes into a ballot box that names no voter. The answer is the commitment: the voter's \
            receipt, to be found among the ballots the count publishes (ADR 1310).""" + MEMBER)
    @ApiResponse(responseCode = "201", description = "Cast (BallotCast); the receipt")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"choice":"0011000015"}""")))
    @SendsCommand
    @PostMapping(ELECTION + "/ballots")
    ResponseEntity<Receipt> cast(@PathVariable String kanoonId, @PathVariable String meetingId,
                                 @PathVariable String electionId, @Valid @RequestBody BallotRequest body) {
        String receipt = commands.sendAndWait(new KanoonBoardCommand.CastBallot(KanoonBoard.idFor(kanoonId), meetingId,
                electionId, body.choice()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(electionId, receipt));
    }

    @Operation(summary = "Close a ballot and publish the count", description = """
            A27: a present member closes the ballot. The box must hold one ballot per vote recorded, each matching \
            its commitment (otherwise 422 A27_BALLOT_BOX_NOT_VERIFIED); then the system publishes every ballot, \
            ordered by commitment, the votes per candidate and the candidate elected by a majority of the board's \
            members, and the box is emptied.""" + MEMBER)
    @ApiResponse(responseCode = "202", description = "Counted (BallotClosed, ElectionCounted); the count")
    @SendsCommand
    @PostMapping(ELECTION + "/closing")
    ResponseEntity<ElectionView> close(@PathVariable String kanoonId, @PathVariable String meetingId,
                                       @PathVariable String electionId) {
        ElectionCounted count = commands.sendAndWait(new KanoonBoardCommand.CloseElection(KanoonBoard.idFor(kanoonId),
                meetingId, electionId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(boards.board(kanoonId).orElseThrow(() -> new NotFound("kanoon"))
                .meetings().stream().flatMap(m -> m.elections().stream()).filter(e -> e.electionId().equals(count.electionId()))
                .findFirst().map(KanoonBoardController::view).orElseThrow());
    }

    @Operation(summary = "The board's meetings, elections, counts, officers and letters", description = """
            A27: each meeting with the members of the board that day, those present and the quorum, the motions and \
            how they were decided, the elections: the members who voted and, once closed, every sealed ballot \
            (choice, nonce, commitment), the votes per candidate, the one elected, and the recount of the published \
            ballots done on this read; the officers, the managing director's deputy, the letters and their \
            signatures.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER, GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The board's acts")
    @GetMapping(KANOON + "/meetings")
    BoardActs acts(@PathVariable String kanoonId) {
        KanoonBoard.State state = boards.board(kanoonId).orElseThrow(() -> new NotFound("kanoon"));
        return new BoardActs(state.kanoonId(), state.officers(), state.deputy(), state.meetings().stream()
                .map(m -> new MeetingView(m.meetingId(), m.agenda(), m.heldOn().toString(), m.members(), m.present(),
                        m.quorum(), m.motions(), m.elections().stream().map(KanoonBoardController::view).toList()))
                .toList(), state.letters().stream().map(l -> new LetterView(l.letterId(), l.subject(), l.financial(),
                l.signatures(), l.issued())).toList());
    }

    @Operation(summary = "Name the managing director's deputy at his office", description = """
            A27 note: the managing director works full-time at the Kanoon and names the deputy who runs his own \
            office (422 A27_NOT_THE_MANAGING_DIRECTOR for anyone else).""" + MEMBER)
    @ApiResponse(responseCode = "201", description = "Named (ManagingDirectorDeputyNamed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"officeId":"OFF-1001","nationalCode":"0011000041","name":"معاون دفتر"}""")))
    @SendsCommand
    @PostMapping(KANOON + "/deputy")
    ResponseEntity<BoardRef> deputy(@PathVariable String kanoonId, @Valid @RequestBody DeputyRequest body) {
        commands.sendAndWait(new KanoonBoardCommand.NameDeputy(KanoonBoard.idFor(kanoonId), body.officeId(),
                KanoonController.nationalCode(body.nationalCode()), body.name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new BoardRef(kanoonId, body.nationalCode()));
    }

    @Operation(summary = "Draft a letter of the Kanoon", description = """
            A27: a sitting member drafts a letter; it is issued with the managing director's signature, and a \
            financial one with the treasurer's as well.""" + MEMBER)
    @ApiResponse(responseCode = "201", description = "Drafted (LetterDrafted)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"letterId":"L-1404-01","subject":"پرداخت هزینهٔ دوره آموزشی","text":"...","financial":true}""")))
    @SendsCommand
    @PostMapping(KANOON + "/letters")
    ResponseEntity<BoardRef> draft(@PathVariable String kanoonId, @Valid @RequestBody LetterRequest body) {
        commands.sendAndWait(new KanoonBoardCommand.DraftLetter(KanoonBoard.idFor(kanoonId), body.letterId(),
                body.subject(), body.text(), body.financial()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new BoardRef(kanoonId, body.letterId()));
    }

    @Operation(summary = "Sign a letter", description = """
            A27: the managing director, or the treasurer, signs as such (422 A27_NOT_A_SIGNATORY for anyone \
            else).""" + MEMBER)
    @ApiResponse(responseCode = "202", description = "Signed (LetterSigned)")
    @SendsCommand
    @PostMapping(LETTER + "/signatures")
    ResponseEntity<BoardRef> sign(@PathVariable String kanoonId, @PathVariable String letterId) {
        commands.sendAndWait(new KanoonBoardCommand.SignLetter(KanoonBoard.idFor(kanoonId), letterId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BoardRef(kanoonId, letterId));
    }

    @Operation(summary = "Issue a letter", description = """
            A27: refused without the signature of the managing director sitting now \
            (A27_LETTER_NEEDS_MANAGING_DIRECTOR) and, for a financial letter, of the treasurer \
            (A27_FINANCIAL_LETTER_NEEDS_TREASURER).""" + MEMBER)
    @ApiResponse(responseCode = "202", description = "Issued (LetterIssued)")
    @SendsCommand
    @PostMapping(LETTER + "/issue")
    ResponseEntity<BoardRef> issue(@PathVariable String kanoonId, @PathVariable String letterId) {
        commands.sendAndWait(new KanoonBoardCommand.IssueLetter(KanoonBoard.idFor(kanoonId), letterId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BoardRef(kanoonId, letterId));
    }

    private static ElectionView view(KanoonBoard.ElectionView e) {
        ElectionCounted c = e.count();
        if (c == null) {
            return new ElectionView(e.electionId(), e.office(), e.candidates(), e.voted(), true, null, null, null, null,
                    null);
        }
        List<String> problems = BallotCount.problems(c.kanoonId(), c.electionId(), e.candidates(), e.voted().size(),
                c.ballots(), c.tally(), c.elected(), c.members());
        return new ElectionView(e.electionId(), e.office(), e.candidates(), e.voted(), false, c.ballots(), c.tally(),
                c.elected(), c.members(), new Recount(problems.isEmpty(), problems));
    }
}
