package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeDirectory;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's licence (A22(b), A24, A35-5/6; ADR 0900): the Council proposes, the GD gives its opinion, the
 * Center head decides; the record shows each decision's three steps side by side.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/licence")
@Tag(name = ApiDocs.TAG_OFFICES)
class LicenceController {

    private static final String DECISION = "/decisions/{decisionId:[A-Za-z0-9\\-]{1,40}}";

    private final CommandGateway commands;
    private final OfficeDirectory offices;
    private final OfficeAccess access;
    private final LicenceRecords records;

    LicenceController(CommandGateway commands, OfficeDirectory offices, OfficeAccess access, LicenceRecords records) {
        this.commands = commands;
        this.offices = offices;
        this.access = access;
        this.records = records;
    }

    record ProposalRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9\\-]{1,40}") String decisionId,
                           @NotNull LicenceDecisionKind kind,
                           @Schema(description = "ISSUE/RENEW/REPLACE: the new expiry; SUSPEND: the end of the suspension")
                           Instant until,
                           @Schema(description = "RELOCATE: the new address") @Size(max = 300) String address,
                           @Schema(description = "RELOCATE: the new province, if it changes") @Size(max = 100) String province,
                           @NotNull @Size(max = 200) String councilSession, @NotNull @Size(max = 2000) String reasons) {
    }

    record OpinionRequest(@NotNull Boolean agrees, @Size(max = 2000) String reasons) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reasons) {
    }

    @Schema(description = "The licence decision acted on")
    record DecisionRef(@Schema(example = "OFF-1003") String officeId, @Schema(example = "LIC-1404-001") String decisionId) {
    }

    @Schema(description = "An office's licence now and the decisions that made it (ADR 0900)")
    record LicenceRecord(String officeId,
                         @Schema(description = "Whether the filing intake asks for a licence in force") boolean required,
                         LicenceCondition condition, boolean inForce,
                         @Schema(description = "The condition in words, as a refusal would give it") String explanation,
                         Instant expiresAt, Instant suspendedUntil, String address, String province,
                         List<LicenceRecords.DecisionView> decisions,
                         @Schema(description = "A35-5/6 (ADR 1200): the disciplinary rulings executed on the licence")
                         List<LicenceRecords.RulingView> rulings) {
    }

    @Operation(summary = "Propose a licence decision (Council)", description = """
            A24: the Advisory Council proposes to issue (with expiry), renew (new expiry), suspend (until a time), \
            revoke, relinquish or relocate (new address, possibly province) the office's licence, or to replace the \
            office (A31: REPLACE, with the new expiry, once its manager relinquished the licence or died and the \
            manager's appointment has ended; the GD then hires the new manager), naming its session and its reasons. The decision id is the proposer's; one open decision per office.""" + ApiDocs.ROLES
            + "COUNCIL_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Proposed (LicenceDecisionProposed); `Location` names the licence record")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"LIC-1404-001","kind":"ISSUE","until":"2031-03-20T20:30:00Z",\
            "councilSession":"جلسه ۱۲ شورای مشورتی","reasons":"احراز شرایط متقاضی"}""")))
    @SendsCommand
    @PostMapping("/decisions")
    ResponseEntity<DecisionRef> propose(@PathVariable String officeId, @Valid @RequestBody ProposalRequest body) {
        commands.sendAndWait(new OfficeCommand.ProposeLicenceDecision(officeId, body.decisionId(), body.kind(),
                new LicenceTerms(body.until(), body.address(), body.province()), body.councilSession(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/offices/" + officeId + "/licence"))
                .body(new DecisionRef(officeId, body.decisionId()));
    }

    @Operation(summary = "Give the GD's opinion on a licence proposal", description = """
            A22(b): the General Directorate agrees or disagrees with the Council's proposal (a disagreement \
            states its reasons) and forwards it to the Center head. Once per decision, after the proposal."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (LicenceDecisionOpinionGiven)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"agrees":true,"reasons":"مدارک کامل است"}""")))
    @SendsCommand
    @PostMapping(DECISION + "/opinion")
    ResponseEntity<DecisionRef> opinion(@PathVariable String officeId, @PathVariable String decisionId,
                                        @Valid @RequestBody OpinionRequest body) {
        commands.sendAndWait(new OfficeCommand.GiveLicenceOpinion(officeId, decisionId, body.agrees(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new DecisionRef(officeId, decisionId));
    }

    @Operation(summary = "Decide a licence proposal (Center head)", description = """
            A14/A22(b): the Center head approves or refuses (with reasons) the proposal after the GD's opinion. \
            An approval changes the licence as proposed; a suspension ends by itself at the end of its period."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (LicenceDecisionDecided)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"approved":true}""")))
    @SendsCommand
    @PostMapping(DECISION + "/decision")
    ResponseEntity<DecisionRef> decide(@PathVariable String officeId, @PathVariable String decisionId,
                                       @Valid @RequestBody DecisionRequest body) {
        commands.sendAndWait(new OfficeCommand.DecideLicenceDecision(officeId, decisionId, body.approved(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new DecisionRef(officeId, decisionId));
    }

    @Operation(summary = "Read an office's licence record", description = """
            A22/A24: whether the intake asks this office for a licence, whether it is in force now and why not \
            (never issued, expired, suspended until when, revoked, relinquished), its expiry and place, and every \
            licence decision with its proposal, opinion and decision side by side, each with its actor and time, and \
            the disciplinary rulings executed on it (A35-5/6: suspension, revocation; A36: set aside). \
            Office staff see only their own office.""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF
            + ", COUNCIL_MEMBER, GD_OFFICER, CENTER_HEAD, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The licence record")
    @GetMapping
    LicenceRecord record(@PathVariable String officeId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        if (!access.mayReadStaffing(user, officeId)) {
            throw new NotFound("office");
        }
        Licence licence = offices.licenceOf(officeId).orElseThrow(() -> new NotFound("office"));
        Instant now = Instant.now();
        LicenceRecords.History history = records.history(officeId, null);
        return new LicenceRecord(officeId, licence.enforced(), licence.conditionAt(now), licence.inForceAt(now),
                licence.explainAt(now), licence.expiresAt(), licence.suspendedUntil(), licence.address(),
                licence.province(), history.decisions(), history.rulings());
    }
}
