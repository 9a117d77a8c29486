package ir.daftar.api.filing;

import ir.daftar.api.filing.FilingRequests.ContactDetailsRequest;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.projections.casehistory.CaseHistoryView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages (A5, A7, A12): my filings, and one filing with its timeline and its contact details. Each
 * page asks {@link FilingController}: the same queries, the same {@link FilingAccess} and the same access log (each
 * read is on the record, as through the API).
 */
@PageController
class ApplicantPages {

    static final String FILING = "/my/filings/{filingId:[A-Za-z0-9\\-]{1,64}}";

    private final FilingController filings;
    private final PageForms forms;
    private final PageProblems problems;
    private final DocumentController documents;

    ApplicantPages(FilingController filings, PageForms forms, PageProblems problems, DocumentController documents) {
        this.filings = filings;
        this.forms = forms;
        this.problems = problems;
        this.documents = documents;
    }

    @GetMapping({"/my", "/my/filings"})
    String mine(Model model) {
        model.addAttribute("mine", filings.mine(null));
        return "applicant/filings";
    }

    @GetMapping(FILING)
    String filing(@PathVariable String filingId, Model model) {
        show(filingId, model);
        return "applicant/filing";
    }

    /** A7: a new mobile number or electronic address; the earlier ones stay in the ledger and in the timeline. */
    @PostMapping(FILING + "/contact-details")
    String changeContacts(@PathVariable String filingId, @RequestParam(required = false) String mobile,
                          @RequestParam(required = false) String electronicAddress, HttpServletRequest request,
                          HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            filings.changeContacts(filingId, forms.valid(new ContactDetailsRequest(PageForms.blankToNull(mobile),
                    PageForms.blankToNull(electronicAddress))));
        } catch (RuntimeException e) {
            model.addAttribute("problem", problems.describe(e, request, response));
            model.addAttribute("mobile", mobile);
            model.addAttribute("electronicAddress", electronicAddress);
            show(filingId, model);
            response.setStatus(((PageProblems.PageProblem) model.getAttribute("problem")).status());
            return "applicant/filing";
        }
        redirect.addFlashAttribute("done", "page.contacts.changed");
        return "redirect:/my/filings/" + filingId;
    }

    private void show(String filingId, Model model) {
        model.addAttribute("summary", filings.summary(filingId, null));
        CaseHistoryView history = (CaseHistoryView) filings.history(filingId, null, null, null, null, null,
                MediaType.APPLICATION_JSON_VALUE, null).getBody();
        model.addAttribute("history", history);
        model.addAttribute("documents", documents.list(filingId, null));
    }
}
