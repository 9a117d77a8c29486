package ir.daftar.api.filing;

import ir.daftar.api.filing.CaseController.CaseRegistrationRequest;
import ir.daftar.api.filing.CaseController.ReturnRequest;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.projections.casehistory.FindCaseHistory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Court staff's pages (A8, A13): the filings waiting at my authority, one filing with its registration as a case or
 * its return, and the case's full history as a timeline (filtered by kind, ordered by occurrence or recording, as
 * CSV). Each page asks {@link CaseController} and {@link FilingController}: the same commands, queries,
 * {@link FilingAccess} and access log as the API. The case's notices are {@code notice.CourtNoticePages}.
 */
@PageController
class CourtPages {

    static final String FILING = "/court/filings/{filingId:[A-Za-z0-9\\-]{1,64}}";
    /** The categories of the history a page filters by (CaseHistoryView.Entry.category). */
    static final List<String> CATEGORIES = List.of("FILING", "COURT", "NOTICE", "REPORT", "PAPER");

    private final CaseController cases;
    private final FilingController filings;
    private final PageForms forms;
    private final PageProblems problems;
    private final DocumentController documents;

    CourtPages(CaseController cases, FilingController filings, PageForms forms, PageProblems problems,
               DocumentController documents) {
        this.cases = cases;
        this.filings = filings;
        this.forms = forms;
        this.problems = problems;
        this.documents = documents;
    }

    /** A13: the filings submitted to my authority and not yet registered or returned, newest first. */
    @GetMapping("/court")
    String incoming(Model model) {
        model.addAttribute("incoming", cases.incoming(null));
        return "court/incoming";
    }

    @GetMapping(FILING)
    String filing(@PathVariable String filingId, Model model) {
        show(filingId, model);
        return "court/filing";
    }

    /** A13: registered as a case, with its number, branch and date (Jalali or Gregorian, Persian digits allowed). */
    @PostMapping(FILING + "/case-registration")
    String register(@PathVariable String filingId, @RequestParam(required = false) String caseNumber,
                    @RequestParam(required = false) String branch, @RequestParam(required = false) String registeredOn,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            cases.register(filingId, forms.valid(new CaseRegistrationRequest(PageForms.blankToNull(caseNumber),
                    PageForms.blankToNull(branch), PageForms.blankToNull(registeredOn))));
        } catch (RuntimeException e) {
            model.addAttribute("caseNumber", caseNumber);
            model.addAttribute("branch", branch);
            model.addAttribute("registeredOn", registeredOn);
            return refused(e, "registration", filingId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.court.registered");
        redirect.addFlashAttribute("decided", "REGISTERED_AS_CASE");
        return "redirect:/court/filings/" + filingId;
    }

    /** A13: returned, with its reason. */
    @PostMapping(FILING + "/return")
    String returnFiling(@PathVariable String filingId, @RequestParam(required = false) String reason,
                        HttpServletRequest request, HttpServletResponse response, Model model,
                        RedirectAttributes redirect) {
        try {
            cases.returnFiling(filingId, forms.valid(new ReturnRequest(PageForms.blankToNull(reason))));
        } catch (RuntimeException e) {
            model.addAttribute("reason", reason);
            return refused(e, "return", filingId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.court.returned");
        redirect.addFlashAttribute("decided", "RETURNED");
        return "redirect:/court/filings/" + filingId;
    }

    /** A13: the case's full history, filtered by category and ordered by occurrence or by recording. */
    @GetMapping(FILING + "/history")
    String history(@PathVariable String filingId, @RequestParam(name = "kind", required = false) List<String> kinds,
                   @RequestParam(required = false) FindCaseHistory.Order order, Model model) {
        List<String> chosen = chosen(kinds);
        FindCaseHistory.Order by = order == null ? FindCaseHistory.Order.OCCURRENCE : order;
        model.addAttribute("summary", filings.summary(filingId, null));
        model.addAttribute("history", filings.history(filingId, chosen.isEmpty() ? null : chosen, null, null, by, null,
                MediaType.APPLICATION_JSON_VALUE, null).getBody());
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("kinds", chosen);
        model.addAttribute("order", by.name());
        return "court/history";
    }

    /** The same history as CSV: the API's own answer ({@code format=csv}), with its file name. */
    @GetMapping(FILING + "/history.csv")
    ResponseEntity<?> historyCsv(@PathVariable String filingId,
                                 @RequestParam(name = "kind", required = false) List<String> kinds,
                                 @RequestParam(required = false) FindCaseHistory.Order order) {
        List<String> chosen = chosen(kinds);
        return filings.history(filingId, chosen.isEmpty() ? null : chosen, null, null, order, "csv", null, null);
    }

    /** Only the page's own categories: anything else in the address is ignored rather than sent on. */
    private static List<String> chosen(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        Set<String> asked = Set.copyOf(kinds);
        return CATEGORIES.stream().filter(asked::contains).toList();
    }

    /** The filing's page again, with the refusal beside the form that caused it and the article's text. */
    private String refused(RuntimeException e, String form, String filingId, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        PageProblems.PageProblem problem = problems.describe(e, request, response);
        model.addAttribute("problem", problem);
        model.addAttribute("problemForm", form);
        show(filingId, model);
        response.setStatus(problem.status());
        return "court/filing";
    }

    /** The filing at a glance; today (in the page's calendar) is the registration form's date until one is typed. */
    private void show(String filingId, Model model) {
        model.addAttribute("summary", filings.summary(filingId, null));
        model.addAttribute("documents", documents.list(filingId, null));
        model.addAttribute("now", Instant.now());
    }
}
