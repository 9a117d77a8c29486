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
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.office.StudyField;
import ir.daftar.core.party.NationalCode;
import ir.daftar.projections.officeregistry.FindOffices;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.OfficeStatus;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.RegisteredOffice;
import ir.daftar.api.problem.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The minimal office registry (A3, A14, A15): offices and their staff; their licences are {@link LicenceController}'s. */
@RestController
@RequestMapping("/api/v1/offices")
@Tag(name = ApiDocs.TAG_OFFICES)
class OfficeController {

    private static final String ID = "{officeId:[A-Za-z0-9\\-]{1,40}}";

    private final CommandGateway commands;
    private final OfficeDirectory offices;
    private final OfficeAccess access;
    private final QueryGateway queries;

    OfficeController(CommandGateway commands, OfficeDirectory offices, OfficeAccess access, QueryGateway queries) {
        this.commands = commands;
        this.offices = offices;
        this.access = access;
        this.queries = queries;
    }

    record RegisterOfficeRequest(@NotNull @Size(max = 40) String officeId, @NotNull @Size(max = 200) String name,
                                 @NotNull OfficeOrigin origin, @Size(max = 100) String province, @Size(max = 100) String city,
                                 @Schema(description = "A22/A24 (ADR 0900): the office receives filings only with a licence "
                                         + "in force; absent means false, as for offices registered before licensing")
                                 Boolean licenceRequired) {
    }

    // ---- staff eligibility (A16-A21; ADR 0910) ----

    @Schema(description = "A15-A21: the person hired, their post and the evidence of every condition of A16-A21")
    record AppointRequest(@NotNull @Size(max = 32) String nationalCode, @NotNull @Size(max = 200) String name,
                          @NotNull StaffRole role, boolean fullTime, @NotNull @Valid EligibilityRequest eligibility) {
    }

    @Schema(description = "A15-A21: the person was hired on the evidence recorded (StaffEligibilityVerified, then "
            + "StaffMemberAppointed); the A17 note's priority record is shown for the vetting")
    record Hired(@Schema(example = "OFF-1001") String officeId, StaffRole role,
                 @Schema(description = "the Jalali hiring day on which the conditions were met", example = "1405/06/20")
                 String hiredOn, @Schema(description = "A17 note: the approved service record, if any") String servicePriority) {
    }

    // ---- end of staff eligibility ----

    record MinimumStaffingRequest(@NotNull Map<StaffRole, Integer> perRole) {
    }

    @Schema(description = "The office acted on")
    record OfficeRef(@Schema(example = "OFF-1001") String officeId) {
    }

    @Schema(description = "A member of an office's staff (without the national code)")
    record StaffView(String name, StaffRole role, boolean fullTime) {
    }

    @Schema(description = "An office's staffing now and whether it meets the minimum (A15)")
    record Staffing(String officeId, List<StaffView> staff, Map<StaffRole, Integer> countByRole,
                    @Schema(description = "The minimum per role: A15's, or a higher one the GD ordered")
                    Map<StaffRole, Integer> minimum, boolean meetsMinimumStaffing) {
    }

    @Schema(description = "A registered office, whether its staffing meets the minimum (A15), its origin, its licence "
            + "condition and whether it takes filings now (the office registry, ADR 0930)")
    record OfficeSummary(@Schema(example = "OFF-1001") String officeId, String name, String province, String city,
                         boolean meetsMinimumStaffing,
                         // ---- the office registry (ADR 0930) ----
                         OfficeOrigin origin, OfficeStatus status, LicenceCondition licenceCondition,
                         @Schema(description = "Whether the intake asks for a licence in force") boolean licenceRequired,
                         int staffCount,
                         @Schema(description = "The call for applicants it was established under (ADR 0920), if any")
                         String callId, Instant registeredAt) {
    }

    @Operation(summary = "Register an office established before the ledger (administrator)", description = """
            A3/A14: records an office that was established before its establishment was kept in this ledger, with \
            its origin (notary office, other, new). A new office is established through a call for applicants \
            (`/api/v1/office-calls`: GD proposal, Center head approval and manager appointment, ADR 0920), never \
            here. With `licenceRequired` it receives filings only once a licence is issued and while it is in force \
            (A22/A24, ADR 0900).""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "201", description = "Registered (OfficeRegistered); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"officeId":"OFF-1003","name":"دفتر خدمات الکترونیک قضایی ونک","origin":"NEW","province":"تهران","city":"تهران"}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<OfficeRef> register(@Valid @RequestBody RegisterOfficeRequest body) {
        commands.sendAndWait(new OfficeCommand.RegisterOffice(body.officeId(), body.name(), body.origin(), body.province(),
                body.city(), Boolean.TRUE.equals(body.licenceRequired())));
        return ResponseEntity.created(URI.create("/api/v1/offices/" + body.officeId())).body(new OfficeRef(body.officeId()));
    }

    @Operation(summary = "Hire a staff member", description = """
            A15-A21: hires a manager, legal expert, IT expert or clerk (national code with its check digit), \
            full-time or not (the manager is full-time, A15), on the evidence of every general condition (A16), \
            of the post's conditions (A17-A20: degree and field, Jalali birth date and an age of 25 or more on the \
            hiring day, a manager's five years' experience, the GD's approval of the computer skills) and of no A21 \
            prohibition. A failing condition is refused 422 with its code (A16_..., A17_..., A21_...), its article \
            and the `field` it is about. A person holds one post in one office at a time \
            (A15_STAFF_IN_ANOTHER_OFFICE, ADR 0910).""" + ApiDocs.ROLES + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "201", description = "Hired (StaffEligibilityVerified, StaffMemberAppointed)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"nationalCode":"0012345679","name":"مریم رضایی","role":"CLERK","fullTime":true,
             "eligibility":{"general":{"iranianNationality":"شناسنامه ۱۲۳۴۵۶","constitutionCommitment":"گزینش ۱۴۰۵/۲۲۱",
               "islam":"گزینش ۱۴۰۵/۲۲۱","noDrugAddiction":"آزمایش ۹۸۷۶","noCriminalRecord":"گواهی ۵۵۴۴۳۳",
               "militaryService":"NOT_APPLICABLE","physicalAndMentalFitness":"گواهی پزشکی ۴۴۵۵"},
              "qualifications":{"degree":"ASSOCIATE","field":"OTHER","fieldName":"حسابداری","birthDate":"1370/06/15",
               "relevantExperienceYears":0,"computerSkillsApproval":"اداره کل ۱۴۰۵/۳۱۵"},
              "prohibitions":{"attorneyOrLegalAdviser":false,"officialExpert":false,"dismissedJudgeOrNotary":false,
               "merchant":false,"governmentEmployee":false}}}""")))
    @SendsCommand
    @PostMapping(ID + "/staff")
    ResponseEntity<Hired> appoint(@PathVariable String officeId, @Valid @RequestBody AppointRequest body) {
        NationalCode code;
        try {
            code = NationalCode.parse(body.nationalCode());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("nationalCode", "INVALID", "not a valid national code");
        }
        StaffEligibility evidence = body.eligibility().evidence();
        JalaliDate hiredOn = commands.sendAndWait(new OfficeCommand.HireStaffMember(officeId,
                new StaffMember(code, body.name(), body.role(), body.fullTime()), evidence));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Hired(officeId, body.role(),
                hiredOn == null ? null : hiredOn.toString(), evidence.qualifications().servicePriority()));
    }

    @Operation(summary = "End a staff appointment", description = """
            A15: a staff member leaves the office; an office that falls below the minimum staffing can no longer \
            receive filings.""" + ApiDocs.ROLES + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "202", description = "Recorded (StaffAppointmentEnded)")
    @SendsCommand
    @DeleteMapping(ID + "/staff/{nationalCode:[0-9]{10}}")
    ResponseEntity<OfficeRef> endAppointment(@PathVariable String officeId, @PathVariable String nationalCode,
                                             @RequestParam(required = false) String reason) {
        return accepted(officeId, new OfficeCommand.EndStaffAppointment(officeId, nationalCode, reason));
    }

    @Operation(summary = "Order a higher minimum staffing", description = """
            A15 (note): when volume grows the GD may require more staff than A15's minimum (a full-time manager, \
            a legal expert, an IT expert, two clerks).""" + ApiDocs.ROLES + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "202", description = "Recorded (MinimumStaffingOrdered)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"perRole":{"MANAGER":1,"LEGAL_EXPERT":1,"IT_EXPERT":1,"CLERK":3}}""")))
    @SendsCommand
    @PostMapping(ID + "/minimum-staffing")
    ResponseEntity<OfficeRef> minimum(@PathVariable String officeId, @Valid @RequestBody MinimumStaffingRequest body) {
        return accepted(officeId, new OfficeCommand.OrderMinimumStaffing(officeId, new MinimumStaffing(body.perRole())));
    }

    /** The registered offices, oldest first; office staff see only their own office. */
    @Operation(summary = "The offices", description = """
            A14/A15/A22: the registered offices, oldest first, each with whether its staffing meets the minimum, its \
            origin, its licence condition now and its status (OPERATING: takes filings; NOT_OPERATING: below the \
            minimum staffing or without a licence in force; CLOSED: licence revoked or relinquished). Filters: \
            `province`, `status`, `licence` (IN_FORCE, NEVER_ISSUED, EXPIRED, SUSPENDED, REVOKED, RELINQUISHED), \
            `staffingComplete`. Read from the office registry (ADR 0930), which follows the ledger within moments. \
            Office staff see only their own office.""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", GD_OFFICER, ADMIN, INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The offices")
    @GetMapping
    List<OfficeSummary> list(@RequestParam(required = false) String province,
                             @RequestParam(required = false) OfficeStatus status,
                             @RequestParam(required = false) LicenceCondition licence,
                             @RequestParam(required = false) Boolean staffingComplete) {
        DaftarPrincipal user = CurrentActor.signedIn();
        Instant now = GenericEventMessage.clock.instant();
        return queries.query(new FindOffices(null, province == null || province.isBlank() ? null : province.strip(), status,
                        licence, staffingComplete, now), ResponseTypes.multipleInstancesOf(RegisteredOffice.class)).join()
                .stream()
                .filter(o -> access.mayReadStaffing(user, o.officeId()))
                .map(o -> new OfficeSummary(o.officeId(), o.name(), o.province(), o.city(), o.staffingComplete(), o.origin(),
                        o.status(), o.licenceCondition(), o.licenceRequired(), o.staffCount(), o.callId(), o.registeredAt()))
                .toList();
    }

    /** Every registered office the signed-in user may see (the pages' list). */
    List<OfficeSummary> list() {
        return list(null, null, null, null);
    }

    /** The office's staffing now and whether it meets A15. Office staff see only their own office. */
    @Operation(summary = "Read an office's staffing", description = """
            A15: the office's staff now, the count per role, the minimum in force and whether the office meets \
            it. Office staff see only their own office."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", GD_OFFICER, ADMIN, INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The staffing")
    @GetMapping(ID)
    Staffing staffing(@PathVariable String officeId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        if (!access.mayReadStaffing(user, officeId)) {
            throw new NotFound("office");
        }
        OfficeStaffing staffing = offices.staffingOf(officeId).orElseThrow(() -> new NotFound("office"));
        return new Staffing(officeId,
                staffing.staff().stream().map(m -> new StaffView(m.name(), m.role(), m.fullTime())).toList(),
                staffing.countByRole(), staffing.minimum().perRole(), staffing.meetsMinimum());
    }

    /** Sends the command and answers 202 with the reference of the office it was about. */
    private ResponseEntity<OfficeRef> accepted(String officeId, OfficeCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new OfficeRef(officeId));
    }
}
