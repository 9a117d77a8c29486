package ir.daftar.api.status;

import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.problem.TooManyRequests;
import ir.daftar.api.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
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

    StatusPage(StatusLookup lookup, PageProblems problems) {
        this.lookup = lookup;
        this.problems = problems;
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
            model.addAttribute("answer", lookup.answer(client, trackingCode == null ? "" : trackingCode,
                    nationalCode == null ? "" : nationalCode));
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
        }
        return "status/status";
    }
}
