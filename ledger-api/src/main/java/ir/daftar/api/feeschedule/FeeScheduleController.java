package ir.daftar.api.feeschedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.core.feeschedule.FeeScheduleCommand;
import ir.daftar.core.feeschedule.FeeSchedules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
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
 * Office service fee schedules (A22(c), A24; ADR 0921): the Council proposes a version, the GD gives its opinion,
 * the Center head approves and the Head of the Judiciary confirms; anyone signed in reads the schedule in force.
 */
@RestController
@RequestMapping("/api/v1/office-fee-schedules")
@Tag(name = ApiDocs.TAG_OFFICES)
class FeeScheduleController {

    private static final String VERSION = "/{version:[0-9]{1,6}}";

    private final CommandGateway commands;
    private final FeeScheduleRecords records;

    FeeScheduleController(CommandGateway commands, FeeScheduleRecords records) {
        this.commands = commands;
        this.records = records;
    }

    record ProposalRequest(@Schema(description = "The next version number (1 for the first)") @NotNull Integer version,
                           @Schema(description = "When the version takes effect (in the future)") @NotNull Instant effectiveFrom,
                           @Schema(description = "Service code (upper-case letters, digits, _) -> amount in rials")
                           @NotNull @Size(min = 1, max = 200) Map<String, Long> fees,
                           @NotNull @Size(max = 200) String councilSession, @NotNull @Size(max = 2000) String reasons) {
    }

    record OpinionRequest(@NotNull Boolean agrees, @Size(max = 2000) String reasons) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reasons) {
    }

    record ConfirmationRequest(@NotNull Boolean confirmed, @Size(max = 2000) String reasons) {
    }

    @Schema(description = "The fee schedule version acted on")
    record VersionRef(@Schema(example = "1") int version) {
    }

    @Operation(summary = "Propose a fee schedule version (Council)", description = """
            A24: the Advisory Council proposes the next version of the office service fee schedule: each service's \
            amount in rials and the date it takes effect (in the future, after the last confirmed version's), naming \
            its session and reasons. One version is open at a time.""" + ApiDocs.ROLES + "COUNCIL_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Proposed (FeeScheduleProposed); `Location` names the schedules")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"version":1,"effectiveFrom":"2027-03-20T20:30:00Z","fees":{"PETITION_FILING":250000,"DOCUMENT_PAGE":20000},\
            "councilSession":"جلسه ۱۲ شورای مشورتی","reasons":"تورم سالانه"}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<VersionRef> propose(@Valid @RequestBody ProposalRequest body) {
        commands.sendAndWait(new FeeScheduleCommand.ProposeFeeSchedule(FeeSchedules.ID, body.version(), body.effectiveFrom(),
                body.fees(), body.councilSession(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/office-fee-schedules")).body(new VersionRef(body.version()));
    }

    @Operation(summary = "Give the GD's opinion on a fee schedule version", description = """
            A22(c): the General Directorate agrees or disagrees (with reasons) with the proposed version, once."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (FeeScheduleOpinionGiven)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"agrees":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/opinion")
    ResponseEntity<VersionRef> opinion(@PathVariable int version, @Valid @RequestBody OpinionRequest body) {
        commands.sendAndWait(new FeeScheduleCommand.GiveFeeScheduleOpinion(FeeSchedules.ID, version, body.agrees(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    @Operation(summary = "Approve or refuse a fee schedule version (Center head)", description = """
            A22(c): the Center head approves or refuses (with reasons) the version after the GD's opinion, once."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (FeeScheduleDecided)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"approved":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/decision")
    ResponseEntity<VersionRef> decide(@PathVariable int version, @Valid @RequestBody DecisionRequest body) {
        commands.sendAndWait(new FeeScheduleCommand.DecideFeeSchedule(FeeSchedules.ID, version, body.approved(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    @Operation(summary = "Confirm a fee schedule version (Head of the Judiciary)", description = """
            A22(c): the Head of the Judiciary confirms (or refuses, with reasons) the version the Center head \
            approved, once, before its effective date; it is in force from that date until the next confirmed \
            version's.""" + ApiDocs.ROLES + "HEAD_OF_JUDICIARY.")
    @ApiResponse(responseCode = "202", description = "Recorded (FeeScheduleConfirmed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"confirmed":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/confirmation")
    ResponseEntity<VersionRef> confirm(@PathVariable int version, @Valid @RequestBody ConfirmationRequest body) {
        commands.sendAndWait(new FeeScheduleCommand.ConfirmFeeSchedule(FeeSchedules.ID, version, body.confirmed(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    record PostingRequest(@Schema(description = "The office posting the schedule (the actor's own)", example = "OFF-101")
                          @NotNull @Size(max = 64) String officeId) {
    }

    @Operation(summary = "Post the fee schedule in force at an office", description = """
            A37-1: the manager or a staff member of the office records that the office posted the version of the             office service fee schedule in force now (`A37_1_SCHEDULE_NOT_POSTABLE` for another version or a second             posting; `A37_1_POSTING_BY_OFFICE_STAFF_ONLY` for another office). The posting, with who and when, is             read back with the schedules.""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ".")
    @ApiResponse(responseCode = "201", description = "Posted (FeeSchedulePosted)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"officeId":"OFF-101"}""")))
    @SendsCommand
    @PostMapping(VERSION + "/postings")
    ResponseEntity<VersionRef> post(@PathVariable int version, @Valid @RequestBody PostingRequest body) {
        commands.sendAndWait(new FeeScheduleCommand.PostFeeSchedule(FeeSchedules.ID, version, body.officeId()));
        return ResponseEntity.created(URI.create("/api/v1/office-fee-schedules")).body(new VersionRef(version));
    }

    @Operation(summary = "Read the office service fee schedules", description = """
            A22(c), A24, A37-1: the version in force now (each service's amount in rials) and every version \
            proposed, with its proposal, opinion, approval and confirmation side by side, each with actor and time;             and every office's posting of a version (A37-1: office, version, who, when)."""
            + ApiDocs.ROLES + "anyone signed in.")
    @ApiResponse(responseCode = "200", description = "The schedules")
    @GetMapping
    FeeScheduleRecords.SchedulesView schedules() {
        return records.schedules(Instant.now());
    }
}
