package ir.daftar.api.establishment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.office.EligibilityRequest;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.establishment.Applicant;
import ir.daftar.core.establishment.OfficeCallCommand;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.party.NationalCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
 * The establishment of offices (A3, A14, A22(a); ADR 0920): the GD's call for applicants, the applications and
 * their vetting, the GD's proposal, the Center head's decision and appointment of the manager, after which the
 * office exists in the registry. Every step is its own event with its actor; no step writes the office directly.
 */
@RestController
@RequestMapping("/api/v1/office-calls")
@Tag(name = ApiDocs.TAG_OFFICES)
class OfficeCallController {

    private static final String ID_PATTERN = "[A-Za-z0-9\\-]{1,40}";
    private static final String CALL = "/{callId:[A-Za-z0-9\\-]{1,40}}";
    private static final String APPLICATION = CALL + "/applications/{applicationId:[A-Za-z0-9\\-]{1,40}}";

    private final CommandGateway commands;
    private final OfficeCallRecords records;

    OfficeCallController(CommandGateway commands, OfficeCallRecords records) {
        this.commands = commands;
        this.records = records;
    }

    record OpenCallRequest(@NotNull @Pattern(regexp = ID_PATTERN) String callId, @NotNull @Size(max = 100) String province,
                           @NotNull @Size(max = 100) String city,
                           @Schema(description = "How many offices the call is for (1 to 100)") @NotNull Integer offices) {
    }

    record ApplicationRequest(@NotNull @Pattern(regexp = ID_PATTERN) String applicationId,
                              @Schema(description = "The applicant's national code (the future manager, A14/A17)")
                              @NotNull @Size(max = 32) String nationalCode,
                              @NotNull @Size(max = 200) String name,
                              @Schema(description = "A3: the notary office or other body the office would be chosen from")
                              @Size(max = 200) String formerBody) {
    }

    record VettingRequest(@NotNull Boolean accepted, @NotNull @Size(max = 2000) String reasons,
                          @Schema(description = "The receipt of the vetting fee paid") @Size(max = 100) String feeReceipt,
                          @Schema(description = "The vetting fee paid, in rials") @NotNull Long feeAmount) {
    }

    record ProposalRequest(@NotNull @Pattern(regexp = ID_PATTERN) String officeId, @NotNull @Size(max = 200) String name,
                           @NotNull OfficeOrigin origin, @NotNull @Size(max = 2000) String reasons) {
    }

    @Schema(description = "A14, A16-A21: the evidence of the manager's eligibility, as a hire's `eligibility`")
    record ManagerRequest(@NotNull @Valid EligibilityRequest eligibility) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String reasons) {
    }

    @Schema(description = "The call or application acted on")
    record CallRef(@Schema(example = "CALL-1405-01") String callId, @Schema(example = "APP-7") String applicationId,
                   @Schema(description = "The office proposed or established, once there is one") String officeId) {
    }

    @Operation(summary = "Open a call for applicants (GD)", description = """
            A22(a): the General Directorate calls for applicants for a number of offices (1 to 100) in a city. \
            The call id is the GD's.""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "201", description = "Opened (OfficeCallOpened); `Location` names the call")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"callId":"CALL-1405-01","province":"تهران","city":"تهران","offices":2}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<CallRef> open(@Valid @RequestBody OpenCallRequest body) {
        commands.sendAndWait(new OfficeCallCommand.OpenOfficeCall(body.callId(), body.province(), body.city(), body.offices()));
        return ResponseEntity.created(URI.create("/api/v1/office-calls/" + body.callId()))
                .body(new CallRef(body.callId(), null, null));
    }

    @Operation(summary = "Record an application under a call (GD)", description = """
            A22(a): an applicant's application received under the call: the applicant (national code with its check \
            digit, name) and, for an office chosen from a notary office or another body (A3), that office or body."""
            + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "201", description = "Received (ApplicationReceived)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"applicationId":"APP-7","nationalCode":"0012345679","name":"مریم رضایی","formerBody":"دفتر اسناد رسمی ۱۲ تهران"}""")))
    @SendsCommand
    @PostMapping(CALL + "/applications")
    ResponseEntity<CallRef> receive(@PathVariable String callId, @Valid @RequestBody ApplicationRequest body) {
        NationalCode code;
        try {
            code = NationalCode.parse(body.nationalCode());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("nationalCode", "INVALID", "not a valid national code");
        }
        Applicant applicant;
        try {
            applicant = new Applicant(code, body.name(), body.formerBody());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("name", "INVALID", e.getMessage());
        }
        commands.sendAndWait(new OfficeCallCommand.ReceiveApplication(callId, body.applicationId(), applicant));
        return ResponseEntity.created(URI.create("/api/v1/office-calls/" + callId))
                .body(new CallRef(callId, body.applicationId(), null));
    }

    @Operation(summary = "Vet an application (GD)", description = """
            A22(a), A22(c): once the vetting fee is paid (its receipt and amount), the GD accepts or rejects the \
            application, with reasons; once per application.""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "202", description = "Recorded (ApplicationVetted)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"accepted":true,"reasons":"مدارک و سوابق کامل است","feeReceipt":"RCPT-1405-000031","feeAmount":5000000}""")))
    @SendsCommand
    @PostMapping(APPLICATION + "/vetting")
    ResponseEntity<CallRef> vet(@PathVariable String callId, @PathVariable String applicationId,
                                @Valid @RequestBody VettingRequest body) {
        commands.sendAndWait(new OfficeCallCommand.VetApplication(callId, applicationId, body.accepted(), body.reasons(),
                body.feeReceipt(), body.feeAmount()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CallRef(callId, applicationId, null));
    }

    @Operation(summary = "Propose an office from an accepted application (GD)", description = """
            A14, A3: the GD proposes an office (its id, name and origin: notary office, other body or new) from an \
            application accepted in vetting, within the number of offices called for, with its reasons. The office \
            does not exist until the Center head approves and appoints its manager.""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "201", description = "Proposed (OfficeProposed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"officeId":"OFF-2001","name":"دفتر خدمات الکترونیک قضایی ۲۰۰۱ تهران","origin":"NOTARY_OFFICE",\
            "reasons":"نیاز منطقه و سوابق متقاضی"}""")))
    @SendsCommand
    @PostMapping(APPLICATION + "/proposal")
    ResponseEntity<CallRef> propose(@PathVariable String callId, @PathVariable String applicationId,
                                    @Valid @RequestBody ProposalRequest body) {
        commands.sendAndWait(new OfficeCallCommand.ProposeOffice(callId, applicationId, body.officeId(), body.name(),
                body.origin(), body.reasons()));
        return ResponseEntity.created(URI.create("/api/v1/office-calls/" + callId))
                .body(new CallRef(callId, applicationId, body.officeId()));
    }

    @Operation(summary = "Decide the proposal of an office (Center head)", description = """
            A14: the Center head approves or refuses (with reasons) the GD's proposal, once.""" + ApiDocs.ROLES
            + "CENTER_HEAD.")
    @ApiResponse(responseCode = "202", description = "Recorded (OfficeProposalDecided)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"approved":true}""")))
    @SendsCommand
    @PostMapping(APPLICATION + "/decision")
    ResponseEntity<CallRef> decide(@PathVariable String callId, @PathVariable String applicationId,
                                   @Valid @RequestBody DecisionRequest body) {
        commands.sendAndWait(new OfficeCallCommand.DecideOfficeProposal(callId, applicationId, body.approved(), body.reasons()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CallRef(callId, applicationId, null));
    }

    @Operation(summary = "Appoint the manager of an approved office (Center head)", description = """
            A14: the Center head appoints the applicant of an approved proposal as the office's manager; the office \
            is then established: registered, needing a licence in force to receive filings (ADR 0900, 0920), with its \
            manager hired on the evidence of A16-A21 in the body (the same as a hire's `eligibility`, ADR 0910): a \
            failing condition is refused 422 with its code and field, and nothing is recorded."""
            + ApiDocs.ROLES + "CENTER_HEAD.")
    @ApiResponse(responseCode = "201", description = "Appointed and established (OfficeManagerAppointed, OfficeEstablished, "
            + "then OfficeRegistered, LicenceRequired, StaffEligibilityVerified, StaffMemberAppointed); `Location` names "
            + "the office")
    @SendsCommand
    @PostMapping(APPLICATION + "/manager")
    ResponseEntity<CallRef> appointManager(@PathVariable String callId, @PathVariable String applicationId,
                                           @Valid @RequestBody ManagerRequest body) {
        commands.sendAndWait(new OfficeCallCommand.AppointOfficeManager(callId, applicationId,
                body.eligibility().evidence()));
        String officeId = records.call(callId).flatMap(c -> c.applications().stream()
                .filter(a -> a.applicationId().equals(applicationId)).findFirst())
                .map(OfficeCallRecords.ApplicationView::officeId).orElse(null);
        return ResponseEntity.created(URI.create("/api/v1/offices/" + officeId)).body(new CallRef(callId, applicationId, officeId));
    }

    @Operation(summary = "List the calls for applicants", description = """
            A22(a), A14: every call for applicants, the newest first, each as `GET /api/v1/office-calls/{callId}` \
            answers it: the city, the offices called for and established, and each application's steps."""
            + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The calls")
    @GetMapping
    java.util.List<OfficeCallRecords.CallView> calls() {
        return records.calls();
    }

    @Operation(summary = "Read a call for applicants", description = """
            A22(a), A14: the call and each application's steps side by side (received, vetting with its fee, \
            proposal, decision, manager's appointment, establishment), each with its actor and time."""
            + ApiDocs.ROLES + "GD_OFFICER, CENTER_HEAD, COUNCIL_MEMBER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The call")
    @GetMapping(CALL)
    OfficeCallRecords.CallView call(@PathVariable String callId) {
        return records.call(callId).orElseThrow(() -> new NotFound("office call"));
    }
}
