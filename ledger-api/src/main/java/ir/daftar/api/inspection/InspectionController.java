package ir.daftar.api.inspection;

import ir.daftar.api.web.Jalali;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.inspection.InspectionResponses.FilingAsOf;
import ir.daftar.api.inspection.InspectionResponses.FilingAtInstant;
import ir.daftar.api.inspection.InspectionResponses.FindingRef;
import ir.daftar.api.inspection.InspectionResponses.InspectionFindings;
import ir.daftar.api.inspection.InspectionResponses.InspectionRef;
import ir.daftar.api.inspection.InspectionResponses.InspectionState;
import ir.daftar.api.inspection.InspectionResponses.MyInspections;
import ir.daftar.api.inspection.InspectionResponses.QueueAsOf;
import ir.daftar.api.inspection.InspectionResponses.ReplayLine;
import ir.daftar.api.inspection.InspectionResponses.RequestRef;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.inspection.Finding;
import ir.daftar.core.inspection.InspectionCommand;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.replay.AsOfViews;
import ir.daftar.projections.store.EventStoreCursor;
import ir.daftar.projections.inspection.FindInspectionsOfInspector;
import ir.daftar.projections.inspection.InspectionFile;
import ir.daftar.projections.inspection.InspectionSummary;
import ir.daftar.projections.replay.OfficeReplay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Inspections over HTTP (A28, A33, A37): open, ask the office, replay the office's activity
 * (streamed as NDJSON with progress), see a filing, the office's queue or the status page as of
 * an instant, decide on the findings, finalize and send the report (JSON or printable HTML).
 * Inspectors see only the offices of their own open inspections; every view is itself logged.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = ApiDocs.TAG_INSPECTIONS)
class InspectionController {

    private static final String ID = "{inspectionId:[A-Za-z0-9\\-]{1,64}}";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EventStoreCursor events;
    private final OfficeReplay replay;
    private final AsOfViews asOf;
    private final InspectionReports reports;
    private final AccessLog accessLog;
    private final ObjectMapper json;
    private final InspectionAccess access;

    InspectionController(CommandGateway commands, QueryGateway queries, EventStoreCursor events, OfficeReplay replay,
                         AsOfViews asOf, InspectionReports reports, AccessLog accessLog, ObjectMapper json,
                         InspectionAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
        this.replay = replay;
        this.asOf = asOf;
        this.reports = reports;
        this.accessLog = accessLog;
        this.json = json;
        this.access = access;
    }

    record OpenRequest(@Schema(description = "The id of the Kanoon board's order (ADR 1300); the inspection takes it as its id")
                       @NotBlank @Pattern(regexp = "[A-Za-z0-9\\-]{1,64}") String orderId,
                       @NotNull InspectionKind kind, @NotBlank @Size(max = 64) String kanoonId,
                       @NotBlank @Size(max = 64) String officeId, @Size(max = 20) List<@NotNull @Size(max = 64) String> inspectorIds,
                       @NotBlank @Size(max = 40) String periodFrom, @NotBlank @Size(max = 40) String periodTo) {
    }

    record RequestToOffice(@Size(max = 64) String requestId, @NotBlank @Size(max = 4000) String text,
                           @NotBlank @Size(max = 40) String deadline) {
    }

    record Answer(@NotBlank @Size(max = 4000) String answer) {
    }

    record Reason(@Size(max = 4000) String reason) {
    }

    record Summary(@Size(max = 4000) String summary) {
    }

    record CorrectionRequest(@Size(max = 4000) String correction) {
    }

    /** A28/A33: opens an inspection; the caller is one of its inspectors. */
    @Operation(summary = "Open an inspection", description = """
            A28/A33 (ADR 1300): opens the inspection the Kanoon's board ordered (`orderId`, which becomes the \
            inspection's id), of the order's office, kind and period (ISO-8601 instants); the caller is one of the \
            inspectors the order names, and without `inspectorIds` the inspection takes all of them. Inspectors see \
            only the offices of their open inspections."""
            + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "201", description = "Opened (InspectionOpened); `Location` names it")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"orderId":"INS-1404-007","kind":"AD_HOC","kanoonId":"kanoon-tehran","officeId":"OFF-1001",
             "periodFrom":"2026-03-21T00:00:00Z","periodTo":"2026-09-22T00:00:00Z"}""")))
    @SendsCommand
    @PostMapping
    ResponseEntity<InspectionRef> open(@Valid @RequestBody OpenRequest body) {
        List<String> inspectors = body.inspectorIds() == null ? List.of() : body.inspectorIds();
        String id = body.orderId();
        commands.sendAndWait(new InspectionCommand.OpenInspection(id, body.kind(), body.kanoonId(), body.officeId(), inspectors,
                instant("periodFrom", body.periodFrom()), instant("periodTo", body.periodTo())));
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(new InspectionRef(id));
    }

    // reads (issue 12)

    /** A28/A33: the inspections the signed-in inspector takes part in, newest first. */
    @Operation(summary = "My inspections", description = """
            A28/A33: the inspections the signed-in inspector takes part in (those they opened, and those naming \
            them among the inspectors), newest first: the office and period inspected, the inspectors, who opened \
            it and when, and how far the report has come (`OPEN`, `FINALIZED`, `SENT_TO_GD`; open until sent)."""
            + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The inspector's inspections")
    @GetMapping
    MyInspections mine() {
        DaftarPrincipal user = CurrentActor.signedIn();
        return new MyInspections(queries.query(new FindInspectionsOfInspector(user.actorId()),
                ResponseTypes.multipleInstancesOf(InspectionSummary.class)).join());
    }

    /** The inspection's file: office, period, requests, decisions, report state. */
    @Operation(summary = "Read an inspection's file", description = """
            A33: the office and period, the requests to the office and their answers, the decisions on findings \
            and the report's state; for the inspection's own inspectors.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The inspection")
    @GetMapping(ID)
    InspectionState get(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, false);
        return new InspectionState(file.opened(), file.isOpen(), file.requests(), file.decisions().values(),
                file.report().orElse(null), file.corrections());
    }

    /** A37-9: asks the office for documents or explanations, by a deadline. */
    @Operation(summary = "Ask the office for documents or explanations", description = """
            A33/A37-9: a request to the inspected office, answered by a deadline; an unanswered request is itself \
            a finding (not cooperating with inspectors).""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "201", description = "Sent (RequestSentToOffice)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"requestId":"REQ-1","text":"فهرست قبوض صادره","deadline":"2030-01-01T00:00:00Z"}""")))
    @SendsCommand
    @PostMapping(ID + "/requests")
    ResponseEntity<RequestRef> request(@PathVariable String inspectionId, @Valid @RequestBody RequestToOffice body) {
        mine(inspectionId, true);
        String requestId = body.requestId() == null ? "REQ-" + UUID.randomUUID().toString().substring(0, 8) : body.requestId();
        commands.sendAndWait(new InspectionCommand.SendRequest(inspectionId, requestId, body.text(),
                instant("deadline", body.deadline())));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RequestRef(inspectionId, requestId));
    }

    /** A37-9: the inspected office answers (office staff; the aggregate checks the office). */
    @Operation(summary = "Answer the inspectors' request", description = """
            A33/A37-9: office managers must cooperate with inspectors: the inspected office's staff answer a \
            request (staff of another office are refused).""" + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ".")
    @ApiResponse(responseCode = "202", description = "Recorded (RequestAnswered)")
    @SendsCommand
    @PostMapping(ID + "/requests/{requestId:[A-Za-z0-9\\-]{1,64}}/answer")
    ResponseEntity<RequestRef> answer(@PathVariable String inspectionId, @PathVariable String requestId,
                                      @Valid @RequestBody Answer body) {
        commands.sendAndWait(new InspectionCommand.AnswerRequest(inspectionId, requestId, body.answer()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RequestRef(inspectionId, requestId));
    }

    /**
     * The office's activity over the inspection's period, rebuilt from the event store and
     * streamed as NDJSON: {@code progress} lines while reading, one {@code activity} line per
     * act, then every {@code finding} and the {@code statistics}.
     */
    @Operation(summary = "Replay the office's activity", description = """
            A28/A33/A37: the office's activity over the inspection's period, rebuilt from the event store itself \
            and streamed as NDJSON: `progress` lines while reading, one `activity` line per act, then every \
            `finding` (A37-4, -6, -9, -12, -13 with the events that prove it) and the `statistics`. The replay \
            is itself logged.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The stream, one JSON object per line",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = ReplayLine.class)))
    @GetMapping(value = ID + "/replay", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> replay(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, true);
        DaftarPrincipal user = CurrentActor.signedIn();
        accessLog.officeRecordViewed(user, file.officeId(), inspectionId, "replay",
                "from=" + file.opened().periodFrom() + "&to=" + file.opened().periodTo());
        StreamingResponseBody stream = out -> {
            OfficeReplay.Result result = replay.replay(file.officeId(), file.opened().periodFrom(), file.opened().periodTo(),
                    a -> line(out, ReplayLine.activity(a)),
                    p -> {
                        line(out, ReplayLine.progress(p.scanned(), p.total(), p.percent()));
                        flush(out);
                    });
            for (Finding f : result.findings()) {
                line(out, ReplayLine.finding(f));
            }
            line(out, ReplayLine.statistics(result.statistics(), result.duration().toMillis(), result.headIndex()));
            flush(out);
        };
        return ResponseEntity.ok().contentType(NDJSON).body(stream);
    }

    /** The findings over the period, with the inspector's decisions so far. */
    @Operation(summary = "The findings", description = """
            A33/A37: the findings over the inspected period with their evidence events, and the inspectors' \
            decisions so far. Logged as a view of the office's record.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The findings and statistics")
    @GetMapping(ID + "/findings")
    InspectionFindings findings(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, true);
        accessLog.officeRecordViewed(CurrentActor.signedIn(), file.officeId(), inspectionId, "findings", "");
        InspectionReports.Report report = reports.report(file);
        return new InspectionFindings(report.findings(), report.statistics());
    }

    /** A33: accepts a finding the replay found (its rule and evidence come from the ledger, not the request). */
    @Operation(summary = "Accept a finding", description = """
            A33: accepts a finding of the replay, with the reason; its rule and evidence come from the ledger, \
            not from the request.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "202", description = "Recorded (FindingAccepted)")
    @SendsCommand
    @PostMapping(ID + "/findings/{findingId:[A-Za-z0-9\\-]{1,64}}/acceptance")
    ResponseEntity<FindingRef> accept(@PathVariable String inspectionId, @PathVariable String findingId,
                                      @Valid @RequestBody Reason body) {
        InspectionFile file = mine(inspectionId, true);
        Finding f = found(file, findingId);
        commands.sendAndWait(new InspectionCommand.AcceptFinding(inspectionId, findingId, f.rule(), f.subjectId(),
                f.evidenceEventIds(), body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new FindingRef(inspectionId, findingId));
    }

    /** A33: dismisses a finding, with the reason. */
    @Operation(summary = "Dismiss a finding", description = """
            A33: dismisses a finding of the replay, with the reason.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "202", description = "Recorded (FindingDismissed)")
    @SendsCommand
    @PostMapping(ID + "/findings/{findingId:[A-Za-z0-9\\-]{1,64}}/dismissal")
    ResponseEntity<FindingRef> dismiss(@PathVariable String inspectionId, @PathVariable String findingId,
                                       @Valid @RequestBody Reason body) {
        InspectionFile file = mine(inspectionId, true);
        Finding f = found(file, findingId);
        commands.sendAndWait(new InspectionCommand.DismissFinding(inspectionId, findingId, f.rule(), body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new FindingRef(inspectionId, findingId));
    }

    /** A33: finalizes the report with its summary. */
    @Operation(summary = "Finalize the report", description = """
            A33: finalizes the reasoned and documented report with its summary; every finding must be decided \
            first, and a finalized report cannot change (a correction is a new act)."""
            + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "201", description = "Finalized (ReportFinalized)")
    @SendsCommand
    @PostMapping(ID + "/report")
    ResponseEntity<InspectionRef> finalizeReport(@PathVariable String inspectionId, @Valid @RequestBody Summary body) {
        mine(inspectionId, true);
        commands.sendAndWait(new InspectionCommand.FinalizeReport(inspectionId, body.summary()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new InspectionRef(inspectionId));
    }

    /** A33: sends the finalized report to the GD. */
    @Operation(summary = "Send the report to the GD", description = """
            A28/A33: sends the finalized report to the General Directorate, once.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "202", description = "Recorded (ReportSentToGd)")
    @SendsCommand
    @PostMapping(ID + "/report/sending")
    ResponseEntity<InspectionRef> send(@PathVariable String inspectionId) {
        mine(inspectionId, true);
        commands.sendAndWait(new InspectionCommand.SendReportToGd(inspectionId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new InspectionRef(inspectionId));
    }

    /** A33: a correction beside the finalized report. */
    @Operation(summary = "Correct the report", description = """
            A33: a correction beside the finalized report; the report itself does not change."""
            + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "201", description = "Recorded (ReportCorrected)")
    @SendsCommand
    @PostMapping(ID + "/report/corrections")
    ResponseEntity<InspectionRef> correct(@PathVariable String inspectionId, @Valid @RequestBody CorrectionRequest body) {
        mine(inspectionId, false);
        commands.sendAndWait(new InspectionCommand.CorrectReport(inspectionId, body.correction()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new InspectionRef(inspectionId));
    }

    /** The report as JSON: for its inspectors, and for GD officers. */
    @Operation(summary = "Read the report", description = """
            A33: the report as JSON (findings with evidence, decisions, requests, statistics, corrections): for \
            its inspectors and for GD officers (A28: the results go to the GD)."""
            + ApiDocs.ROLES + "INSPECTOR, GD_OFFICER.")
    @ApiResponse(responseCode = "200", description = "The report")
    @GetMapping(ID + "/report")
    InspectionReports.Report report(@PathVariable String inspectionId) {
        return reports.report(readable(inspectionId));
    }

    /** The report as a printable Persian document (A4, right to left, Jalali dates). */
    @Operation(summary = "Print the report", description = """
            A33: the same report as a printable Persian page (right to left, Jalali dates)."""
            + ApiDocs.ROLES + "INSPECTOR, GD_OFFICER.")
    @ApiResponse(responseCode = "200", description = "The report as HTML",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @GetMapping(value = ID + "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> reportHtml(@PathVariable String inspectionId) {
        String html = ReportHtml.render(reports.report(readable(inspectionId)));
        return ResponseEntity.ok()
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'")
                .header(HttpHeaders.CONTENT_LANGUAGE, "fa")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    /** A filing as it was at an instant (status page and timeline), beside the same as known now. */
    @Operation(summary = "A filing as it was at an instant", description = """
            A33: a filing of the inspected office as its status page and timeline were at `at` (ISO-8601), \
            beside the same as known now. Logged as a read of the case (A12) and of the office's record."""
            + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "Then and now")
    @GetMapping(ID + "/as-of/filings/{filingId:[A-Za-z0-9\\-]{1,64}}")
    FilingAsOf filingAsOf(@PathVariable String inspectionId, @PathVariable String filingId, @RequestParam String at) {
        InspectionFile file = mine(inspectionId, true);
        Instant instant = instant("at", at);
        Instant now = Instant.now();
        CaseHistoryView known = asOf.caseHistory(filingId, now).orElseThrow(() -> new NotFound("filing"));
        boolean ofOffice = known.entries().stream().anyMatch(e -> file.officeId().equals(e.officeId())
                || file.officeId().equals(e.details().path("officeId").asText(null)));
        if (!ofOffice) {
            throw new NotFound("filing");
        }
        DaftarPrincipal user = CurrentActor.signedIn();
        accessLog.caseRead(user, filingId, "as-of", "inspection " + inspectionId);
        accessLog.officeRecordViewed(user, file.officeId(), inspectionId, "as-of filing", "filing=" + filingId + "&at=" + at);
        FilingAtInstant then = new FilingAtInstant(asOf.caseStatus(filingId, instant).orElse(null),
                asOf.caseHistory(filingId, instant).orElse(null));
        return new FilingAsOf(instant, Jalali.dateTime(instant), then,
                new FilingAtInstant(asOf.caseStatus(filingId, now).orElse(null), known));
    }

    /** The office's queue (filings held, not yet submitted) as it was at an instant. */
    @Operation(summary = "The office's queue at an instant", description = """
            A33/A37-4: the filings the office held and had not yet submitted at `at` (ISO-8601), with their status \
            then.""" + ApiDocs.ROLES + "INSPECTOR.")
    @ApiResponse(responseCode = "200", description = "The queue")
    @GetMapping(ID + "/as-of/queue")
    QueueAsOf queueAsOf(@PathVariable String inspectionId, @RequestParam String at) {
        InspectionFile file = mine(inspectionId, true);
        Instant instant = instant("at", at);
        accessLog.officeRecordViewed(CurrentActor.signedIn(), file.officeId(), inspectionId, "as-of queue",
                "at=" + at);
        return new QueueAsOf(file.officeId(), instant, Jalali.dateTime(instant), asOf.officeQueue(file.officeId(), instant));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A28: the caller is one of the inspection's inspectors (and, when asked, the inspection is still open). */
    private InspectionFile mine(String inspectionId, boolean mustBeOpen) {
        DaftarPrincipal user = CurrentActor.signedIn();
        InspectionFile file = InspectionFile.load(events, inspectionId).orElseThrow(() -> new NotFound("inspection"));
        if (!access.mayWork(user, file::hasInspector, file.isOpen(), mustBeOpen)) {
            throw new NotFound("inspection");
        }
        return file;
    }

    /** Reports are read by their inspectors and by GD officers. */
    private InspectionFile readable(String inspectionId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        if (access.readsEveryReport(user)) {
            return InspectionFile.load(events, inspectionId).orElseThrow(() -> new NotFound("inspection"));
        }
        return mine(inspectionId, false);
    }

    private Finding found(InspectionFile file, String findingId) {
        return reports.findings(file).findings().stream().filter(f -> f.findingId().equals(findingId)).findFirst()
                .orElseThrow(() -> new NotFound("finding"));
    }

    private static Instant instant(String field, String value) {
        Instant instant;
        try {
            instant = Instant.parse(Objects.requireNonNull(value));
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInput.of(field, "INVALID", "an ISO-8601 instant such as 2025-09-22T00:00:00Z");
        }
        // the same plausible range as every other time the API takes: no inspected period starts in 1900
        return ir.daftar.api.input.Times.inRange(field, instant);
    }

    private void line(OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
