package ir.daftar.api.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.inspection.Finding;
import ir.daftar.core.inspection.InspectionCommand;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.inspection.AsOfViews;
import ir.daftar.projections.inspection.EventStoreCursor;
import ir.daftar.projections.inspection.InspectionFile;
import ir.daftar.projections.inspection.OfficeReplay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
class InspectionController {

    private static final String ID = "{inspectionId:[A-Za-z0-9\\-]{1,64}}";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final CommandGateway commands;
    private final EventStoreCursor events;
    private final OfficeReplay replay;
    private final AsOfViews asOf;
    private final InspectionReports reports;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    InspectionController(CommandGateway commands, EventStoreCursor events, OfficeReplay replay, AsOfViews asOf,
                         InspectionReports reports, AccessLog accessLog, ObjectMapper json) {
        this.commands = commands;
        this.events = events;
        this.replay = replay;
        this.asOf = asOf;
        this.reports = reports;
        this.accessLog = accessLog;
        this.json = json;
    }

    record OpenRequest(@NotNull InspectionKind kind, @NotBlank @Size(max = 64) String kanoonId,
                       @NotBlank @Size(max = 64) String officeId, List<String> inspectorIds,
                       @NotBlank String periodFrom, @NotBlank String periodTo) {
    }

    record RequestToOffice(@Size(max = 64) String requestId, @NotBlank @Size(max = 4000) String text, @NotBlank String deadline) {
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
    @PostMapping
    ResponseEntity<Map<String, Object>> open(@Valid @RequestBody OpenRequest body) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        List<String> inspectors = body.inspectorIds() == null || body.inspectorIds().isEmpty()
                ? List.of(user.actorId()) : body.inspectorIds();
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new InspectionCommand.OpenInspection(id, body.kind(), body.kanoonId(), body.officeId(), inspectors,
                instant("periodFrom", body.periodFrom()), instant("periodTo", body.periodTo())));
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(Map.of("inspectionId", id));
    }

    /** The inspection's file: office, period, requests, decisions, report state. */
    @GetMapping(ID)
    Map<String, Object> get(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inspection", file.opened());
        body.put("open", file.isOpen());
        body.put("requests", file.requests());
        body.put("decisions", file.decisions().values());
        body.put("report", file.report().orElse(null));
        body.put("corrections", file.corrections());
        return body;
    }

    /** A37-9: asks the office for documents or explanations, by a deadline. */
    @PostMapping(ID + "/requests")
    ResponseEntity<Map<String, Object>> request(@PathVariable String inspectionId, @Valid @RequestBody RequestToOffice body) {
        mine(inspectionId, true);
        String requestId = body.requestId() == null ? "REQ-" + UUID.randomUUID().toString().substring(0, 8) : body.requestId();
        commands.sendAndWait(new InspectionCommand.SendRequest(inspectionId, requestId, body.text(),
                instant("deadline", body.deadline())));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("inspectionId", inspectionId, "requestId", requestId));
    }

    /** A37-9: the inspected office answers (office staff; the aggregate checks the office). */
    @PostMapping(ID + "/requests/{requestId:[A-Za-z0-9\\-]{1,64}}/answer")
    ResponseEntity<Map<String, Object>> answer(@PathVariable String inspectionId, @PathVariable String requestId,
                                               @Valid @RequestBody Answer body) {
        commands.sendAndWait(new InspectionCommand.AnswerRequest(inspectionId, requestId, body.answer()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("inspectionId", inspectionId, "requestId", requestId));
    }

    /**
     * The office's activity over the inspection's period, rebuilt from the event store and
     * streamed as NDJSON: {@code progress} lines while reading, one {@code activity} line per
     * act, then every {@code finding} and the {@code statistics}.
     */
    @GetMapping(value = ID + "/replay", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> replay(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, true);
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        accessLog.officeRecordViewed(user, file.officeId(), inspectionId, "replay",
                "from=" + file.opened().periodFrom() + "&to=" + file.opened().periodTo());
        StreamingResponseBody stream = out -> {
            OfficeReplay.Result result = replay.replay(file.officeId(), file.opened().periodFrom(), file.opened().periodTo(),
                    a -> line(out, Map.of("type", "activity", "entry", a)),
                    p -> {
                        line(out, Map.of("type", "progress", "scanned", p.scanned(), "total", p.total(), "percent", p.percent()));
                        flush(out);
                    });
            for (Finding f : result.findings()) {
                line(out, Map.of("type", "finding", "finding", f));
            }
            line(out, Map.of("type", "statistics", "statistics", result.statistics(), "durationMillis",
                    result.duration().toMillis(), "headIndex", result.headIndex()));
            flush(out);
        };
        return ResponseEntity.ok().contentType(NDJSON).body(stream);
    }

    /** The findings over the period, with the inspector's decisions so far. */
    @GetMapping(ID + "/findings")
    Map<String, Object> findings(@PathVariable String inspectionId) {
        InspectionFile file = mine(inspectionId, true);
        accessLog.officeRecordViewed(CurrentActor.principal().orElseThrow(), file.officeId(), inspectionId, "findings", "");
        InspectionReports.Report report = reports.report(file);
        return Map.of("findings", report.findings(), "statistics", report.statistics());
    }

    /** A33: accepts a finding the replay found (its rule and evidence come from the ledger, not the request). */
    @PostMapping(ID + "/findings/{findingId:[A-Za-z0-9\\-]{1,64}}/acceptance")
    ResponseEntity<Map<String, Object>> accept(@PathVariable String inspectionId, @PathVariable String findingId,
                                               @Valid @RequestBody Reason body) {
        InspectionFile file = mine(inspectionId, true);
        Finding f = found(file, findingId);
        commands.sendAndWait(new InspectionCommand.AcceptFinding(inspectionId, findingId, f.rule(), f.subjectId(),
                f.evidenceEventIds(), body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("inspectionId", inspectionId, "findingId", findingId));
    }

    /** A33: dismisses a finding, with the reason. */
    @PostMapping(ID + "/findings/{findingId:[A-Za-z0-9\\-]{1,64}}/dismissal")
    ResponseEntity<Map<String, Object>> dismiss(@PathVariable String inspectionId, @PathVariable String findingId,
                                                @Valid @RequestBody Reason body) {
        InspectionFile file = mine(inspectionId, true);
        Finding f = found(file, findingId);
        commands.sendAndWait(new InspectionCommand.DismissFinding(inspectionId, findingId, f.rule(), body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("inspectionId", inspectionId, "findingId", findingId));
    }

    /** A33: finalizes the report with its summary. */
    @PostMapping(ID + "/report")
    ResponseEntity<Map<String, Object>> finalizeReport(@PathVariable String inspectionId, @Valid @RequestBody Summary body) {
        mine(inspectionId, true);
        commands.sendAndWait(new InspectionCommand.FinalizeReport(inspectionId, body.summary()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("inspectionId", inspectionId));
    }

    /** A33: sends the finalized report to the GD. */
    @PostMapping(ID + "/report/sending")
    ResponseEntity<Map<String, Object>> send(@PathVariable String inspectionId) {
        mine(inspectionId, true);
        commands.sendAndWait(new InspectionCommand.SendReportToGd(inspectionId));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("inspectionId", inspectionId));
    }

    /** A33: a correction beside the finalized report. */
    @PostMapping(ID + "/report/corrections")
    ResponseEntity<Map<String, Object>> correct(@PathVariable String inspectionId, @Valid @RequestBody CorrectionRequest body) {
        mine(inspectionId, false);
        commands.sendAndWait(new InspectionCommand.CorrectReport(inspectionId, body.correction()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("inspectionId", inspectionId));
    }

    /** The report as JSON: for its inspectors, and for GD officers. */
    @GetMapping(ID + "/report")
    InspectionReports.Report report(@PathVariable String inspectionId) {
        return reports.report(readable(inspectionId));
    }

    /** The report as a printable Persian document (A4, right to left, Jalali dates). */
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
    @GetMapping(ID + "/as-of/filings/{filingId:[A-Za-z0-9\\-]{1,64}}")
    Map<String, Object> filingAsOf(@PathVariable String inspectionId, @PathVariable String filingId, @RequestParam String at) {
        InspectionFile file = mine(inspectionId, true);
        Instant instant = instant("at", at);
        Instant now = Instant.now();
        CaseHistoryView known = asOf.caseHistory(filingId, now).orElseThrow(() -> new NotFound("filing"));
        boolean ofOffice = known.entries().stream().anyMatch(e -> file.officeId().equals(e.officeId())
                || file.officeId().equals(e.details().path("officeId").asText(null)));
        if (!ofOffice) {
            throw new NotFound("filing");
        }
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        accessLog.caseRead(user, filingId, "as-of", "inspection " + inspectionId);
        accessLog.officeRecordViewed(user, file.officeId(), inspectionId, "as-of filing", "filing=" + filingId + "&at=" + at);
        Map<String, Object> then = new LinkedHashMap<>();
        then.put("status", asOf.caseStatus(filingId, instant).orElse(null));
        then.put("history", asOf.caseHistory(filingId, instant).orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", instant);
        body.put("atJalali", Jalali.dateTime(instant));
        body.put("asShownThen", then);
        body.put("asKnownNow", Map.of("status", asOf.caseStatus(filingId, now).orElse(null), "history", known));
        return body;
    }

    /** The office's queue (filings held, not yet submitted) as it was at an instant. */
    @GetMapping(ID + "/as-of/queue")
    Map<String, Object> queueAsOf(@PathVariable String inspectionId, @RequestParam String at) {
        InspectionFile file = mine(inspectionId, true);
        Instant instant = instant("at", at);
        accessLog.officeRecordViewed(CurrentActor.principal().orElseThrow(), file.officeId(), inspectionId, "as-of queue",
                "at=" + at);
        return Map.of("officeId", file.officeId(), "at", instant, "atJalali", Jalali.dateTime(instant),
                "queue", asOf.officeQueue(file.officeId(), instant));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A28: the caller is one of the inspection's inspectors (and, when asked, the inspection is still open). */
    private InspectionFile mine(String inspectionId, boolean mustBeOpen) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        InspectionFile file = InspectionFile.load(events, inspectionId).orElseThrow(() -> new NotFound("inspection"));
        if (user.role() != ActorRole.INSPECTOR || !file.hasInspector(user.actorId()) || (mustBeOpen && !file.isOpen())) {
            throw new NotFound("inspection");
        }
        return file;
    }

    /** Reports are read by their inspectors and by GD officers. */
    private InspectionFile readable(String inspectionId) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        if (user.role() == ActorRole.GD_OFFICER) {
            return InspectionFile.load(events, inspectionId).orElseThrow(() -> new NotFound("inspection"));
        }
        return mine(inspectionId, false);
    }

    private Finding found(InspectionFile file, String findingId) {
        return reports.findings(file).findings().stream().filter(f -> f.findingId().equals(findingId)).findFirst()
                .orElseThrow(() -> new NotFound("finding"));
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(Objects.requireNonNull(value));
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInput.of(field, "INVALID", "an ISO-8601 instant such as 2025-09-22T00:00:00Z");
        }
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
