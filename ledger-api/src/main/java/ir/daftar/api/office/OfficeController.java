package ir.daftar.api.office;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.api.problem.InvalidInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

/** The minimal office registry (A3, A14, A15): offices and their staff. Licensing comes later. */
@RestController
@RequestMapping("/api/v1/offices")
class OfficeController {

    private static final String ID = "{officeId:[A-Za-z0-9\\-]{1,40}}";

    private final CommandGateway commands;
    private final OfficeDirectory offices;

    OfficeController(CommandGateway commands, OfficeDirectory offices) {
        this.commands = commands;
        this.offices = offices;
    }

    record RegisterOfficeRequest(@NotNull @Size(max = 40) String officeId, @NotNull @Size(max = 200) String name,
                                 @NotNull OfficeOrigin origin, @Size(max = 100) String province, @Size(max = 100) String city) {
    }

    record AppointRequest(@NotNull @Size(max = 32) String nationalCode, @NotNull @Size(max = 200) String name,
                          @NotNull StaffRole role, boolean fullTime) {
    }

    record MinimumStaffingRequest(@NotNull Map<StaffRole, Integer> perRole) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody RegisterOfficeRequest body) {
        commands.sendAndWait(new OfficeCommand.RegisterOffice(body.officeId(), body.name(), body.origin(), body.province(),
                body.city()));
        return ResponseEntity.created(URI.create("/api/v1/offices/" + body.officeId())).body(Map.of("officeId", body.officeId()));
    }

    @PostMapping(ID + "/staff")
    ResponseEntity<Map<String, Object>> appoint(@PathVariable String officeId, @Valid @RequestBody AppointRequest body) {
        NationalCode code;
        try {
            code = NationalCode.parse(body.nationalCode());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("nationalCode", "INVALID", "not a valid national code");
        }
        commands.sendAndWait(new OfficeCommand.AppointStaffMember(officeId,
                new StaffMember(code, body.name(), body.role(), body.fullTime())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("officeId", officeId));
    }

    @DeleteMapping(ID + "/staff/{nationalCode:[0-9]{10}}")
    ResponseEntity<Map<String, Object>> endAppointment(@PathVariable String officeId, @PathVariable String nationalCode,
                                                       @RequestParam(required = false) String reason) {
        commands.sendAndWait(new OfficeCommand.EndStaffAppointment(officeId, nationalCode, reason));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("officeId", officeId));
    }

    @PostMapping(ID + "/minimum-staffing")
    ResponseEntity<Map<String, Object>> minimum(@PathVariable String officeId, @Valid @RequestBody MinimumStaffingRequest body) {
        commands.sendAndWait(new OfficeCommand.OrderMinimumStaffing(officeId, new MinimumStaffing(body.perRole())));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("officeId", officeId));
    }

    /** The office's staffing now and whether it meets A15. Office staff see only their own office. */
    @GetMapping(ID)
    Map<String, Object> staffing(@PathVariable String officeId) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        if (user.role().isOfficeStaff() && !officeId.equals(user.officeId())) {
            throw new NotFound("office");
        }
        OfficeStaffing staffing = offices.staffingOf(officeId).orElseThrow(() -> new NotFound("office"));
        return Map.of(
                "officeId", officeId,
                "staff", staffing.staff().stream().map(m -> Map.of("name", m.name(), "role", m.role(), "fullTime",
                        m.fullTime())).toList(),
                "countByRole", staffing.countByRole(),
                "minimum", staffing.minimum().perRole(),
                "meetsMinimumStaffing", staffing.meetsMinimum());
    }
}
