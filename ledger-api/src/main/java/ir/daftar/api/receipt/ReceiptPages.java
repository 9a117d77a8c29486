package ir.daftar.api.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The receipts' pages (issue 21, ADR 1000), on {@link ReceiptController}: a printable receipt (A4, Persian by
 * default, Jalali dates, the QR code holding the signed statement itself) for whoever may read the case, and the
 * public check (paste the QR's text, or upload a file holding it).
 */
@PageController
class ReceiptPages {

    private static final String FILING = "/receipts/filings/{filingId:[A-Za-z0-9\\-]{1,64}}";
    private static final String NOTICE = "/receipts/notices/{noticeId:[A-Za-z0-9\\-]{1,64}}";

    private final ReceiptController receipts;
    private final PageFormat fmt;
    private final MessageSource messages;
    private final PageProblems problems;

    ReceiptPages(ReceiptController receipts, PageFormat fmt, MessageSource messages, PageProblems problems) {
        this.receipts = receipts;
        this.fmt = fmt;
        this.messages = messages;
        this.problems = problems;
    }

    /** One line of a receipt as printed: its label and its value, formatted for the page's language. */
    record Line(String name, String label, String value, String title) {
    }

    @GetMapping(FILING + "/office-confirmation")
    String officeConfirmation(@PathVariable String filingId, Model model, HttpServletResponse response) {
        return print(receipts.officeConfirmation(filingId, null).getBody(), model, response);
    }

    @GetMapping(FILING + "/payments/{n:[0-9]{1,3}}")
    String payment(@PathVariable String filingId, @PathVariable int n, Model model, HttpServletResponse response) {
        List<ReceiptController.ReceiptAnswer> all = receipts.payments(filingId, null).getBody();
        if (all == null || n < 1 || n > all.size()) {
            throw new NotFound("receipt");
        }
        return print(all.get(n - 1), model, response);
    }

    @GetMapping(NOTICE + "/proof-of-service")
    String proofOfService(@PathVariable String noticeId, Model model, HttpServletResponse response) {
        return print(receipts.proofOfService(noticeId).getBody(), model, response);
    }

    @GetMapping("/receipts/verify")
    String verifyForm() {
        return "receipts/verify";
    }

    @PostMapping("/receipts/verify")
    String verify(@RequestParam(required = false) String receipt, @RequestParam(required = false) MultipartFile file,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        String text = receipt;
        try {
            if ((text == null || text.isBlank()) && file != null && !file.isEmpty()) {
                if (file.getSize() > ReceiptCodec.MAX_LENGTH * 2L) {
                    throw ir.daftar.api.problem.InvalidInput.of("receipt", "NOT_A_RECEIPT", "too long for a receipt");
                }
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            model.addAttribute("receipt", text);
            ReceiptController.VerifyAnswer answer = receipts.check(text == null ? "" : text);
            model.addAttribute("answer", answer);
            model.addAttribute("reason", message("page.receipts.reason." + answer.reason(), answer.reason()));
            if (answer.ledger() != null) {
                model.addAttribute("ledger", message("page.receipts.ledger." + answer.ledger(), answer.ledger()));
            }
            if (answer.statement() != null) {
                model.addAttribute("kindTitle", message("page.receipts.kind." + answer.kind(), answer.kind()));
                model.addAttribute("lines", lines(answer.statement()));
            }
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = e instanceof RuntimeException r ? r
                    : ir.daftar.api.problem.InvalidInput.of("file", "MALFORMED", "the file could not be read");
            PageProblems.PageProblem problem = problems.describe(failure, request, response);
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
        }
        return "receipts/verify";
    }

    private String print(ReceiptController.ReceiptAnswer answer, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("answer", answer);
        model.addAttribute("kindTitle", message("page.receipts.kind." + answer.kind(), answer.kind()));
        model.addAttribute("lines", lines(answer.statement()));
        model.addAttribute("issuedAt", fmt.dateTime(Instant.parse(answer.issuedAt())));
        List<String> indexes = new ArrayList<>();
        answer.statement().path("events").forEach(e -> indexes.add(fmt.n(e.path("index").asText())));
        model.addAttribute("events", String.join(" · ", indexes));
        model.addAttribute("qr", QrSvg.of(answer.receipt(), message("page.receipts.qr", "QR")));
        return "receipts/print";
    }

    /** The facts as lines: nested objects flattened (channel.mobile), dates in Jalali, amounts grouped, enums named. */
    List<Line> lines(JsonNode statement) {
        List<Line> out = new ArrayList<>();
        flatten("", statement.path("facts"), out);
        out.sort(java.util.Comparator.comparingInt(l -> {
            int at = FIRST.indexOf(l.name());
            return at < 0 ? FIRST.size() : at;
        }));
        return out;
    }

    /** What a person looks for first on each receipt; the rest follows in the statement's order. */
    private static final List<String> FIRST = List.of("trackingCode", "noticeId", "noticeKind", "amountRials", "receiptNumber",
            "paymentReference", "paidAt", "office", "confirmedAt", "applicant", "recipient", "servedAt", "channel.mobile",
            "channel.electronicAddress", "alertDeliveredAt", "viewedAt", "viewChannel", "dueDate", "undertaking.electronicOnly",
            "undertaking.acknowledgedAt", "filingKind", "route", "authority");

    private void flatten(String prefix, JsonNode node, List<Line> out) {
        for (Map.Entry<String, JsonNode> e : ReceiptCodec.fields(node).entrySet()) {
            String name = prefix + e.getKey();
            if (e.getValue().isObject()) {
                flatten(name + ".", e.getValue(), out);
                continue;
            }
            String raw = e.getValue().asText();
            String value = raw;
            String title = null;
            if (name.endsWith("At")) {
                Instant t = Instant.parse(raw);
                value = fmt.dateTime(t);
                title = fmt.gregorian(t);
            } else if (name.equals("dueDate")) {
                value = fmt.day(LocalDate.parse(raw));
                title = raw;
            } else if (name.endsWith("Rials")) {
                value = message("page.office.rials", raw, fmt.rials(e.getValue().asLong()));
            } else if (name.equals("filingKind")) {
                value = message("kind." + raw, raw);
            } else if (name.equals("noticeKind")) {
                value = message("noticeKind." + raw, raw);
            } else if (name.equals("route") || name.equals("viewChannel") || name.equals("lackOfAccess.decision") || name.equals("undertaking.electronicOnly")) {
                value = message("page.receipts.value." + name + "." + raw, raw);
            } else if (raw.length() <= 20) { // codes and numbers in the page's digits; ids and hashes as they are
                value = fmt.n(raw);
            }
            out.add(new Line(name, message("page.receipts.fact." + name, name), value, title));
        }
    }

    private String message(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
    }
}
