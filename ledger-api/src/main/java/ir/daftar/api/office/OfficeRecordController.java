package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.input.Times;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.projections.officeregistry.FindOfficeWorkQueue;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.WorkItem;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An office's full record as of any instant, and the GD's work queue (issue 17 item 6, ADR 0930): read only, beside
 * {@link OfficeController} (the registry and staffing) and {@link LicenceController} (the licence chain).
 */
@RestController
@Tag(name = ApiDocs.TAG_OFFICES)
class OfficeRecordController {

    private final OfficeRecords records;
    private final OfficeAccess access;
    private final QueryGateway queries;

    OfficeRecordController(OfficeRecords records, OfficeAccess access, QueryGateway queries) {
        this.records = records;
        this.access = access;
        this.queries = queries;
    }

    @Schema(description = "What waits for the GD and the Center head, oldest first (ADR 0930)")
    record WorkQueue(List<WorkItem> items) {
    }

    @Operation(summary = "An office's full record as of an instant", description = """
            A3, A14-A24, A35-5/6: the office as a reader saw it at `asOf` (default now; an ISO-8601 instant or a \
            Jalali date and time in Tehran), from the events recorded up to that instant only: its registration and \
            origin, the call and application it was established under with each step (proposal, approval, \
            manager's appointment), its licence decisions with proposal, opinion and decision side by side, the \
            disciplinary rulings executed on its licence, the licence's condition then (in force, suspended until \
            when...), the rule a filing would have been refused by then (A15, A22), its staffing then and the history \
            of its appointments (without national codes). An office not registered by then is not found. The \
            office's manager reads only their own office.""" + ApiDocs.ROLES + "OFFICE_MANAGER, GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The record")
    @GetMapping("/api/v1/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/record")
    OfficeRecords.OfficeRecord record(@PathVariable String officeId,
                                      @Parameter(description = "The instant (default: now)", example = "2026-05-08T21:40:00Z")
                                      @RequestParam(required = false) String asOf) {
        DaftarPrincipal user = CurrentActor.signedIn();
        Instant at = asOf == null ? GenericEventMessage.clock.instant() : Times.instant("asOf", asOf);
        if (!access.mayReadStaffing(user, officeId)) {
            throw new NotFound("office");
        }
        return records.asOf(officeId, at).orElseThrow(() -> new NotFound("office"));
    }

    @Operation(summary = "The GD's work queue", description = """
            A14, A22(a)/(b), A24: what waits for a step, oldest first: applications to vet and licence proposals \
            waiting for the GD's opinion (`GD_OFFICER`); office proposals, managers to appoint and licence proposals \
            with the GD's opinion waiting for the Center head (`CENTER_HEAD`). `waitingFor` keeps one of the two. \
            Read from the office registry, which follows the ledger within moments.""" + ApiDocs.ROLES
            + "GD_OFFICER, CENTER_HEAD, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The queue")
    @GetMapping("/api/v1/office-work-queue")
    WorkQueue workQueue(@Parameter(description = "GD_OFFICER or CENTER_HEAD (default: both)")
                        @RequestParam(required = false) String waitingFor) {
        if (waitingFor != null && !waitingFor.equals(ActorRole.GD_OFFICER.name())
                && !waitingFor.equals(ActorRole.CENTER_HEAD.name())) {
            throw InvalidInput.of("waitingFor", "INVALID", "GD_OFFICER or CENTER_HEAD");
        }
        return new WorkQueue(queries.query(new FindOfficeWorkQueue(waitingFor),
                ResponseTypes.multipleInstancesOf(WorkItem.class)).join());
    }
}
