package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.projections.inspection.FindPendingRequestsOfOffice;
import ir.daftar.projections.inspection.FindReportsSentToGd;
import ir.daftar.projections.inspection.InspectionSummary;
import ir.daftar.projections.inspection.PendingRequest;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the Kanoon's inspections leave for others (A33, A37-9; ADR 1300): the reports the GD has received, and the
 * requests an office's manager still has to answer, with their deadlines.
 */
@RestController
@Tag(name = ApiDocs.TAG_INSPECTIONS)
class InspectionReportsController {

    private final QueryGateway queries;
    private final OfficeDirectory offices;
    private final OfficeAccess access;

    InspectionReportsController(QueryGateway queries, OfficeDirectory offices, OfficeAccess access) {
        this.queries = queries;
        this.offices = offices;
        this.access = access;
    }

    @Schema(description = "A33: the reports sent to the GD, the latest sent first")
    record ReportsSent(List<InspectionSummary> reports) {
    }

    @Schema(description = "A33/A37-9: a request of the inspectors not answered yet, and whether its deadline has passed")
    record Pending(String inspectionId, String requestId, String text, Instant deadline, Instant sentAt, boolean overdue) {
    }

    @Schema(description = "A33/A37-9: the office's unanswered requests, the earliest deadline first")
    record PendingRequests(String officeId, List<Pending> requests) {
    }

    @Operation(summary = "The inspection reports sent to the GD", description = """
            A28/A33: the inspections whose reasoned report the inspectors sent to the General Directorate, the \
            latest first (each report is read at GET /api/v1/inspections/{id}/report). A report not yet sent is \
            not listed.""" + ApiDocs.ROLES + "GD_OFFICER.")
    @ApiResponse(responseCode = "200", description = "The reports sent")
    @GetMapping("/api/v1/inspection-reports")
    ReportsSent sent() {
        return new ReportsSent(queries.query(new FindReportsSentToGd(),
                ResponseTypes.multipleInstancesOf(InspectionSummary.class)).join());
    }

    @Operation(summary = "An office's pending inspection requests", description = """
            A33/A37-9: the requests of the inspectors the office has not answered yet, with their deadlines and \
            whether each has passed, for the office's manager and staff (only their own office), the GD and \
            inspectors.""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", GD_OFFICER, ADMIN, INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The pending requests")
    @GetMapping("/api/v1/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/inspection-requests")
    PendingRequests pending(@PathVariable String officeId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        if (!access.mayReadStaffing(user, officeId) || offices.staffingOf(officeId).isEmpty()) {
            throw new NotFound("office");
        }
        Instant now = Instant.now();
        return new PendingRequests(officeId, queries.query(new FindPendingRequestsOfOffice(officeId),
                        ResponseTypes.multipleInstancesOf(PendingRequest.class)).join().stream()
                .map(r -> new Pending(r.inspectionId(), r.requestId(), r.text(), r.deadline(), r.sentAt(),
                        r.deadline().isBefore(now)))
                .toList());
    }
}
