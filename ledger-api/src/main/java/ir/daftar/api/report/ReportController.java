package ir.daftar.api.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import ir.daftar.api.access.AccessLog;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.report.ReportRequests.AddUserRequest;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.report.ReportRequests.DocumentInput;
import ir.daftar.api.report.ReportRequests.PaperActInput;
import ir.daftar.api.report.ReportRequests.RegisterBodyRequest;
import ir.daftar.api.report.ReportRequests.RegisterPaperFileRequest;
import ir.daftar.api.report.ReportRequests.SubmitReportRequest;
import ir.daftar.api.report.ReportResponses.PaperFileRef;
import ir.daftar.api.report.ReportResponses.ReportRef;
import ir.daftar.api.report.ReportResponses.ReportingBodyRef;
import ir.daftar.api.report.ReportResponses.ReportingBodyUser;
import ir.daftar.api.report.ReportResponses.SubmittedReport;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.api.input.Times;
import ir.daftar.core.common.Digits;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.paper.PaperAct;
import ir.daftar.core.paper.PaperFileCommand.RegisterPaperFile;
import ir.daftar.core.report.ExternalReportCommand.AcknowledgeReport;
import ir.daftar.core.report.ExternalReportCommand.SubmitReport;
import ir.daftar.core.report.ReportingBodyCommand.AddReportingBodyUser;
import ir.daftar.core.report.ReportingBodyCommand.RegisterReportingBody;
import ir.daftar.core.report.ReportingBodyDirectory;
import ir.daftar.core.report.ReportingBodyRegistration;
import ir.daftar.projections.paperfile.FindPaperFiles;
import ir.daftar.projections.paperfile.PaperFileView;
import ir.daftar.projections.report.FindReportByTrackingCode;
import ir.daftar.projections.report.ReportView;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting bodies, their reports and preliminary paper files over HTTP (A9, A10). The body and
 * the user travel as metadata from the authenticated account; rule refusals are 422 naming the article.
 */
@RestController
@Tag(name = ApiDocs.TAG_REPORTS)
class ReportController {

    private static final String ID = "{id:[A-Za-z0-9\\-]{1,64}}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReportingBodyDirectory bodies;
    private final AccessLog accessLog;
    private final ReportAccess access;

    ReportController(CommandGateway commands, QueryGateway queries, ReportingBodyDirectory bodies, AccessLog accessLog,
                     ReportAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.bodies = bodies;
        this.accessLog = accessLog;
        this.access = access;
    }

    /** A9: the GD registers a reporting body, the kinds of report it sends, and its users. */
    @Operation(summary = "Register a reporting body", description = """
            A9: the GD registers a body that reports on cases (judicial officers, official experts, forensic \
            medicine, prisons, ...), the kinds of report it may send, and its users."""
            + ApiDocs.ROLES + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "201", description = "Registered (ReportingBodyRegistered); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"reportingBodyId":"POLICE-TEH-12","kind":"JUDICIAL_OFFICERS_UNIT","name":"کلانتری ۱۲ تهران",
             "reportKinds":["RESULT_OF_ACTION"],"users":["officer-0042"]}""")))
    @SendsCommand
    @PostMapping("/api/v1/reporting-bodies")
    ResponseEntity<ReportingBodyRef> registerBody(@Valid @RequestBody RegisterBodyRequest body) {
        commands.sendAndWait(new RegisterReportingBody(body.reportingBodyId(), body.kind(), body.name(), body.reportKinds(),
                body.users()));
        return ResponseEntity.created(URI.create("/api/v1/reporting-bodies/" + body.reportingBodyId()))
                .body(new ReportingBodyRef(body.reportingBodyId()));
    }

    @Operation(summary = "Add a user to a reporting body", description = """
            A9: another person who reports for the body.""" + ApiDocs.ROLES + "GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "201", description = "Added (ReportingBodyUserAdded)")
    @SendsCommand
    @PostMapping("/api/v1/reporting-bodies/" + ID + "/users")
    ResponseEntity<ReportingBodyUser> addUser(@PathVariable String id, @Valid @RequestBody AddUserRequest body) {
        commands.sendAndWait(new AddReportingBodyUser(id, body.userId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReportingBodyUser(id, body.userId()));
    }

    /** A body's registration; a body's users see only their own body. */
    @Operation(summary = "Read a reporting body's registration", description = """
            A9: the body, its kinds of report and its users; a body's own users see only their own body."""
            + ApiDocs.ROLES + "GD_OFFICER, ADMIN, REPORTING_BODY, COURT_STAFF.")
    @ApiResponse(responseCode = "200", description = "The registration")
    @GetMapping("/api/v1/reporting-bodies/" + ID)
    ReportingBodyRegistration body(@PathVariable String id) {
        DaftarPrincipal user = CurrentActor.signedIn();
        if (!access.mayReadBody(user, id)) {
            throw new NotFound("reporting body");
        }
        return bodies.find(id).orElseThrow(() -> new NotFound("reporting body"));
    }

    /** A9: a registered body sends a report on a case and obtains its tracking code. */
    @Operation(summary = "Send a report on a case", description = """
            A9: a registered body sends the result of its actions on a case (a kind it is registered for), with \
            its documents and when it acted (`occurredAt`, A10), and obtains the report's tracking code."""
            + ApiDocs.ROLES + "REPORTING_BODY.")
    @ApiResponse(responseCode = "201", description = "Submitted (ReportSubmitted) with its tracking code; `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"filingId":"3f1c2a7e-8d7b-4e0b-9a4e-2b1f6f0c9d11","kind":"FORENSIC_REPORT","title":"گزارش معاینه",
             "occurredAt":"2026-11-30T10:00:00Z","documents":[{"title":"گزارش","pageCount":1,"contentBase64":"cmVwb3J0"}]}""")))
    @SendsCommand
    @PostMapping("/api/v1/reports")
    ResponseEntity<SubmittedReport> submit(@Valid @RequestBody SubmitReportRequest body) {
        Instant occurredAt = Times.instant("occurredAt", body.occurredAt());
        List<ElectronicDocument> documents = documents(body.documents());
        String reportId = UUID.randomUUID().toString();
        TrackingCode code = commands.sendAndWait(new SubmitReport(reportId, body.filingId(), body.kind(), body.title(),
                documents, occurredAt));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + reportId))
                .body(new SubmittedReport(reportId, body.filingId(), code.value(), code.grouped()));
    }

    /** A9: the competent authority acknowledges a report. */
    @Operation(summary = "Acknowledge a report", description = """
            A9/A13: the competent authority of the case acknowledges a report it received."""
            + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "202", description = "Recorded (ReportAcknowledged)")
    @SendsCommand
    @PostMapping("/api/v1/reports/" + ID + "/acknowledgement")
    ResponseEntity<ReportRef> acknowledge(@PathVariable String id) {
        commands.sendAndWait(new AcknowledgeReport(id));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ReportRef(id));
    }

    // reads (issue 12)

    /** A9: a report by its own tracking code, for the body that sent it and the case's competent authority. */
    @Operation(summary = "Read a report by its tracking code", description = """
            A9/A13: a report found by the tracking code it was given when sent (Persian digits and separators \
            accepted): who sent it, its kind, title and documents (title, pages, SHA-256), when it was recorded and \
            when the action happened (A10), and the authority's acknowledgement. Readable by the reporting body \
            that sent it and by court staff of the case's competent authority; for anyone else, as for an unknown \
            code, 404. A code whose check digit fails is a typo (400). Every read is logged as a read of the case \
            (A12, A37-13).""" + ApiDocs.ROLES + "REPORTING_BODY, COURT_STAFF.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GetMapping("/api/v1/reports")
    ReportView reportByTrackingCode(@Parameter(description = "The report's tracking code", example = "4821093376510428")
                                    @RequestParam String trackingCode) {
        DaftarPrincipal user = CurrentActor.signedIn();
        String code = Digits.digitsOnly(trackingCode);
        if (code == null || !TrackingCode.isValid(code)) {
            throw InvalidInput.of("trackingCode", "TRACKING_CODE_INVALID", "16 digits with a valid check digit");
        }
        ReportView report = queries.query(new FindReportByTrackingCode(code), ResponseTypes.instanceOf(ReportView.class))
                .join();
        if (report == null || !access.mayRead(user, report)) {
            throw new NotFound("report", "/api/v1/reports");
        }
        // A12/A37-13: a report is case data; its read is on the record
        accessLog.caseRead(user, report.filingId(), "report", "report " + report.reportId());
        return report;
    }

    /** A10: judicial officers register a preliminary paper file after the fact. */
    @Operation(summary = "Register a preliminary paper file", description = """
            A10: in flagrant crimes and urgent matters judicial officers act first on paper; afterwards they \
            register the case electronically: who carried the file and when each act happened (`occurredAt`), \
            beside when it was recorded.""" + ApiDocs.ROLES + "REPORTING_BODY.")
    @ApiResponse(responseCode = "201", description = "Registered (PaperFileRegistered); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"filingId":"3f1c2a7e-8d7b-4e0b-9a4e-2b1f6f0c9d11","paperReference":"K12/1405/330",
             "carriedBy":"ستوان علی رضایی",
             "acts":[{"description":"دستگیری متهم در محل","occurredAt":"2026-11-29T06:00:00Z"}]}""")))
    @SendsCommand
    @PostMapping("/api/v1/paper-files")
    ResponseEntity<PaperFileRef> registerPaperFile(@Valid @RequestBody RegisterPaperFileRequest body) {
        List<PaperAct> acts = new ArrayList<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.acts().size(); i++) {
            PaperActInput act = body.acts().get(i);
            String field = "acts[" + i + "]";
            try {
                acts.add(new PaperAct(act.description(), Times.instant(field + ".occurredAt", act.occurredAt())));
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new InvalidInput.FieldError(field, "INVALID", String.valueOf(e.getMessage())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String paperFileId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterPaperFile(paperFileId, body.filingId(), body.paperReference(), body.carriedBy(), acts));
        return ResponseEntity.created(URI.create("/api/v1/paper-files/" + paperFileId))
                .body(new PaperFileRef(paperFileId, body.filingId()));
    }

    /** A10: paper files registered at least {@code minDelayHours} after their first act, longest delay first. */
    @Operation(summary = "Paper files registered late", description = """
            A10: paper files registered at least `minDelayHours` after their first act (optionally of one \
            filing), longest delay first: for court staff, inspectors (A37-4) and the GD."""
            + ApiDocs.ROLES + "COURT_STAFF, INSPECTOR, GD_OFFICER, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The paper files")
    @GetMapping("/api/v1/paper-files")
    List<PaperFileView> paperFiles(@RequestParam(required = false) Long minDelayHours,
                                   @RequestParam(required = false) String filingId) {
        if (minDelayHours != null && minDelayHours < 0) {
            throw InvalidInput.of("minDelayHours", "INVALID", "zero or more hours");
        }
        return queries.query(new FindPaperFiles(minDelayHours == null ? null : Duration.ofHours(minDelayHours), filingId),
                ResponseTypes.multipleInstancesOf(PaperFileView.class)).join();
    }

    /** Report documents: the SHA-256 of the content sent, or the hash given. Every bad part is named. */
    static List<ElectronicDocument> documents(List<DocumentInput> inputs) {
        Inputs in = new Inputs();
        List<ElectronicDocument> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            DocumentInput d = inputs.get(i);
            out.add(in.document("documents[" + i + "].", "d" + (i + 1), d.title(), d.pageCount(), d.sha256(),
                    d.contentBase64()));
        }
        in.check();
        return out;
    }
}
