package ir.daftar.api.filing;

import ir.daftar.api.authority.AuthorityDirectory;
import ir.daftar.api.feeschedule.OfficeServiceCharging;
import ir.daftar.api.filing.FilingRequests.ConformityRequest;
import ir.daftar.api.filing.FilingRequests.ContactDetailsRequest;
import ir.daftar.api.filing.FilingRequests.PartyInput;
import ir.daftar.api.filing.FilingRequests.PaymentRequest;
import ir.daftar.api.filing.FilingRequests.StartFilingRequest;
import ir.daftar.api.filing.FilingRequests.UndertakingRequest;
import ir.daftar.api.filing.FilingRequests.Verdict;
import ir.daftar.api.filing.FilingRequests.VerifyIdentityRequest;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.PageProblems;
import ir.daftar.api.problem.PageProblems.FieldMessage;
import ir.daftar.api.problem.PageProblems.PageProblem;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.web.PageController;
import ir.daftar.api.web.PageForms;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Digits;
import ir.daftar.core.common.FilingKind;
import ir.daftar.api.input.Inputs;
import ir.daftar.core.common.Rule;
import ir.daftar.core.feeschedule.OfficeFeeSchedules;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.party.PersonType;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casehistory.FindCaseHistory;
import ir.daftar.projections.casestatus.FilingDetail;
import ir.daftar.projections.casestatus.FindFiling;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office counter (A5, A6, A7): office staff start a filing for the applicant in front of them and take it through
 * the office route's steps on one console, then print the office's confirmation. Every form becomes the API's own
 * request record and goes to {@link FilingController}'s method for that step: the same commands, rules, access
 * policy and access log as through the API, and a refusal is shown as the API answers it ({@link PageProblems}), with
 * its article, beside the field it is about. The page computes nothing of the ledger's: the uploaded file's bytes go to
 * the digitize request as they are, and its SHA-256 is the one the API recorded.
 *
 * <p>The console reads the filing's summary and history, which are projections; after a step it waits (at most
 * {@link #CATCH_UP}) until both show the new event, so that the page after the step shows it.
 */
@PageController
class CounterPages {

    static final String FILING = "/office/filings/{filingId:[A-Za-z0-9\\-]{1,64}}";
    /** The longest the page waits for the read models to show a step just recorded. */
    private static final Duration CATCH_UP = Duration.ofSeconds(5);
    /** The rule refusals that are about one field of the office's forms, and that field. */
    private static final Map<String, String> RULE_FIELDS = Map.of(
            Rule.A5_FEE_AMOUNT_MISMATCH.name(), "amountRials",
            Rule.A37_6_RECEIPT_REQUIRED.name(), "receiptNumber",
            Rule.A5_CLAIM_VALUE_REQUIRED.name(), "claimValueRials",
            // the document's file (issue 16)
            Rule.A5_PAGE_COUNT_MISMATCH.name(), "pageCount",
            Rule.A5_DOCUMENT_TYPE_NOT_ALLOWED.name(), "file",
            Rule.A5_DOCUMENT_INFECTED.name(), "file",
            Rule.A5_DOCUMENT_UNREADABLE.name(), "file",
            Rule.A5_DOCUMENT_TOO_LARGE.name(), "file");
    /** The office service charge's refusals about one of its fields (A37-12; ADR 0921, revisited), and that field. */
    private static final Map<String, String> SERVICE_CHARGE_FIELDS = Map.of(
            Rule.A37_12_OFFICE_FEE_ABOVE_SCHEDULE.name(), "chargeAmountRials",
            Rule.A37_12_SERVICE_NOT_IN_SCHEDULE.name(), "service");
    /** The office's filings in progress shown on its start page. */
    private static final int QUEUE = 20;

    private final FilingController filings;
    private final AuthorityDirectory authorities;
    private final QueryGateway queries;
    private final PageForms forms;
    private final PageProblems problems;
    private final DocumentController documents;
    private final OfficeServiceCharging charges;
    private final OfficeFeeSchedules schedules;

    CounterPages(FilingController filings, AuthorityDirectory authorities, QueryGateway queries, PageForms forms,
                PageProblems problems, DocumentController documents, OfficeServiceCharging charges,
                OfficeFeeSchedules schedules) {
        this.documents = documents;
        this.charges = charges;
        this.schedules = schedules;
        this.filings = filings;
        this.authorities = authorities;
        this.queries = queries;
        this.forms = forms;
        this.problems = problems;
    }

    // the start page: a new filing, and the office's filings in progress

    @GetMapping("/office")
    String start(Model model) {
        startPage(model, Map.of("idempotencyKey", UUID.randomUUID().toString(), "kind", "PETITION",
                "claimNature", "FINANCIAL", "applicantType", "NATURAL"));
        return "office/start";
    }

    /** A5/A6: starts an office-route filing; the form's one-time key makes sending it twice start one filing. */
    @PostMapping("/office/filings")
    String begin(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        String filingId;
        try {
            String defendant = PageForms.blankToNull(form.get("defendantName"));
            StartFilingRequest body = forms.valid(new StartFilingRequest(FilingRoute.OFFICE,
                    choice(FilingKind.class, form.get("kind")), choice(ClaimNature.class, form.get("claimNature")),
                    PageForms.blankToNull(form.get("claimValueRials")),
                    new PartyInput(choice(PersonType.class, form.get("applicantType")),
                            PageForms.blankToNull(form.get("applicantIdentifier")),
                            PageForms.blankToNull(form.get("applicantName"))),
                    defendant == null ? List.of() : List.of(new PartyInput(PersonType.NATURAL,
                            PageForms.blankToNull(form.get("defendantIdentifier")), defendant)),
                    PageForms.blankToNull(form.get("competentAuthorityId")),
                    PageForms.blankToNull(form.get("subject"))));
            String key = PageForms.blankToNull(form.get("idempotencyKey"));
            filingId = filings.start(body, key).getBody().filingId();
        } catch (RuntimeException e) {
            refused(e, request, response, model);
            startPage(model, form);
            return "office/start";
        }
        awaitShown(filingId, new long[] {0, 0});
        return "redirect:/office/filings/" + filingId;
    }

    private void startPage(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("authorities", authorities.all());
        model.addAttribute("kinds", FilingKind.values());
        model.addAttribute("natures", ClaimNature.values());
        model.addAttribute("personTypes", PersonType.values());
        model.addAttribute("queue", filings.officeFilings(QUEUE));
    }

    // the console

    @GetMapping(FILING)
    String console(@PathVariable String filingId, Model model) {
        show(filingId, model);
        return "office/filing";
    }

    /** A6: the applicant's identity, before anything else. */
    @PostMapping(FILING + "/identity-verification")
    String identity(@PathVariable String filingId, @RequestParam(required = false) String method,
                    HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(filingId, "IDENTITY", Map.of("method", nonNull(method)), () -> filings.verifyIdentity(filingId,
                forms.valid(new VerifyIdentityRequest(choice(IdentityVerificationMethod.class, method)))),
                request, response, model, redirect);
    }

    /**
     * A5/A6: a scanned paper: the file goes to the API's multipart upload as it came (streamed from the form's
     * part, never held in memory), which scans it, reads its type and pages, keeps it and records its SHA-256.
     */
    @PostMapping(FILING + "/documents")
    String digitize(@PathVariable String filingId, @RequestParam(required = false) MultipartFile file,
                    @RequestParam(required = false) String title, @RequestParam(required = false) String pageCount,
                    @RequestParam(required = false) String replacesDocumentId, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("title", nonNull(title), "pageCount", nonNull(pageCount));
        return act(filingId, "DOCUMENT", form, () -> {
            Integer pages = pages(pageCount);
            try {
                documents.upload(filingId, file, PageForms.blankToNull(title), pages == null ? null : pages.toString(),
                        null, PageForms.blankToNull(replacesDocumentId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, request, response, model, redirect);
    }

    /**
     * A5/A12: a document's content from the console, exactly as the API serves it: for those who may read the
     * case, checked against the ledger's hash, one range if asked, on the access log.
     */
    @GetMapping(FILING + "/documents/{documentId:[A-Za-z0-9\\-]{1,64}}/content")
    void documentContent(@PathVariable String filingId, @PathVariable String documentId,
                         @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                         HttpServletResponse response) throws IOException {
        documents.content(filingId, documentId, range, "office console", response);
    }

    /** A6: the applicant confirmed that the electronic documents match the papers. */
    @PostMapping(FILING + "/applicant-confirmation")
    String confirmation(@PathVariable String filingId, HttpServletRequest request, HttpServletResponse response,
                        Model model, RedirectAttributes redirect) {
        return act(filingId, "CONFIRMATION", Map.of(), () -> filings.applicantConfirmation(filingId), request, response,
                model, redirect);
    }

    /** A5/A6: the court fee from the tariff in force. */
    @PostMapping(FILING + "/court-fee/assessment")
    String assess(@PathVariable String filingId, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        return act(filingId, "ASSESSMENT", Map.of(), () -> filings.assess(filingId), request, response, model, redirect);
    }

    /** A5/A6, A37-6: the payment of the assessed fee, with its receipt. */
    @PostMapping(FILING + "/court-fee/payment")
    String pay(@PathVariable String filingId, @RequestParam(required = false) String paymentReference,
               @RequestParam(required = false) String amountRials, @RequestParam(required = false) String receiptNumber,
               HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("paymentReference", nonNull(paymentReference), "amountRials",
                nonNull(amountRials), "receiptNumber", nonNull(receiptNumber));
        return act(filingId, "PAYMENT", form, () -> filings.pay(filingId, forms.valid(new PaymentRequest(
                PageForms.blankToNull(paymentReference), PageForms.blankToNull(amountRials),
                PageForms.blankToNull(receiptNumber)))), request, response, model, redirect);
    }

    /**
     * A37-12 (ADR 0921, revisited): an office service charged against the schedule in force; above it, refused beside
     * the amount. The page's fields have names of their own, the payment form's being on the same page.
     */
    @PostMapping(FILING + "/office-service-charges")
    String charge(@PathVariable String filingId, @RequestParam(required = false) String service,
                  @RequestParam(required = false) String chargeAmountRials,
                  @RequestParam(required = false) String chargeReceiptNumber, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("service", nonNull(service), "chargeAmountRials", nonNull(chargeAmountRials),
                "chargeReceiptNumber", nonNull(chargeReceiptNumber));
        return act(filingId, "SERVICE_CHARGE", form, () -> {
            Inputs in = new Inputs();
            in.required("service", PageForms.blankToNull(service));
            Long amount = in.required("chargeAmountRials", in.amount("chargeAmountRials", chargeAmountRials));
            in.required("chargeReceiptNumber", PageForms.blankToNull(chargeReceiptNumber));
            in.check();
            charges.charge(filingId, forms.valid(new OfficeServiceCharging.ChargeRequest(
                    PageForms.blankToNull(service), String.valueOf(amount), PageForms.blankToNull(chargeReceiptNumber))));
        }, request, response, model, redirect);
    }

    /** A5/A6: the legal expert's verdict on a document's conformity with its original. */
    @PostMapping(FILING + "/documents/{documentId:[A-Za-z0-9\\-]{1,64}}/conformity")
    String conformity(@PathVariable String filingId, @PathVariable String documentId,
                      @RequestParam(required = false) String verdict, @RequestParam(required = false) String reason,
                      HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("documentId", documentId, "verdict", nonNull(verdict), "reason", nonNull(reason));
        return act(filingId, "CONFORMITY", form, () -> filings.conformity(filingId, documentId,
                forms.valid(new ConformityRequest(choice(Verdict.class, verdict), PageForms.blankToNull(reason)))),
                request, response, model, redirect);
    }

    /** A7: the mobile and electronic address every notice of the case goes to. */
    @PostMapping(FILING + "/contact-details")
    String contacts(@PathVariable String filingId, @RequestParam(required = false) String mobile,
                    @RequestParam(required = false) String electronicAddress, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> form = Map.of("mobile", nonNull(mobile), "electronicAddress", nonNull(electronicAddress));
        return act(filingId, "CONTACTS", form, () -> filings.registerContacts(filingId, forms.valid(
                new ContactDetailsRequest(PageForms.blankToNull(mobile), PageForms.blankToNull(electronicAddress)))),
                request, response, model, redirect);
    }

    /** A7: the applicant's written undertaking that notices come only electronically (the signed form's SHA-256). */
    @PostMapping(FILING + "/notification-undertaking")
    String undertaking(@PathVariable String filingId, @RequestParam(required = false) String signedFormSha256,
                       HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(filingId, "UNDERTAKING", Map.of("signedFormSha256", nonNull(signedFormSha256)),
                () -> filings.undertaking(filingId, forms.valid(new UndertakingRequest(
                        PageForms.blankToNull(signedFormSha256)))), request, response, model, redirect);
    }

    /** A5/A7: the tracking code, with the office's confirmation. */
    @PostMapping(FILING + "/tracking-code")
    String trackingCode(@PathVariable String filingId, HttpServletRequest request, HttpServletResponse response,
                        Model model, RedirectAttributes redirect) {
        return act(filingId, "TRACKING_CODE", Map.of(), () -> filings.trackingCode(filingId), request, response, model,
                redirect);
    }

    /** A5/A6: to the competent authority. */
    @PostMapping(FILING + "/submission")
    String submit(@PathVariable String filingId, HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        return act(filingId, "SUBMISSION", Map.of(), () -> filings.submit(filingId), request, response, model, redirect);
    }

    /** A7: the office's confirmation for the applicant, printable on A4. */
    @GetMapping(FILING + "/confirmation")
    String printable(@PathVariable String filingId, Model model) {
        show(filingId, model);
        return "office/confirmation";
    }

    // the parts

    /** Runs one step; a refusal shows the console again with the form as it was sent and the refusal beside it. */
    private String act(String filingId, String step, Map<String, String> form, Runnable command,
                       HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        long[] before = marks(filingId);
        try {
            command.run();
        } catch (RuntimeException e) {
            refused(e, request, response, model);
            model.addAttribute("form", form);
            model.addAttribute("failedStep", step);
            show(filingId, model);
            return "office/filing";
        }
        awaitShown(filingId, before);
        redirect.addFlashAttribute("done", "page.office.done." + step);
        return "redirect:/office/filings/" + filingId;
    }

    private void refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        PageProblem problem = problems.describe(e, request, response);
        response.setStatus(problem.status());
        model.addAttribute("problem", beside(problem));
    }

    /**
     * A rule refusal about one field of the form (a payment that is not the fee assessed, a payment without its
     * receipt, a financial claim without its value): its text, with the article, goes beside that field; the title
     * stays at the top. Any other refusal is shown as it is.
     */
    static PageProblem beside(PageProblem problem) {
        String field = RULE_FIELDS.getOrDefault(problem.code(), SERVICE_CHARGE_FIELDS.get(problem.code()));
        if (field == null || problem.detail() == null || problem.about(field) != null) {
            return problem;
        }
        List<FieldMessage> fields = new ArrayList<>(problem.fields());
        fields.add(new FieldMessage(field, problem.code(), problem.detail()));
        return new PageProblem(problem.status(), problem.code(), problem.title(), null, problem.article(),
                List.copyOf(fields));
    }

    private void show(String filingId, Model model) {
        model.addAttribute("summary", filings.summary(filingId, null));
        CaseHistoryView history = (CaseHistoryView) filings.history(filingId, null, null, null, null, null,
                MediaType.APPLICATION_JSON_VALUE, null).getBody();
        model.addAttribute("console", OfficeConsole.of(history));
        // A37-12 (ADR 0921, revisited): the office services charged, and the schedule in force to charge from
        model.addAttribute("serviceCharges", OfficeConsole.serviceCharges(history));
        model.addAttribute("schedule", schedules.inForceAt(Instant.now()).orElse(null));
        model.addAttribute("legalExpert", CurrentActor.signedIn().role() == ActorRole.OFFICE_LEGAL_EXPERT);
        model.addAttribute("methods", IdentityVerificationMethod.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }

    /**
     * How far the two read models the console shows have got with this filing: its steps in case-status and its
     * entries in case-history. Read through the query gateway, not the API's reads: this is no read of case data
     * shown to anyone, and is not logged as one.
     */
    private long[] marks(String filingId) {
        FilingDetail detail = queries.query(new FindFiling(filingId), ResponseTypes.instanceOf(FilingDetail.class)).join();
        CaseHistoryView history = queries.query(new FindCaseHistory(filingId, Set.of(), null, null, null),
                ResponseTypes.instanceOf(CaseHistoryView.class)).join();
        return new long[] {detail == null ? 0 : detail.steps().size(), history == null ? 0 : history.entries().size()};
    }

    /** Waits until both read models show more of the filing than {@code before}, at most {@link #CATCH_UP}. */
    private void awaitShown(String filingId, long[] before) {
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (Instant.now().isBefore(deadline)) {
            long[] now = marks(filingId);
            if (now[0] > before[0] && now[1] > before[1]) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A choice from a list: its constant, or null (refused as missing by the request's constraints) when unknown. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        String v = PageForms.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A page count typed with Persian, Arabic-Indic or ASCII digits. */
    private static Integer pages(String value) {
        String v = PageForms.blankToNull(value);
        if (v == null) {
            return null;
        }
        String ascii = Digits.toAscii(v);
        if (!ascii.matches("[0-9]{1,5}")) {
            throw InvalidInput.of("pageCount", "INVALID", "a whole number of pages");
        }
        return Integer.parseInt(ascii);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
