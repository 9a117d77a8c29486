package ir.daftar.api.office;

import ir.daftar.api.office.LicenceController.DecisionRequest;
import ir.daftar.api.office.LicenceController.OpinionRequest;
import ir.daftar.api.office.LicenceController.ProposalRequest;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.office.LicenceDecisionKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An office's licence decisions on a page (A22(b), A24; ADR 0900, issue 18): the licence now, and each decision's
 * Council proposal, GD opinion and Center head decision side by side, with the act that is each role's next: the
 * Council proposes, the GD gives its opinion on the open proposal, the Center head decides it. Each act is
 * {@link LicenceController}'s: the same commands, rules and refusals as the API.
 */
@PageController
class LicencePages {

    static final String LICENCES = "/governance/licences";
    static final String LICENCE = "/governance/offices/{officeId:[A-Za-z0-9\\-]{1,40}}/licence";
    static final String DECISION = LICENCE + "/decisions/{decisionId:[A-Za-z0-9\\-]{1,40}}";

    private final LicenceController licences;
    private final OfficeController offices;
    private final PageForms forms;
    private final PageProblems problems;

    LicencePages(LicenceController licences, OfficeController offices, PageForms forms, PageProblems problems) {
        this.licences = licences;
        this.offices = offices;
        this.forms = forms;
        this.problems = problems;
    }

    /** The way to an office's licence: its id; the GD and administrators, who may list the offices, pick one. */
    @GetMapping(LICENCES)
    String index(@RequestParam(required = false) String officeId, Model model) {
        String id = PageForms.blankToNull(officeId);
        if (id != null && id.matches("[A-Za-z0-9\\-]{1,40}")) {
            return "redirect:/governance/offices/" + id + "/licence";
        }
        ActorRole role = CurrentActor.signedIn().role();
        model.addAttribute("offices", role == ActorRole.GD_OFFICER || role == ActorRole.ADMIN ? offices.list() : List.of());
        model.addAttribute("officeId", officeId);
        return "governance/licences";
    }

    @GetMapping(LICENCE)
    String licence(@PathVariable String officeId, Model model) {
        model.addAttribute("licence", licences.record(officeId));
        model.addAttribute("kinds", List.of(LicenceDecisionKind.values()));
        return "governance/licence";
    }

    /** A24: the Council proposes a decision on the licence, naming its session and reasons. */
    @PostMapping(LICENCE + "/decisions")
    String propose(@PathVariable String officeId, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            licences.propose(officeId, forms.valid(new ProposalRequest(PageForms.blankToNull(form.get("decisionId")),
                    EligibilityForm.choice(form, "kind", LicenceDecisionKind.class, "kind"), PageForms.jalaliDay(form, "until"),
                    PageForms.blankToNull(form.get("address")), PageForms.blankToNull(form.get("province")),
                    PageForms.blankToNull(form.get("councilSession")), PageForms.blankToNull(form.get("reasons")))));
        } catch (RuntimeException e) {
            return refused("proposeProblem", e, officeId, form, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.gov.licence.proposed");
        return "redirect:/governance/offices/" + officeId + "/licence";
    }

    /** A22(b): the GD agrees or disagrees (with reasons) with the open proposal. */
    @PostMapping(DECISION + "/opinion")
    String opinion(@PathVariable String officeId, @PathVariable String decisionId, @RequestParam Map<String, String> form,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            licences.opinion(officeId, decisionId, forms.valid(new OpinionRequest(PageForms.yesNo(form, "agrees"),
                    PageForms.blankToNull(form.get("opinionReasons")))));
        } catch (RuntimeException e) {
            return refused("opinionProblem", e, officeId, form, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.gov.licence.opined");
        return "redirect:/governance/offices/" + officeId + "/licence";
    }

    /** A14, A22(b): the Center head approves or refuses the proposal after the GD's opinion. */
    @PostMapping(DECISION + "/decision")
    String decide(@PathVariable String officeId, @PathVariable String decisionId, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            licences.decide(officeId, decisionId, forms.valid(new DecisionRequest(PageForms.yesNo(form, "approved"),
                    PageForms.blankToNull(form.get("decisionReasons")))));
        } catch (RuntimeException e) {
            return refused("decideProblem", e, officeId, form, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.gov.licence.decided");
        return "redirect:/governance/offices/" + officeId + "/licence";
    }

    private String refused(String which, RuntimeException e, String officeId, Map<String, String> form,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        model.addAttribute(which, problem);
        model.addAttribute("sent", form);
        String page = licence(officeId, model);
        response.setStatus(problem.status());
        return page;
    }
}
