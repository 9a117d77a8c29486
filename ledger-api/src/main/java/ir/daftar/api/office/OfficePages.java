package ir.daftar.api.office;

import ir.daftar.api.office.OfficeController.AppointRequest;
import ir.daftar.api.office.OfficeController.MinimumStaffingRequest;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.Digits;
import ir.daftar.core.office.StaffRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The General Directorate's pages of the offices (A14, A15): the offices with whether each meets the minimum
 * staffing, and one office's staff with the forms to appoint a member, end an appointment and order a higher
 * minimum. Each page asks {@link OfficeController}: the same commands, the same rules and refusals.
 */
@PageController
class OfficePages {

    static final String OFFICE = "/admin/offices/{officeId:[A-Za-z0-9\\-]{1,40}}";

    private final OfficeController offices;
    private final PageForms forms;
    private final PageProblems problems;

    OfficePages(OfficeController offices, PageForms forms, PageProblems problems) {
        this.offices = offices;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping("/admin/offices")
    String list(Model model) {
        model.addAttribute("offices", offices.list());
        return "admin/offices";
    }

    @GetMapping(OFFICE)
    String office(@PathVariable String officeId, Model model) {
        show(officeId, model);
        return "admin/office";
    }

    /**
     * A15-A21 (ADR 0910): a manager, legal expert, IT expert or clerk is hired on the evidence of A16-A21 that the
     * form carries beside the person (the same request as the API's, so the same rules and refusals).
     */
    @PostMapping(OFFICE + "/staff")
    String appoint(@PathVariable String officeId, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            offices.appoint(officeId, forms.valid(new AppointRequest(PageForms.blankToNull(form.get("nationalCode")),
                    PageForms.blankToNull(form.get("name")), role(form.get("role")), form.get("fullTime") != null,
                    EligibilityForm.from(form))));
        } catch (RuntimeException e) {
            Map<String, Object> shown = new java.util.HashMap<>(form);
            shown.putIfAbsent("nationalCode", "");
            shown.putIfAbsent("name", "");
            shown.putIfAbsent("role", "");
            shown.put("fullTime", form.get("fullTime") != null);
            model.addAttribute("appoint", shown);
            return refused("appointProblem", e, officeId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.admin.office.appointed");
        return "redirect:/admin/offices/" + officeId;
    }

    /** A15: a staff member leaves; an office below the minimum can no longer receive filings. */
    @PostMapping(OFFICE + "/staff/end")
    String end(@PathVariable String officeId, @RequestParam(required = false) String nationalCode,
               @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
               Model model, RedirectAttributes redirect) {
        try {
            // Persian or Arabic-Indic digits, as typed on a Persian keyboard, with spaces or dashes pasted along
            String code = Digits.digitsOnly(PageForms.blankToNull(nationalCode));
            if (code == null || !code.matches("[0-9]{10}")) {
                throw InvalidInput.of("endNationalCode", code == null ? "REQUIRED" : "INVALID",
                        "10 digits");
            }
            offices.endAppointment(officeId, code, PageForms.blankToNull(reason));
        } catch (RuntimeException e) {
            model.addAttribute("ending", Map.of("nationalCode", nullToEmpty(nationalCode), "reason", nullToEmpty(reason)));
            return refused("endProblem", e, officeId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.admin.office.ended");
        return "redirect:/admin/offices/" + officeId;
    }

    /** A15 (note): the GD orders a higher minimum staffing, never one below A15's. */
    @PostMapping(OFFICE + "/minimum-staffing")
    String minimum(@PathVariable String officeId, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            Map<StaffRole, Integer> perRole = new EnumMap<>(StaffRole.class);
            for (StaffRole role : StaffRole.values()) {
                String value = Digits.digitsOnly(PageForms.blankToNull(form.get("min-" + role.name())));
                if (value == null || !value.matches("[0-9]{1,3}")) {
                    throw InvalidInput.of("min-" + role.name(),
                            value == null ? "REQUIRED" : "INVALID", "a number from 0 to 999");
                }
                perRole.put(role, Integer.parseInt(value));
            }
            offices.minimum(officeId, forms.valid(new MinimumStaffingRequest(perRole)));
        } catch (RuntimeException e) {
            model.addAttribute("minimumForm", form);
            return refused("minimumProblem", e, officeId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.admin.office.minimumOrdered");
        return "redirect:/admin/offices/" + officeId;
    }

    /** The office page again, with the refusal beside the form it is about, answered with the API's status. */
    private String refused(String which, RuntimeException e, String officeId, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        model.addAttribute(which, problem);
        show(officeId, model);
        response.setStatus(problem.status());
        return "admin/office";
    }

    private void show(String officeId, Model model) {
        model.addAttribute("officeId", officeId);
        model.addAttribute("staffing", offices.staffing(officeId));
        model.addAttribute("office", offices.list().stream().filter(o -> o.officeId().equals(officeId)).findFirst()
                .orElse(null));
        model.addAttribute("roles", List.of(StaffRole.values()));
        EligibilityForm.choices(model);
    }

    /** A role the form names; anything else is refused as the API refuses an unknown enum value. */
    private static StaffRole role(String value) {
        String role = PageForms.blankToNull(value);
        if (role == null) {
            return null;
        }
        try {
            return StaffRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("role", "INVALID", "MANAGER, LEGAL_EXPERT, IT_EXPERT or CLERK");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
