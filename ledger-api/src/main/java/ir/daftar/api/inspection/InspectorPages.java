package ir.daftar.api.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.input.Times;
import ir.daftar.api.inspection.InspectionController.OpenRequest;
import ir.daftar.api.inspection.InspectionController.Reason;
import ir.daftar.api.inspection.InspectionResponses.InspectionState;
import ir.daftar.api.inspection.InspectionResponses.ReplayLine;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.inspection.ActivityEntry;
import ir.daftar.core.inspection.InspectionKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspector's pages (A28, A33, A37): my inspections and opening one, an inspection with the replay of the
 * office's activity (its progress read from the same NDJSON stream as the API's), the findings with the events that
 * prove them, accepting or dismissing each, the printable report, and the office as of an instant. Each page calls
 * {@link InspectionController}: the same commands, the same {@link InspectionAccess} (an inspector sees only the
 * offices of their own open inspections) and the same access log (every replay, finding list and as-of view is on
 * the record, as through the API). Times may be typed in Jalali or Gregorian ({@link Times}).
 */
@PageController
class InspectorPages {

    static final String INSPECTION = "/inspector/inspections/{inspectionId:[A-Za-z0-9\\-]{1,64}}";
    static final String FINDING = INSPECTION + "/findings/{findingId:[A-Za-z0-9\\-]{1,64}}";
    private static final Pattern FILING_ID = Pattern.compile("[A-Za-z0-9\\-]{1,64}");

    /** One act of the replayed activity, as the page lists it. */
    record Act(String eventType, String subjectId, String actorRole, String actorOfficeId, Instant recordedAt,
               Instant occurredAt) {

        static Act of(ActivityEntry e) {
            return new Act(e.eventType(), e.subjectId(), e.actorRole(), e.actorOfficeId(), e.recordedAt(), e.occurredAt());
        }
    }

    /** What a replay run without JavaScript shows: the acts of the period and the last line's statistics. */
    record Replayed(List<Act> acts, int findings, ReplayLine statistics) {
    }

    private final InspectionController inspections;
    private final PageForms forms;
    private final PageProblems problems;
    private final ObjectMapper json;

    InspectorPages(InspectionController inspections, PageForms forms, PageProblems problems, ObjectMapper json) {
        this.inspections = inspections;
        this.forms = forms;
        this.problems = problems;
        this.json = json;
    }

    // ---- my inspections, opening one ---------------------------------------------------------

    @GetMapping({"/inspector", "/inspector/inspections"})
    String mine(Model model) {
        model.addAttribute("mine", inspections.mine());
        model.addAttribute("kinds", InspectionKind.values());
        if (!model.containsAttribute("kanoonId")) {
            model.addAttribute("kanoonId", "kanoon-tehran");
        }
        return "inspector/inspections";
    }

    /** A28/A33: opens an inspection; the period may be typed in Jalali ({@code ۱۴۰۵/۰۹/۱۱}) or Gregorian. */
    @PostMapping("/inspector/inspections")
    String open(@RequestParam(required = false) String orderId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String kanoonId,
                @RequestParam(required = false) String officeId, @RequestParam(required = false) String periodFrom,
                @RequestParam(required = false) String periodTo, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        try {
            InspectionKind k = kind(kind);
            Instant from = Times.instant("periodFrom", periodFrom);
            Instant to = Times.instant("periodTo", periodTo);
            OpenRequest body = forms.valid(new OpenRequest(PageForms.blankToNull(orderId), k, PageForms.blankToNull(kanoonId),
                    PageForms.blankToNull(officeId), null, from == null ? null : from.toString(),
                    to == null ? null : to.toString()));
            String id = inspections.open(body).getBody().inspectionId();
            return "redirect:/inspector/inspections/" + id;
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            model.addAttribute("orderId", orderId);
            model.addAttribute("kind", kind);
            model.addAttribute("kanoonId", kanoonId);
            model.addAttribute("officeId", officeId);
            model.addAttribute("periodFrom", periodFrom);
            model.addAttribute("periodTo", periodTo);
            mine(model);
            response.setStatus(problem.status());
            return "inspector/inspections";
        }
    }

    private static InspectionKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return InspectionKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("kind", "INVALID", "PERIODIC or AD_HOC");
        }
    }

    // ---- one inspection ----------------------------------------------------------------------

    @GetMapping(INSPECTION)
    String inspection(@PathVariable String inspectionId, Model model) {
        show(inspectionId, model);
        return "inspector/inspection";
    }

    /** The replay's NDJSON stream for the page's script: the API's own stream, reached with the page's session. */
    @GetMapping(INSPECTION + "/replay")
    ResponseEntity<StreamingResponseBody> replayStream(@PathVariable String inspectionId) {
        return inspections.replay(inspectionId);
    }

    /** The replay without JavaScript: the same stream read to its end on the server, then shown on the page. */
    @GetMapping(INSPECTION + "/replay/result")
    String replayed(@PathVariable String inspectionId, Model model) {
        StreamingResponseBody stream = inspections.replay(inspectionId).getBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Act> acts = new ArrayList<>();
        int findings = 0;
        ReplayLine statistics = null;
        try {
            stream.writeTo(out);
            for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                ReplayLine l = json.readValue(line, ReplayLine.class);
                if ("activity".equals(l.type())) {
                    acts.add(Act.of(l.entry()));
                } else if ("finding".equals(l.type())) {
                    findings++;
                } else if ("statistics".equals(l.type())) {
                    statistics = l;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.addAttribute("replayed", new Replayed(acts, findings, statistics));
        show(inspectionId, model);
        return "inspector/inspection";
    }

    private void show(String inspectionId, Model model) {
        InspectionState state = inspections.get(inspectionId);
        model.addAttribute("state", state);
        model.addAttribute("stateName", state.report() == null ? "OPEN" : state.open() ? "FINALIZED" : "SENT_TO_GD");
        model.addAttribute("inspectionId", inspectionId);
        if (state.open()) {
            model.addAttribute("findings", inspections.findings(inspectionId).findings());
        } else {
            model.addAttribute("findings", inspections.report(inspectionId).findings());
        }
    }

    /** The report as the API prints it (Persian, right to left, Jalali dates), reached with the page's session. */
    @GetMapping(INSPECTION + "/report.html")
    ResponseEntity<String> report(@PathVariable String inspectionId, HttpServletResponse response) {
        ResponseEntity<String> report = inspections.reportHtml(inspectionId);
        // the report's own policy (its inline styles) replaces the pages' one, which is already written: the pages
        // write their security headers before the page (PageSecurityConfiguration), and a second policy header would
        // be enforced beside the first rather than instead of it
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(report.getHeaders());
        String policy = headers.getFirst(CONTENT_SECURITY_POLICY);
        if (policy != null) {
            response.setHeader(CONTENT_SECURITY_POLICY, policy);
            headers.remove(CONTENT_SECURITY_POLICY);
        }
        return new ResponseEntity<>(report.getBody(), headers, report.getStatusCode());
    }

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    // ---- one finding: its evidence, accept or dismiss ------------------------------------------

    @GetMapping(FINDING)
    String finding(@PathVariable String inspectionId, @PathVariable String findingId, Model model) {
        showFinding(inspectionId, findingId, model);
        return "inspector/finding";
    }

    /** A33: the finding goes into the report, with the reason; its rule and evidence come from the ledger. */
    @PostMapping(FINDING + "/acceptance")
    String accept(@PathVariable String inspectionId, @PathVariable String findingId,
                  @RequestParam(required = false) String reason, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(inspectionId, findingId, reason, true, request, response, model, redirect);
    }

    /** A33: the finding is dismissed, with the reason. */
    @PostMapping(FINDING + "/dismissal")
    String dismiss(@PathVariable String inspectionId, @PathVariable String findingId,
                   @RequestParam(required = false) String reason, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(inspectionId, findingId, reason, false, request, response, model, redirect);
    }

    private String decide(String inspectionId, String findingId, String reason, boolean accept,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        try {
            Reason body = forms.valid(new Reason(PageForms.blankToNull(reason)));
            if (accept) {
                inspections.accept(inspectionId, findingId, body);
            } else {
                inspections.dismiss(inspectionId, findingId, body);
            }
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            model.addAttribute("reason", reason);
            showFinding(inspectionId, findingId, model);
            response.setStatus(problem.status());
            return "inspector/finding";
        }
        redirect.addFlashAttribute("done", accept ? "page.inspector.accepted" : "page.inspector.dismissed");
        return "redirect:/inspector/inspections/" + inspectionId + "/findings/" + findingId;
    }

    private void showFinding(String inspectionId, String findingId, Model model) {
        InspectionState state = inspections.get(inspectionId);
        List<InspectionReports.ReportFinding> all = state.open() ? inspections.findings(inspectionId).findings()
                : inspections.report(inspectionId).findings();
        model.addAttribute("state", state);
        model.addAttribute("inspectionId", inspectionId);
        model.addAttribute("finding", all.stream().filter(f -> f.findingId().equals(findingId)).findFirst()
                .orElseThrow(() -> new NotFound("finding")));
    }

    // ---- as of an instant -------------------------------------------------------------------

    /**
     * The office as it was at an instant: a filing (its status page and timeline then, beside now) or the office's
     * queue. The instant may be typed in Jalali ({@code ۱۴۰۵/۰۹/۱۱ ۱۰:۳۰}) or Gregorian, read in Tehran.
     */
    @GetMapping(INSPECTION + "/as-of")
    String asOf(@PathVariable String inspectionId, @RequestParam(required = false) String at,
                @RequestParam(required = false) String filingId, @RequestParam(required = false) String view,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        InspectionState state = inspections.get(inspectionId);
        model.addAttribute("state", state);
        model.addAttribute("inspectionId", inspectionId);
        model.addAttribute("at", at);
        model.addAttribute("filingId", filingId);
        model.addAttribute("view", "queue".equals(view) ? "queue" : "filing");
        if (at == null && filingId == null && view == null) {
            return "inspector/as-of";
        }
        try {
            Instant instant = Times.instant("at", at);
            if (instant == null) {
                throw InvalidInput.of("at", "REQUIRED", "a Jalali or Gregorian date and time");
            }
            if ("queue".equals(view)) {
                model.addAttribute("queue", inspections.queueAsOf(inspectionId, instant.toString()));
            } else {
                String id = PageForms.blankToNull(filingId);
                if (id == null || !FILING_ID.matcher(id).matches()) {
                    throw InvalidInput.of("filingId", id == null ? "REQUIRED" : "INVALID", "the filing's id");
                }
                model.addAttribute("filing", inspections.filingAsOf(inspectionId, id, instant.toString()));
            }
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            response.setStatus(problem.status());
        }
        return "inspector/as-of";
    }
}
