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
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.kanoon.Council;
import ir.daftar.core.kanoon.CouncilCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** The Advisory Council's membership (A23): the GD proposes, the Center head appoints; never a Kanoon board member too. */
@RestController
@Tag(name = ApiDocs.TAG_KANOONS)
class CouncilController {

    private final CommandGateway commands;
    private final EventStoreKanoons kanoons;

    CouncilController(CommandGateway commands, EventStoreKanoons kanoons) {
        this.commands = commands;
        this.kanoons = kanoons;
    }

    record ProposalRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,64}") String proposalId,
                           @NotNull @Size(max = 32) String nationalCode, @NotNull @Size(max = 200) String name,
                           @Schema(description = "The Jalali day the term ends (not included), e.g. 1408/12/10")
                           @NotNull @Size(max = 20) String termEnd) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reasons) {
    }

    record EndingRequest(@NotNull @Size(max = 2000) String reason) {
    }

    @Schema(description = "A Council act's reference")
    record CouncilRef(String councilId, String ref) {
    }

    @Schema(description = "A23: a Council member sitting today and the term (Jalali days, the end not included)")
    record MemberView(String nationalCode, String name, String termStart, String termEnd) {
    }

    @Operation(summary = "Propose a Council member (GD)", description = """
            A23: the GD proposes a person for the Advisory Council with the Jalali day the term ends (after today, \
            at most five years ahead). A member of a Kanoon board in that term is refused (A23 note)."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "201", description = "Proposed (CouncilMemberProposed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"proposalId":"CP-1404-01","nationalCode":"0011000058","name":"مریم رضایی","termEnd":"1408/12/10"}""")))
    @SendsCommand
    @PostMapping("/api/v1/council/proposals")
    ResponseEntity<CouncilRef> propose(@Valid @RequestBody ProposalRequest body) {
        JalaliDate end;
        try {
            end = JalaliDate.parse(body.termEnd());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("termEnd", "INVALID", "a Jalali date yyyy/mm/dd");
        }
        commands.sendAndWait(new CouncilCommand.ProposeCouncilMember(Council.ID, body.proposalId(),
                KanoonController.nationalCode(body.nationalCode()), body.name(), end));
        return ResponseEntity.status(HttpStatus.CREATED).body(new CouncilRef(Council.ID, body.proposalId()));
    }

    @Operation(summary = "Decide a Council proposal (Center head)", description = """
            A23: the Center head appoints the person proposed, from today to the proposed end (the seat is claimed \
            against the Kanoon boards' seats in the same transaction: of two appointments of one person to the \
            Council and to a board at the same moment, one passes), or refuses with reasons. Five seats."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (CouncilMemberAppointed or CouncilProposalRefused)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"approved":true}""")))
    @SendsCommand
    @PostMapping("/api/v1/council/proposals/{proposalId:[A-Za-z0-9\\-]{1,64}}/decision")
    ResponseEntity<CouncilRef> decide(@PathVariable String proposalId, @Valid @RequestBody DecisionRequest body) {
        commands.sendAndWait(new CouncilCommand.DecideCouncilProposal(Council.ID, proposalId, body.approved(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CouncilRef(Council.ID, proposalId));
    }

    @Operation(summary = "End a Council membership early", description = """
            A23: a member leaves the Council before the term's end, with the reason; the seat is free.""" + ApiDocs.ROLES
            + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (CouncilMembershipEnded)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"reason":"استعفا"}""")))
    @SendsCommand
    @PostMapping("/api/v1/council/members/{nationalCode:[0-9]{10}}/ending")
    ResponseEntity<CouncilRef> end(@PathVariable String nationalCode, @Valid @RequestBody EndingRequest body) {
        commands.sendAndWait(new CouncilCommand.EndCouncilMembership(Council.ID, nationalCode, body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CouncilRef(Council.ID, nationalCode));
    }

    @Operation(summary = "The Council's members", description = """
            A23: the members sitting today, each with the term (Jalali).""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, KANOON_BOARD_MEMBER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The members")
    @GetMapping("/api/v1/council")
    List<MemberView> members() {
        JalaliDate today = JalaliDate.of(TehranTime.dayOf(Instant.now()));
        return Council.membersFrom(kanoons.council(), today).stream()
                .map(m -> new MemberView(m.nationalCode(), m.name(), m.term().start().toString(), m.term().end().toString()))
                .toList();
    }
}
