package ir.daftar.api.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.projections.accesslog.AccessLogView;
import ir.daftar.projections.accesslog.FindAccessLog;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A12: the applicant sees who (office or authority, and role) read their case, what and when. */
@RestController
@Tag(name = ApiDocs.TAG_STATUS)
class AccessLogController {

    private final QueryGateway queries;
    private final AccessLogAccess readers;

    AccessLogController(QueryGateway queries, AccessLogAccess readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @Operation(summary = "Who read my case", description = """
            A12 (with A37-13): the applicant sees who read their case (office or authority, and role), what and \
            when; only for their own filings (someone else's looks unknown: 404).""" + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "200", description = "The reads of the case")
    @GetMapping("/api/v1/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/access-log")
    AccessLogView accessLog(@PathVariable String filingId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        readers.requireApplicant(user, filingId);
        return queries.query(new FindAccessLog(filingId), ResponseTypes.instanceOf(AccessLogView.class)).join();
    }
}
