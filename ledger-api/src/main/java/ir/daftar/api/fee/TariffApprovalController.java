package ir.daftar.api.fee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.core.fee.CourtFeeTariff;
import ir.daftar.core.fee.CourtFeeTariffApprovals;
import ir.daftar.core.fee.TariffCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
 * A22(c) (ADR 0921, revisited): the court-fee tariffs' approval trail: the Council proposes a version (the whole
 * tariff as data), the GD gives its opinion, the Center head approves, the Head of the Judiciary confirms; only
 * then is the version used. The tariffs shipped with the application are recorded as approved at start.
 */
@RestController
@RequestMapping("/api/v1/court-fee/tariff-versions")
@Tag(name = ApiDocs.TAG_REFERENCE)
class TariffApprovalController {

    private static final String VERSION = "/{version:[A-Za-z0-9.\\-]{1,40}}";

    private final CommandGateway commands;
    private final TariffTrail trail;

    TariffApprovalController(CommandGateway commands, TariffTrail trail) {
        this.commands = commands;
        this.trail = trail;
    }

    record ProposalRequest(@Schema(description = "The whole tariff: version, effectiveFrom, legalBasis, schedules")
                           @NotNull CourtFeeTariff tariff,
                           @NotNull @Size(max = 200) String councilSession, @NotNull @Size(max = 2000) String reasons) {
    }

    record StepRequest(@NotNull Boolean yes, @Size(max = 2000) String reasons) {
    }

    @Schema(description = "The tariff version acted on")
    record VersionRef(String version) {
    }

    @Operation(summary = "Propose a court-fee tariff version (Council)", description = """
            A22(c) (ADR 0921): the Advisory Council proposes a new court-fee tariff version, the whole tariff as data \
            (a new version name, effective in the future and after the last approved version: `A22_TARIFF_INVALID`), \
            naming its session and reasons. One version is open at a time (`A24_FEES_OUT_OF_ORDER`); it is used only \
            once confirmed.""" + ApiDocs.ROLES + "COUNCIL_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Proposed (CourtFeeTariffProposed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"tariff":{"version":"1406","effectiveFrom":"2027-03-20T20:30:00Z","legalBasis":"قانون بودجه ۱۴۰۶",\
            "schedules":[{"authorityKinds":["COURT","PROSECUTOR_OFFICE","DISPUTE_RESOLUTION_COUNCIL"],\
            "financialBands":[{"upToRials":null,"percent":3.5}],"financialMinimumRials":200000,\
            "nonFinancialPetitionRials":2000000,"requestRials":1000000,"complaintRials":400000}]},\
            "councilSession":"جلسه ۱۵ شورای مشورتی","reasons":"قانون بودجه"}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<VersionRef> propose(@Valid @RequestBody ProposalRequest body) {
        commands.sendAndWait(new TariffCommand.ProposeCourtFeeTariff(CourtFeeTariffApprovals.ID, body.tariff(),
                body.councilSession(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/court-fee/tariff-versions"))
                .body(new VersionRef(body.tariff().version()));
    }

    @Operation(summary = "Give the GD's opinion on a court-fee tariff version", description = """
            A22(c): the General Directorate agrees or disagrees (`yes`, with reasons) with the proposed version, once."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (CourtFeeTariffOpinionGiven)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/opinion")
    ResponseEntity<VersionRef> opinion(@PathVariable String version, @Valid @RequestBody StepRequest body) {
        commands.sendAndWait(new TariffCommand.GiveCourtFeeTariffOpinion(CourtFeeTariffApprovals.ID, version, body.yes(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    @Operation(summary = "Approve or refuse a court-fee tariff version (Center head)", description = """
            A22(c): the Center head approves or refuses (`yes`, with reasons) the version after the GD's opinion, once."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (CourtFeeTariffDecided)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/decision")
    ResponseEntity<VersionRef> decide(@PathVariable String version, @Valid @RequestBody StepRequest body) {
        commands.sendAndWait(new TariffCommand.DecideCourtFeeTariff(CourtFeeTariffApprovals.ID, version, body.yes(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    @Operation(summary = "Confirm a court-fee tariff version (Head of the Judiciary)", description = """
            A22(c): the Head of the Judiciary confirms (or refuses, `yes` with reasons) the approved version, once, \
            before its effective date; from that date it is the tariff court fees are assessed by."""
            + ApiDocs.ROLES + "HEAD_OF_JUDICIARY.")
    @ApiResponse(responseCode = "202", description = "Recorded (CourtFeeTariffConfirmed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"yes":true}""")))
    @SendsCommand
    @PostMapping(VERSION + "/confirmation")
    ResponseEntity<VersionRef> confirm(@PathVariable String version, @Valid @RequestBody StepRequest body) {
        commands.sendAndWait(new TariffCommand.ConfirmCourtFeeTariff(CourtFeeTariffApprovals.ID, version, body.yes(),
                body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new VersionRef(version));
    }

    @Operation(summary = "Read the court-fee tariffs' approval trail", description = """
            A22(c): every court-fee tariff version: the shipped ones with their file, the proposed ones with their \
            proposal, opinion, approval and confirmation side by side, each with actor and time, and whether the \
            version is approved (used from its effective date).""" + ApiDocs.ROLES + "anyone signed in.")
    @ApiResponse(responseCode = "200", description = "The trail")
    @GetMapping
    TariffTrail.TrailView trail() {
        return trail.read();
    }

}
