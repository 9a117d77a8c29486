package ir.daftar.api.access;

import ir.daftar.api.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A12 (with A37-13): "who read my case", the applicant's page of {@link AccessLogController}. */
@PageController
class AccessLogPage {

    private final AccessLogController log;

    AccessLogPage(AccessLogController log) {
        this.log = log;
    }

    @GetMapping("/my/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/readers")
    String readers(@PathVariable String filingId, Model model) {
        model.addAttribute("filingId", filingId);
        model.addAttribute("log", log.accessLog(filingId));
        return "applicant/readers";
    }
}
