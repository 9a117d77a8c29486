package ir.daftar.api.complaint;

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
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.complaint.ComplaintCommand;
import ir.daftar.core.complaint.ComplaintOutcome;
import ir.daftar.core.discipline.CaseOrigin;
import ir.daftar.core.discipline.DisciplinaryCaseCommand;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.OfficeLocator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints about offices (A28(e); ADR 1320): anyone signed in lodges one and reads their own; a sitting member of
 * the board of the Kanoon covering the office reviews it, reports it to the GD and may open one disciplinary case
 * from it; the GD lists the complaints reported to it.
 */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = ApiDocs.TAG_KANOONS)
class ComplaintController {

    private static final String ID = "[A-Za-z0-9\\-]{1,64}";
    private static final String COMPLAINT = "/{complaintId:[A-Za-z0-9\\-]{1,64}}";

    private final CommandGateway commands;
    private final ComplaintRecords records;
    private final KanoonBoardSeats seats;
    private final OfficeLocator locator;
    private final KanoonRegistry registry;
    private final TransactionTemplate transaction;

    ComplaintController(CommandGateway commands, ComplaintRecords records, KanoonBoardSeats seats, OfficeLocator locator,
                        KanoonRegistry registry, TransactionTemplate transaction) {
        this.commands = commands;
        this.records = records;
        this.seats = seats;
        this.locator = locator;
        this.registry = registry;
        this.transaction = transaction;
    }

    record LodgeRequest(@NotNull @Pattern(regexp = ID) String officeId,
                        @Schema(description = "What happened (at most 4000 characters)") @NotNull @Size(max = 4000) String text,
                        @Schema(description = "Optional: the filing the complaint is about") @Pattern(regexp = ID) String filingId) {
    }

    record ReviewRequest(@NotNull ComplaintOutcome outcome, @NotNull @Size(max = 4000) String reasons) {
    }

    record CaseRequest(@Schema(description = "The national code of the office's manager or staff member accused")
                       @NotNull @Pattern(regexp = "[0-9]{10}") String accusedId,
                       @Schema(description = "A37 clauses charged (1-14)") @NotNull @Size(min = 1, max = 14)
                       List<@NotNull @Min(1) @Max(14) Integer> charges) {
    }

    @Schema(description = "A complaint acted on, and the disciplinary case opened from it")
    record ComplaintRef(@Schema(example = "CMP-3f1c2b1e-0c1f-4d8e-9a55-2b8c4c1d9e01") String complaintId, String caseId) {
    }

    @Schema(description = "A28(e): the complaints the Kanoons' boards reported to the GD")
    record Reported(List<ComplaintRecords.ComplaintView> complaints) {
    }

    @Operation(summary = "Lodge a complaint about an office", description = """
            A28(e): anyone signed in complains about an office (its id, what happened, optionally the filing it is \
            about). The Kanoon covering the office (A25: its province's own, else the nearest) is named; its board \
            reviews the complaint. The complainant reads it at `Location`.""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "201", description = "Lodged (ComplaintLodged); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"officeId":"OFF-1001","text":"دفتر برای ثبت دادخواست بیش از تعرفه وجه گرفت و قبض نداد"}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<ComplaintRef> lodge(@Valid @RequestBody LodgeRequest body) {
        String complaintId = "CMP-" + UUID.randomUUID();
        commands.sendAndWait(new ComplaintCommand.LodgeComplaint(complaintId, body.officeId(), body.text(), body.filingId()));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaintId))
                .body(new ComplaintRef(complaintId, null));
    }

    @Operation(summary = "The complaints reported to the GD", description = """
            A28(e): every complaint a Kanoon's board reviewed and reported to the General Directorate, oldest report \
            first, with the board's finding and reasons and the disciplinary case opened from it, if any."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "200", description = "The reported complaints")
    @GetMapping("/reported")
    Reported reported() {
        return new Reported(records.reported());
    }

    @Operation(summary = "Read a complaint", description = """
            A28(e): where a complaint stands (lodged, reviewed, reported, referred), the board's finding and reasons, \
            and the disciplinary case opened from it. The complainant reads their own; the GD and the members sitting \
            on the board of the complaint's Kanoon (or of the Kanoon covering the office now) read it; to anyone else \
            it does not exist (404)."""
            + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The complaint")
    @GetMapping(COMPLAINT)
    ComplaintRecords.ComplaintView read(@PathVariable String complaintId) {
        ComplaintRecords.Found found = records.find(complaintId).orElseThrow(() -> new NotFound("complaint"));
        Actor actor = CurrentActor.get().orElseThrow(() -> new NotFound("complaint"));
        boolean complainant = actor.id().equals(found.complainantId());
        boolean gd = actor.role() == ActorRole.GD_OFFICER;
        // the board of the complaint's Kanoon, or of the Kanoon covering the office now (which reviews it, A25)
        String covering = KanoonBoardSeats.coveringNow(found.view().officeId(), locator, registry).orElse(null);
        boolean board = actor.role() == ActorRole.KANOON_BOARD_MEMBER
                && (seats.sitsOn(found.view().kanoonId(), actor.id(), TehranTime.dayOf(Instant.now()))
                || seats.sitsOn(covering, actor.id(), TehranTime.dayOf(Instant.now())));
        if (!complainant && !gd && !board) {
            throw new NotFound("complaint");
        }
        return found.view();
    }

    @Operation(summary = "Review a complaint (Kanoon board)", description = """
            A28(e): a sitting member of the board of the Kanoon covering the office now records the board's finding \
            (UPHELD or DISMISSED) with its reasons, once.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "202", description = "Reviewed (ComplaintReviewed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"outcome":"UPHELD","reasons":"قبض صادر نشده و وجه بیش از تعرفه دریافت شده است"}""")))
    @SendsCommand
    @PostMapping(COMPLAINT + "/review")
    ResponseEntity<ComplaintRef> review(@PathVariable String complaintId, @Valid @RequestBody ReviewRequest body) {
        commands.sendAndWait(new ComplaintCommand.ReviewComplaint(complaintId, body.outcome(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ComplaintRef(complaintId, null));
    }

    @Operation(summary = "Report a complaint to the GD (Kanoon board)", description = """
            A28(e): after its review, the covering board reports the complaint and its finding to the General \
            Directorate, once.""" + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "202", description = "Reported (ComplaintReportedToGd)")
    @SendsCommand
    @PostMapping(COMPLAINT + "/report")
    ResponseEntity<ComplaintRef> report(@PathVariable String complaintId) {
        commands.sendAndWait(new ComplaintCommand.ReportComplaintToGd(complaintId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ComplaintRef(complaintId, null));
    }

    @Operation(summary = "Open a disciplinary case from a complaint (Kanoon board)", description = """
            A28(e), A34, A37: the covering board opens a disciplinary case from a complaint it upheld and reported, \
            against the office's manager or a staff member, charging A37 clauses; the complaint's text is the case's \
            statement. A complaint opens at most one case. The referral (ComplaintReferredToDiscipline) and the case \
            (DisciplinaryCaseOpened, origin COMPLAINT) are recorded in one transaction: both or neither."""
            + ApiDocs.ROLES + "KANOON_BOARD_MEMBER.")
    @ApiResponse(responseCode = "201", description = "Opened; `Location` names the case's record")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"accusedId":"0045678911","charges":[6,12]}""")))
    @SendsCommand
    @PostMapping(COMPLAINT + "/disciplinary-case")
    ResponseEntity<ComplaintRef> openCase(@PathVariable String complaintId, @Valid @RequestBody CaseRequest body) {
        String caseId = "DC-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new ComplaintCommand.ReferComplaintToDiscipline(complaintId, caseId, body.accusedId()));
            ComplaintRecords.ComplaintView complaint = records.find(complaintId).orElseThrow().view();
            commands.sendAndWait(new DisciplinaryCaseCommand.OpenDisciplinaryCase(caseId, CaseOrigin.COMPLAINT,
                    complaint.officeId(), body.accusedId(), body.charges(), complaint.text(), null, null, complaintId));
        });
        return ResponseEntity.created(URI.create("/api/v1/discipline/cases/" + caseId))
                .body(new ComplaintRef(complaintId, caseId));
    }
}
