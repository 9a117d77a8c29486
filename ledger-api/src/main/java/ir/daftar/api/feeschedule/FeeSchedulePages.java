package ir.daftar.api.feeschedule;

import ir.daftar.api.feeschedule.FeeScheduleController.ConfirmationRequest;
import ir.daftar.api.feeschedule.FeeScheduleController.DecisionRequest;
import ir.daftar.api.feeschedule.FeeScheduleController.OpinionRequest;
import ir.daftar.api.feeschedule.FeeScheduleController.ProposalRequest;
import ir.daftar.api.feeschedule.FeeScheduleRecords.SchedulesView;
import ir.daftar.api.feeschedule.FeeScheduleRecords.VersionView;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Digits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office service fee schedules on a page (A22(c), A24; ADR 0921, issue 18): the version in force, every version
 * with its chain state and its four steps side by side (Council proposal, GD opinion, Center head approval, Head of
 * the Judiciary confirmation), and the act that is each role's next on the open version. Each act is
 * {@link FeeScheduleController}'s: the same commands, rules and refusals as the API.
 */
@PageController
class FeeSchedulePages {

    static final String SCHEDULES = "/governance/fee-schedules";
    static final String VERSION = SCHEDULES + "/{version:[0-9]{1,6}}";

    /** Where a version's chain stands. */
    enum ChainState {
        AWAITING_OPINION, AWAITING_DECISION, AWAITING_CONFIRMATION, REFUSED, NOT_CONFIRMED, IN_FORCE, SCHEDULED, SUPERSEDED
    }

    private final FeeScheduleController schedules;
    private final PageForms forms;
    private final PageProblems problems;

    FeeSchedulePages(FeeScheduleController schedules, PageForms forms, PageProblems problems) {
        this.schedules = schedules;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping(SCHEDULES)
    String page(Model model) {
        SchedulesView view = schedules.schedules();
        Instant now = Instant.now();
        Map<Integer, ChainState> states = new LinkedHashMap<>();
        VersionView open = null;
        for (VersionView v : view.versions()) {
            ChainState state = state(v, view.inForce(), now);
            states.put(v.version(), state);
            if (state == ChainState.AWAITING_OPINION || state == ChainState.AWAITING_DECISION
                    || state == ChainState.AWAITING_CONFIRMATION) {
                open = v;
            }
        }
        model.addAttribute("schedules", view);
        model.addAttribute("states", states);
        model.addAttribute("open", open);
        model.addAttribute("openState", open == null ? null : states.get(open.version()));
        // the open version's next step is one role's: its form is offered to that role only
        ActorRole next = open == null ? null : switch (states.get(open.version())) {
            case AWAITING_OPINION -> ActorRole.GD_OFFICER;
            case AWAITING_DECISION -> ActorRole.CENTER_HEAD;
            default -> ActorRole.HEAD_OF_JUDICIARY;
        };
        model.addAttribute("mayAct", next != null && CurrentActor.signedIn().role() == next);
        model.addAttribute("nextVersion", view.versions().size() + 1);
        // the proposal form starts from the fees in force, one service a line
        StringBuilder current = new StringBuilder();
        if (view.inForce() != null) {
            view.inForce().fees().forEach((code, amount) -> current.append(code).append(' ').append(amount).append('\n'));
        }
        model.addAttribute("currentFees", current.toString());
        return "governance/fee-schedules";
    }

    static ChainState state(VersionView v, VersionView inForce, Instant now) {
        if (v.opinion() == null) {
            return ChainState.AWAITING_OPINION;
        }
        if (v.decision() == null) {
            return ChainState.AWAITING_DECISION;
        }
        if (!Boolean.TRUE.equals(v.decision().yes())) {
            return ChainState.REFUSED;
        }
        if (v.confirmation() == null) {
            return ChainState.AWAITING_CONFIRMATION;
        }
        if (!Boolean.TRUE.equals(v.confirmation().yes())) {
            return ChainState.NOT_CONFIRMED;
        }
        if (inForce != null && inForce.version() == v.version()) {
            return ChainState.IN_FORCE;
        }
        return v.effectiveFrom().isAfter(now) ? ChainState.SCHEDULED : ChainState.SUPERSEDED;
    }

    /** A24: the Council proposes the next version: each service's amount, from a day in the future. */
    @PostMapping(SCHEDULES)
    String propose(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                   Model model, RedirectAttributes redirect) {
        try {
            String version = Digits.digitsOnly(PageForms.blankToNull(form.get("version")));
            if (version != null && !version.matches("[0-9]{1,6}")) {
                throw InvalidInput.of("version", "INVALID", "a whole number");
            }
            schedules.propose(forms.valid(new ProposalRequest(version == null ? null : Integer.valueOf(version),
                    PageForms.jalaliDay(form, "effectiveFrom"), fees(form.get("fees")),
                    PageForms.blankToNull(form.get("councilSession")), PageForms.blankToNull(form.get("reasons")))));
        } catch (RuntimeException e) {
            return refused("proposeProblem", e, form, request, response, model);
        }
        return done(redirect, "page.gov.fees.proposed");
    }

    /** A22(c): the GD's opinion on the open version. */
    @PostMapping(VERSION + "/opinion")
    String opinion(@PathVariable int version, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            schedules.opinion(version, forms.valid(new OpinionRequest(PageForms.yesNo(form, "agrees"),
                    PageForms.blankToNull(form.get("stepReasons")))));
        } catch (RuntimeException e) {
            return refused("stepProblem", e, form, request, response, model);
        }
        return done(redirect, "page.gov.fees.opined");
    }

    /** A22(c): the Center head approves or refuses the version after the GD's opinion. */
    @PostMapping(VERSION + "/decision")
    String decide(@PathVariable int version, @RequestParam Map<String, String> form, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            schedules.decide(version, forms.valid(new DecisionRequest(PageForms.yesNo(form, "approved"),
                    PageForms.blankToNull(form.get("stepReasons")))));
        } catch (RuntimeException e) {
            return refused("stepProblem", e, form, request, response, model);
        }
        return done(redirect, "page.gov.fees.decided");
    }

    /** A22(c): the Head of the Judiciary confirms the approved version before its effective day. */
    @PostMapping(VERSION + "/confirmation")
    String confirm(@PathVariable int version, @RequestParam Map<String, String> form, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            schedules.confirm(version, forms.valid(new ConfirmationRequest(PageForms.yesNo(form, "confirmed"),
                    PageForms.blankToNull(form.get("stepReasons")))));
        } catch (RuntimeException e) {
            return refused("stepProblem", e, form, request, response, model);
        }
        return done(redirect, "page.gov.fees.confirmed");
    }

    private static String done(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("done", message);
        return "redirect:" + SCHEDULES;
    }

    private String refused(String which, RuntimeException e, Map<String, String> form, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        model.addAttribute(which, problem);
        model.addAttribute("sent", form);
        String page = page(model);
        response.setStatus(problem.status());
        return page;
    }

    /**
     * The fees as typed, one service a line: its code and its amount in rials (Latin or Persian digits, separators
     * allowed), e.g. {@code PETITION_FILING 250000}; empty is absent. A line that is not that is refused naming it.
     */
    static Map<String, Long> fees(String text) {
        String all = PageForms.blankToNull(text);
        if (all == null) {
            return null;
        }
        Map<String, Long> fees = new LinkedHashMap<>();
        String[] lines = all.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s=:]+", 2);
            // thousands grouped with a Latin or Persian comma, as amounts are written
            String amount = parts.length < 2 ? null : Digits.digitsOnly(parts[1]).replaceAll("[,\u066C\u060C]", "");
            if (amount == null || !amount.matches("[0-9]{1,15}") || fees.containsKey(parts[0])) {
                throw InvalidInput.of("fees", "INVALID", "line " + (i + 1) + ": a service code and its amount in rials, "
                        + "one service a line");
            }
            fees.put(parts[0], Long.valueOf(amount));
        }
        return fees;
    }
}
