package ir.daftar.api.notice;

import ir.daftar.api.notice.NoticeRequests.ViewRequest;
import ir.daftar.api.web.PageController;
import ir.daftar.core.notice.ViewChannel;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's notice inbox (A7, A8): each notice with its service state, the channel it was served to and its
 * due date; a notice's text is shown once its opening is recorded (the first view is service, A8). Asks
 * {@link NoticeController}: the same queries, commands and {@link NoticeAccess}.
 */
@PageController
class NoticePages {

    static final String NOTICE = "/my/notices/{noticeId:[A-Za-z0-9\\-]{1,64}}";

    private final NoticeController notices;

    NoticePages(NoticeController notices) {
        this.notices = notices;
    }

    @GetMapping("/my/notices")
    String inbox(Model model) {
        model.addAttribute("inbox", notices.inbox());
        return "applicant/notices";
    }

    @GetMapping(NOTICE)
    String notice(@PathVariable String noticeId, Model model) {
        model.addAttribute("notice", notices.notice(noticeId));
        return "applicant/notice";
    }

    /** A8: the applicant opens the notice on the portal; the first opening is recorded and is service. */
    @PostMapping(NOTICE + "/view")
    String open(@PathVariable String noticeId, RedirectAttributes redirect) {
        // the recorded time goes along: the inbox's read model may not have caught up with the view yet
        redirect.addFlashAttribute("openedAt", notices.view(noticeId, new ViewRequest(ViewChannel.PORTAL)).viewedAt());
        return "redirect:/my/notices/" + noticeId;
    }
}
