package ir.daftar.api.establishment;

import ir.daftar.api.establishment.OfficeCallController.ApplicationRequest;
import ir.daftar.api.establishment.OfficeCallController.DecisionRequest;
import ir.daftar.api.establishment.OfficeCallController.ManagerRequest;
import ir.daftar.api.establishment.OfficeCallController.OpenCallRequest;
import ir.daftar.api.establishment.OfficeCallController.ProposalRequest;
import ir.daftar.api.establishment.OfficeCallController.VettingRequest;
import ir.daftar.api.office.EligibilityForm;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.Digits;
import ir.daftar.core.office.OfficeOrigin;
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
 * The establishment of offices on pages (A3, A14, A22(a); ADR 0920, issue 17): the General Directorate's calls for
 * applicants, each call's applications with the vetting outcome and its reasons, the GD's proposal of an office with
 * its A3 origin, and the Center head's decision and appointment of the manager on the evidence of A16-A21 (the hire
 * form's fields, {@code admin/eligibility}). Each page asks {@link OfficeCallController}: the same commands, rules and
 * refusals as the API; a step's form is offered to the role the API lets take it, when the chain has reached it.
 */
@PageController
class EstablishmentPages {

    static final String CALLS = "/governance/office-calls";
    static final String CALL = CALLS + "/{callId:[A-Za-z0-9\\-]{1,40}}";
    static final String APPLICATION = CALL + "/applications/{applicationId:[A-Za-z0-9\\-]{1,40}}";

    private final OfficeCallController calls;
    private final PageForms forms;
    private final PageProblems problems;

    EstablishmentPages(OfficeCallController calls, PageForms forms, PageProblems problems) {
        this.calls = calls;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping(CALLS)
    String list(Model model) {
        model.addAttribute("calls", calls.calls());
        return "governance/office-calls";
    }

    /** A22(a): the GD calls for applicants for a number of offices in a city. */
    @PostMapping(CALLS)
    String open(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        String callId = PageForms.blankToNull(form.get("callId"));
        try {
            calls.open(forms.valid(new OpenCallRequest(callId, PageForms.blankToNull(form.get("province")),
                    PageForms.blankToNull(form.get("city")), number(form, "offices", 3))));
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("openProblem", problem);
            model.addAttribute("opening", form);
            return list(model);
        }
        redirect.addFlashAttribute("done", "page.gov.calls.opened");
        return "redirect:" + CALLS + "/" + callId;
    }

    @GetMapping(CALL)
    String call(@PathVariable String callId, Model model) {
        model.addAttribute("call", calls.call(callId));
        return "governance/office-call";
    }

    /** A22(a): an application received under the call. */
    @PostMapping(CALL + "/applications")
    String receive(@PathVariable String callId, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String applicationId = PageForms.blankToNull(form.get("applicationId"));
        try {
            String code = Digits.digitsOnly(PageForms.blankToNull(form.get("nationalCode")));
            calls.receive(callId, forms.valid(new ApplicationRequest(applicationId, code,
                    PageForms.blankToNull(form.get("name")), PageForms.blankToNull(form.get("formerBody")))));
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            response.setStatus(problem.status());
            model.addAttribute("receiveProblem", problem);
            model.addAttribute("receiving", form);
            return call(callId, model);
        }
        redirect.addFlashAttribute("done", "page.gov.calls.received");
        return "redirect:" + CALLS + "/" + callId + "/applications/" + applicationId;
    }

    @GetMapping(APPLICATION)
    String application(@PathVariable String callId, @PathVariable String applicationId, Model model) {
        OfficeCallRecords.CallView call = calls.call(callId);
        model.addAttribute("call", call);
        model.addAttribute("app", call.applications().stream().filter(a -> a.applicationId().equals(applicationId))
                .findFirst().orElseThrow(() -> new ir.daftar.api.problem.NotFound("application")));
        model.addAttribute("origins", List.of(OfficeOrigin.values()));
        EligibilityForm.choices(model);
        return "governance/office-application";
    }

    /** A22(a), A22(c): the GD's vetting, once the fee is paid, accepted or rejected with reasons. */
    @PostMapping(APPLICATION + "/vetting")
    String vet(@PathVariable String callId, @PathVariable String applicationId, @RequestParam Map<String, String> form,
               HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            calls.vet(callId, applicationId, forms.valid(new VettingRequest(PageForms.yesNo(form, "accepted"),
                    PageForms.blankToNull(form.get("reasons")), PageForms.blankToNull(form.get("feeReceipt")),
                    amount(form, "feeAmount"))));
        } catch (RuntimeException e) {
            return refused("vetProblem", e, callId, applicationId, form, request, response, model);
        }
        return done(redirect, "page.gov.app.vetted", callId, applicationId);
    }

    /** A14, A3: the GD proposes an office, with its origin, from an accepted application. */
    @PostMapping(APPLICATION + "/proposal")
    String propose(@PathVariable String callId, @PathVariable String applicationId, @RequestParam Map<String, String> form,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            calls.propose(callId, applicationId, forms.valid(new ProposalRequest(
                    PageForms.blankToNull(form.get("officeId")), PageForms.blankToNull(form.get("officeName")),
                    EligibilityForm.choice(form, "origin", OfficeOrigin.class, "origin"),
                    PageForms.blankToNull(form.get("proposalReasons")))));
        } catch (RuntimeException e) {
            return refused("proposeProblem", e, callId, applicationId, form, request, response, model);
        }
        return done(redirect, "page.gov.app.proposed", callId, applicationId);
    }

    /** A14: the Center head approves or refuses the proposal, once. */
    @PostMapping(APPLICATION + "/decision")
    String decide(@PathVariable String callId, @PathVariable String applicationId, @RequestParam Map<String, String> form,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            calls.decide(callId, applicationId, forms.valid(new DecisionRequest(PageForms.yesNo(form, "approved"),
                    PageForms.blankToNull(form.get("decisionReasons")))));
        } catch (RuntimeException e) {
            return refused("decideProblem", e, callId, applicationId, form, request, response, model);
        }
        return done(redirect, "page.gov.app.decided", callId, applicationId);
    }

    /** A14, A16-A21: the Center head appoints the manager on the evidence of eligibility; the office is established. */
    @PostMapping(APPLICATION + "/manager")
    String appoint(@PathVariable String callId, @PathVariable String applicationId, @RequestParam Map<String, String> form,
                   HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            calls.appointManager(callId, applicationId, forms.valid(new ManagerRequest(EligibilityForm.from(form))));
        } catch (RuntimeException e) {
            return refused("managerProblem", e, callId, applicationId, form, request, response, model);
        }
        return done(redirect, "page.gov.app.appointed", callId, applicationId);
    }

    private static String done(RedirectAttributes redirect, String message, String callId, String applicationId) {
        redirect.addFlashAttribute("done", message);
        return "redirect:" + CALLS + "/" + callId + "/applications/" + applicationId;
    }

    /** The application's page again, the refusal beside the form it is about, answered with the API's status. */
    private String refused(String which, RuntimeException e, String callId, String applicationId, Map<String, String> form,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        model.addAttribute(which, problem);
        model.addAttribute("sent", form);
        String page = application(callId, applicationId, model);
        response.setStatus(problem.status());
        return page;
    }

    /** A whole number typed with Latin, Persian or Arabic-Indic digits (and separators pasted along). */
    private static Integer number(Map<String, String> form, String name, int digits) {
        String value = Digits.digitsOnly(PageForms.blankToNull(form.get(name)));
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1," + digits + "}")) {
            throw InvalidInput.of(name, "INVALID", "a whole number");
        }
        return Integer.valueOf(value);
    }

    private static Long amount(Map<String, String> form, String name) {
        String value = Digits.digitsOnly(PageForms.blankToNull(form.get(name)));
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,15}")) {
            throw InvalidInput.of(name, "INVALID", "an amount in rials");
        }
        return Long.valueOf(value);
    }
}
