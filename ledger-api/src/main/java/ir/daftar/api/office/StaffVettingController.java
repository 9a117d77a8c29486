package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.NotFound;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StaffRole;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A16-A21 (ADR 0910): the vetting record of an office's hires, read from the office's own stream: for each hire the
 * evidence recorded, the Jalali hiring day, who hired and when, the A17 note's priority record, and whether the
 * person still works there. For the General Directorate, whose vetting it is (it holds personal data).
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/vetting")
@Tag(name = ApiDocs.TAG_OFFICES)
class StaffVettingController {

    @Schema(description = "One hire and the evidence it was made on (A16-A21)")
    record Vetting(String nationalCode, StaffRole role, @Schema(example = "1405/06/20") String hiredOn, String hiredBy,
                   Instant recordedAt, StaffEligibility eligibility,
                   @Schema(description = "A17 note: the approved service record that gave a manager candidate priority")
                   String servicePriority,
                   @Schema(description = "Whether the appointment has not ended since") boolean current) {
    }

    private final StaffVettingRecords records;

    StaffVettingController(StaffVettingRecords records) {
        this.records = records;
    }

    @Operation(summary = "Read an office's staff vetting", description = """
            A16-A21 (ADR 0910): every hire of the office in order, with the evidence of each condition it was made on, \
            the Jalali hiring day, who hired and when, the A17 note's priority record and whether the person still \
            works there. Appointments made before evidence was asked for have no entry.""" + ApiDocs.ROLES
            + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The vetting record")
    @GetMapping
    List<Vetting> vetting(@PathVariable String officeId) {
        return records.of(officeId).orElseThrow(() -> new NotFound("office"));
    }
}
