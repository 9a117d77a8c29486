package ir.daftar.api.discipline;

import ir.daftar.api.discipline.CaseRecords.CaseRecord;
import ir.daftar.api.discipline.CaseRecords.Step;
import ir.daftar.api.discipline.DisciplineController.ReferralRequest;
import ir.daftar.api.discipline.DisciplineController.RulingRequest;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingNotified;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discipline pages (A34-A38, ADR 1200): the public list of reprimands (A35-4, no sign-in), a board's docket for
 * its members, a case's full record (its origin and evidence, charges, referrals with the board as it sat, rulings
 * with who sat and who voted, notification and the appeal's last day in both calendars, finality and execution) and
 * the acts done from it: the GD or the Center head refers the case and notifies a ruling, the board's chair issues the
 * ruling. Each page calls {@link DisciplineController}: the same commands, reads and access rules as the API.
 */
@PageController
class DisciplinePages {

    static final String CASE = "/discipline/cases/{caseId:[A-Za-z0-9\\-]{1,64}}";
    static final String BOARD = "/discipline/boards/{boardId:[A-Za-z0-9\\-]{1,64}}";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9\\-]{1,64}");

    private final DisciplineController discipline;
    private final PageForms forms;
    private final PageProblems problems;

    DisciplinePages(DisciplineController discipline, PageForms forms, PageProblems problems) {
        this.discipline = discipline;
        this.forms = forms;
        this.problems = problems;
    }

    // ---- public ---------------------------------------------------------------------------

    /** A35-4: the reprimands published, as the Center's site lists them (no national code). */
    @GetMapping("/reprimands")
    String reprimands(Model model) {
        model.addAttribute("reprimands", discipline.reprimands().reprimands());
        return "discipline/reprimands";
    }

    // ---- boards ---------------------------------------------------------------------------

    /** Where a board member lands: a board's docket or a case's record, by its id. */
    @GetMapping("/discipline")
    String start(@RequestParam(required = false) String boardId, @RequestParam(required = false) String caseId,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        String board = PageForms.blankToNull(boardId);
        String kase = PageForms.blankToNull(caseId);
        try {
            if (board != null) {
                return "redirect:/discipline/boards/" + id("boardId", board);
            }
            if (kase != null) {
                return "redirect:/discipline/cases/" + id("caseId", kase);
            }
        } catch (RuntimeException e) {
            PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            response.setStatus(problem.status());
        }
        model.addAttribute("boardId", boardId);
        model.addAttribute("caseId", caseId);
        return "discipline/start";
    }

    private static String id(String field, String value) {
        if (!ID.matcher(value).matches()) {
            throw InvalidInput.of(field, "INVALID", "1-64 letters, digits or dashes");
        }
        return value;
    }

    /** A34: the board, its chair, and the cases referred to it with the ruling of each. */
    @GetMapping(BOARD)
    String docket(@PathVariable String boardId, Model model) {
        model.addAttribute("docket", discipline.docket(boardId));
        return "discipline/docket";
    }

    // ---- a case ---------------------------------------------------------------------------

    @GetMapping(CASE)
    String record(@PathVariable String caseId, Model model) {
        show(caseId, model);
        return "discipline/case";
    }

    /** A34: the GD or the Center head refers the case to a board. */
    @PostMapping(CASE + "/referral")
    String refer(@PathVariable String caseId, @RequestParam(required = false) String boardId,
                 HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            discipline.refer(caseId, forms.valid(new ReferralRequest(PageForms.blankToNull(boardId))));
        } catch (RuntimeException e) {
            model.addAttribute("referralBoardId", boardId);
            return refused(e, caseId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.discipline.referred");
        return "redirect:/discipline/cases/" + caseId;
    }

    /**
     * A34 note 2, A35: the chair issues the board's ruling: who was present, who was in favour, the degree (none: no
     * violation), a suspension's months, the clauses proven and the reasons.
     */
    @PostMapping(CASE + "/rulings")
    String rule(@PathVariable String caseId, @RequestParam(required = false) List<String> present,
                @RequestParam(required = false) List<String> inFavour, @RequestParam(required = false) String degree,
                @RequestParam(required = false) String suspensionMonths,
                @RequestParam(required = false) List<Integer> proven, @RequestParam(required = false) String reasons,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            RulingRequest body = forms.valid(new RulingRequest("R-" + UUID.randomUUID(),
                    present == null ? List.of() : present, inFavour == null ? List.of() : inFavour,
                    number("degree", degree), number("suspensionMonths", suspensionMonths), proven,
                    PageForms.blankToNull(reasons)));
            discipline.rule(caseId, body);
        } catch (RuntimeException e) {
            model.addAttribute("ruling", new RulingForm(present, inFavour, degree, suspensionMonths, proven, reasons));
            return refused(e, caseId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.discipline.ruled");
        return "redirect:/discipline/cases/" + caseId;
    }

    /** A36: the GD or the Center head records the ruling's service; an appealable one gets its 20-day period. */
    @PostMapping(CASE + "/rulings/{rulingId:[A-Za-z0-9\\-]{1,64}}/notification")
    String notifyRuling(@PathVariable String caseId, @PathVariable String rulingId, HttpServletRequest request,
                        HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            discipline.notifyRuling(caseId, rulingId);
        } catch (RuntimeException e) {
            return refused(e, caseId, request, response, model);
        }
        redirect.addFlashAttribute("done", "page.discipline.notified");
        return "redirect:/discipline/cases/" + caseId;
    }

    /** What the ruling form had, shown again beside a refusal. */
    record RulingForm(List<String> present, List<String> inFavour, String degree, String suspensionMonths,
                      List<Integer> proven, String reasons) {

        RulingForm {
            present = present == null ? List.of() : present;
            inFavour = inFavour == null ? List.of() : inFavour;
            proven = proven == null ? List.of() : proven;
        }
    }

    private static Integer number(String field, String value) {
        String v = PageForms.blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("\\d{1,3}")) {
            throw InvalidInput.of(field, "INVALID", "a whole number");
        }
        return Integer.valueOf(v);
    }

    private String refused(RuntimeException e, String caseId, HttpServletRequest request, HttpServletResponse response,
                           Model model) {
        PageProblem problem = problems.describe(e, request, response);
        model.addAttribute("problem", problem);
        show(caseId, model);
        response.setStatus(problem.status());
        return "discipline/case";
    }

    /**
     * The case's record and what the signed-in person may do on it now: the chair of the board it is before, while
     * that board has not ruled, issues the ruling; the GD and the Center head refer it and notify a ruling not yet
     * served.
     */
    private void show(String caseId, Model model) {
        CaseRecord record = discipline.record(caseId);
        DisciplinaryCaseOpened opened = null;
        CaseReferredToBoard board = null;
        boolean ruled = false;
        List<String> unnotified = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Step step : record.steps()) {
            if (step.event() instanceof DisciplinaryCaseOpened o) {
                opened = o;
            } else if (step.event() instanceof CaseReferredToBoard r) {
                board = r;
                ruled = false;
                r.members().forEach(m -> names.put(m.memberId(), m.name()));
            } else if (step.event() instanceof RulingIssued r) {
                ruled = board != null && r.boardId().equals(board.boardId());
                unnotified.add(r.rulingId());
            } else if (step.event() instanceof RulingNotified n) {
                unnotified.remove(n.rulingId());
            }
        }
        DaftarPrincipal me = CurrentActor.principal().orElse(null);
        boolean administration = me != null && (me.role() == ActorRole.GD_OFFICER || me.role() == ActorRole.CENTER_HEAD);
        model.addAttribute("caseId", caseId);
        model.addAttribute("steps", record.steps());
        model.addAttribute("opened", opened);
        model.addAttribute("board", board);
        model.addAttribute("names", names);
        model.addAttribute("chairRules", board != null && !ruled && me != null && me.role() == ActorRole.BOARD_MEMBER
                && me.actorId().equals(board.chairId()));
        model.addAttribute("mayRefer", administration);
        model.addAttribute("toNotify", administration ? unnotified : List.of());
        if (!model.containsAttribute("ruling")) {
            model.addAttribute("ruling", new RulingForm(null, null, null, null, null, null));
        }
    }
}
