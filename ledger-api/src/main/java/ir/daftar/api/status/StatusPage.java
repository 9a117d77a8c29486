package ir.daftar.api.status;

import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.problem.TooManyRequests;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A4/A12: the public status page, for an applicant on a phone: the tracking code and the national code, sent by a
 * form (POST, so neither lands in an address bar, a history or a log), answered by the very lookup of the API
 * ({@link StatusLookup}) under the same limits: an unknown code and a wrong national code read the same.
 */
@PageController
class StatusPage {

    private final StatusLookup lookup;
    private final PageProblems problems;
    private final PageFormat fmt;

    StatusPage(StatusLookup lookup, PageProblems problems, PageFormat fmt) {
        this.lookup = lookup;
        this.problems = problems;
        this.fmt = fmt;
    }

    /**
     * One step of the answer's timeline as the page shows it: its name in the page's language, and when it was
     * recorded (the instant, the Gregorian for the title, the Jalali shown). Formatted here rather than by four
     * expressions per step in the template: the steps were the most costly part of this page under the lookup
     * load (docs/performance.md). Public, as {@link StatusAnswer} is, so that Spring EL compiles the template's
     * expressions over it to bytecode (it compiles only over public types).
     */
    public record TimelineStep(String label, String iso, String gregorian, String jalali) {
    }

    @GetMapping({"/", "/status"})
    String form() {
        return "status/status";
    }

    @PostMapping("/status")
    String lookUp(@RequestParam(required = false) String trackingCode, @RequestParam(required = false) String nationalCode,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("trackingCode", trackingCode);
        try {
            if (request.getAttribute(StatusLookupGuard.REFUSED) instanceof Duration wait) {
                throw new TooManyRequests("TOO_MANY_REQUESTS", wait);
            }
            String client = String.valueOf(request.getAttribute(StatusLookupGuard.CLIENT));
            StatusAnswer answer = lookup.answer(client, trackingCode == null ? "" : trackingCode,
                    nationalCode == null ? "" : nationalCode);
            model.addAttribute("answer", answer);
            model.addAttribute("timeline", timeline(answer));
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
        }
        return "status/status";
    }

    private List<TimelineStep> timeline(StatusAnswer answer) {
        String lang = fmt.lang();
        return answer.steps().stream().map(s -> new TimelineStep(s.label().in(lang), fmt.iso(s.occurredAt()),
                fmt.gregorian(s.occurredAt()), fmt.dateTime(s.occurredAt()))).toList();
    }
}
