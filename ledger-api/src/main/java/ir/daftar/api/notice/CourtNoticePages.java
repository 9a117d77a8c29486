package ir.daftar.api.notice;

import ir.daftar.api.notice.NoticeRequests.DeadlineInput;
import ir.daftar.api.notice.NoticeRequests.IssueNoticeRequest;
import ir.daftar.api.notice.NoticeRequests.RecipientInput;
import ir.daftar.api.notice.NoticeResponses.ServedNotice;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.Digits;
import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.NoticeKind;
import ir.daftar.core.notice.RecipientRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Court staff's pages of a case's notices (A7, A8): each notice with its service state and the channel it was served
 * to, a form to issue a notice (the API's {@link IssueNoticeRequest}) and, for an issued notice, its deposit in the
 * recipient's account, which is service. Asks {@link NoticeController}: the same commands, queries and
 * {@link NoticeAccess}.
 */
@PageController
class CourtNoticePages {

    static final String NOTICES = "/court/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/notices";

    /** The form's fields, by the API's own names (the field errors name them so). */
    private static final List<String> FIELDS = List.of("kind", "recipient.role", "recipient.nationalCode",
            "recipient.name", "recipient.mobile", "recipient.electronicAddress", "text", "deadline.kind", "deadline.days");

    private final NoticeController notices;
    private final PageForms forms;
    private final PageProblems problems;

    CourtNoticePages(NoticeController notices, PageForms forms, PageProblems problems) {
        this.notices = notices;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping(NOTICES)
    String list(@PathVariable String filingId, Model model) {
        show(filingId, model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "court/notices";
    }

    /** A8: a notice issued in the case; it is not served until deposited. */
    @PostMapping(NOTICES)
    String issue(@PathVariable String filingId, @RequestParam Map<String, String> params, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, params.get(f)));
        try {
            notices.issue(forms.valid(request(filingId, form)));
        } catch (RuntimeException e) {
            PageProblems.PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            model.addAttribute("problemForm", "issue");
            model.addAttribute("form", form);
            show(filingId, model);
            response.setStatus(problem.status());
            return "court/notices";
        }
        redirect.addFlashAttribute("done", "page.court.notice.issued");
        return "redirect:/court/filings/" + filingId + "/notices";
    }

    /** A8: deposit in the recipient's account: service, to the channels registered now (A7). */
    @PostMapping(NOTICES + "/{noticeId:[A-Za-z0-9\\-]{1,64}}/deposit")
    String deposit(@PathVariable String filingId, @PathVariable String noticeId, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ServedNotice served;
        try {
            served = notices.deposit(noticeId).getBody();
        } catch (RuntimeException e) {
            PageProblems.PageProblem problem = problems.describe(e, request, response);
            model.addAttribute("problem", problem);
            model.addAttribute("problemForm", "deposit");
            model.addAttribute("form", Map.of());
            show(filingId, model);
            response.setStatus(problem.status());
            return "court/notices";
        }
        redirect.addFlashAttribute("done", "page.court.notice.deposited");
        // the read model may not have caught up with the deposit yet: what the command answered goes along
        redirect.addFlashAttribute("served", served);
        return "redirect:/court/filings/" + filingId + "/notices";
    }

    private void show(String filingId, Model model) {
        model.addAttribute("filingId", filingId);
        model.addAttribute("notices", notices.ofFiling(filingId));
        model.addAttribute("noticeKinds", NoticeKind.values());
        model.addAttribute("recipientRoles", RecipientRole.values());
        model.addAttribute("deadlineKinds", DeadlineKind.values());
    }

    /** The form as the API's request; an empty field is absent, a deadline only when either of its fields is given. */
    private static IssueNoticeRequest request(String filingId, Map<String, String> form) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        NoticeKind kind = choice(NoticeKind.class, "kind", form.get("kind"), errors);
        RecipientRole role = choice(RecipientRole.class, "recipient.role", form.get("recipient.role"), errors);
        DeadlineKind deadlineKind = choice(DeadlineKind.class, "deadline.kind", form.get("deadline.kind"), errors);
        String daysText = PageForms.blankToNull(form.get("deadline.days"));
        Integer days = null;
        if (daysText != null) {
            String ascii = Digits.toAscii(daysText);
            if (ascii.matches("\\d{1,4}")) {
                days = Integer.valueOf(ascii);
            } else {
                errors.add(new InvalidInput.FieldError("deadline.days", "INVALID", "a number of days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        DeadlineInput deadline = deadlineKind == null && daysText == null ? null : new DeadlineInput(deadlineKind, days);
        return new IssueNoticeRequest(filingId, kind, new RecipientInput(role,
                PageForms.blankToNull(form.get("recipient.nationalCode")), PageForms.blankToNull(form.get("recipient.name")),
                PageForms.blankToNull(form.get("recipient.mobile")),
                PageForms.blankToNull(form.get("recipient.electronicAddress"))),
                PageForms.blankToNull(form.get("text")), null, deadline);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value,
                                                List<InvalidInput.FieldError> errors) {
        String given = PageForms.blankToNull(value);
        if (given == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, given);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.FieldError(field, "INVALID", "one of the choices offered"));
            return null;
        }
    }
}
