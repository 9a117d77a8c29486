package ir.daftar.api.alert;

import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SMS alerts' dead-letter queue for administrators (A8: an alert only, service is the deposit): the alerts that
 * gave up (or those of another status), numbers masked, each dead one with a form to try it again. Asks
 * {@link AlertAdminController}: the same list, the same retry and its refusal.
 */
@PageController
class AlertPages {

    static final List<String> STATUSES = List.of("DEAD", "FAILED", "PENDING", "SENT");

    private final AlertAdminController alerts;
    private final PageProblems problems;

    AlertPages(AlertAdminController alerts, PageProblems problems) {
        this.alerts = alerts;
        this.problems = problems;
    }

    @GetMapping("/admin/alerts")
    String list(@RequestParam(defaultValue = "DEAD") String status, Model model) {
        show(status, model);
        return "admin/alerts";
    }

    /** A8: a new round of tries for a dead alert, under the same attempt id. */
    @PostMapping("/admin/alerts/{attemptId:[A-Za-z0-9:\\-]{1,120}}/retry")
    String retry(@PathVariable String attemptId, HttpServletRequest request, HttpServletResponse response, Model model,
                 RedirectAttributes redirect) {
        PageProblem problem;
        try {
            ResponseEntity<Object> answer = alerts.retry(attemptId);
            if (!(answer.getBody() instanceof ProblemDetail refusal)) {
                redirect.addFlashAttribute("done", "page.admin.alerts.retried");
                redirect.addFlashAttribute("retried", attemptId);
                return "redirect:/admin/alerts";
            }
            problem = new PageProblem(refusal.getStatus(), "ALERT_NOT_DEAD", refusal.getTitle(), refusal.getDetail(),
                    null, List.of());
        } catch (RuntimeException e) {
            problem = problems.describe(e, request, response);
        }
        model.addAttribute("problem", problem);
        show("DEAD", model);
        response.setStatus(problem.status());
        return "admin/alerts";
    }

    private void show(String status, Model model) {
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("alerts", alerts.list(status, 100));
    }
}
