package ir.daftar.api.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.authority.AuthorityDirectory;
import ir.daftar.api.config.json.LedgerJson;
import ir.daftar.api.filing.FilingRequests.ConformityRequest;
import ir.daftar.api.filing.FilingRequests.ContactDetailsRequest;
import ir.daftar.api.filing.FilingRequests.DigitizeDocumentRequest;
import ir.daftar.api.filing.FilingRequests.PaymentRequest;
import ir.daftar.api.filing.FilingRequests.StartFilingRequest;
import ir.daftar.api.filing.FilingRequests.UndertakingRequest;
import ir.daftar.api.filing.FilingRequests.VerifyIdentityRequest;
import ir.daftar.api.filing.FilingResponses.DocumentRef;
import ir.daftar.api.filing.FilingResponses.FeeAssessment;
import ir.daftar.api.filing.FilingResponses.FeePayment;
import ir.daftar.api.filing.FilingResponses.FilingListItem;
import ir.daftar.api.filing.FilingResponses.FilingRef;
import ir.daftar.api.filing.FilingResponses.FilingSummaryAnswer;
import ir.daftar.api.filing.FilingResponses.IssuedTrackingCode;
import ir.daftar.api.filing.FilingResponses.MyFilings;
import ir.daftar.api.filing.FilingResponses.OfficeFilings;
import ir.daftar.api.filing.FilingResponses.RegisteredContactDetails;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.api.status.StatusLabels;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand.StartFiling;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.party.Party;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casehistory.FindCaseHistory;
import ir.daftar.projections.casestatus.FilingDetail;
import ir.daftar.projections.casestatus.FilingSummary;
import ir.daftar.projections.casestatus.FindFiling;
import ir.daftar.projections.casestatus.FindFilingsOfApplicant;
import ir.daftar.projections.casestatus.FindFilingsOfOffice;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The filing ledger over HTTP (A5–A7). Each endpoint turns a request into one command; the
 * acting user travels as metadata. Rule refusals come back as 422 naming the article.
 */
@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = ApiDocs.TAG_FILINGS)
class FilingController {

    private static final String ID = "{filingId:[A-Za-z0-9\\-]{1,64}}";
    /** The most filings "my filings" lists at once. */
    private static final int MY_FILINGS_MAX = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AuthorityDirectory authorities;
    private final AccessLog accessLog;
    private final FilingAccess access;
    private final StatusLabels labels;
    private final LedgerJson json;

    FilingController(CommandGateway commands, QueryGateway queries, AuthorityDirectory authorities, AccessLog accessLog,
                     FilingAccess access, StatusLabels labels, LedgerJson json) {
        this.commands = commands;
        this.queries = queries;
        this.authorities = authorities;
        this.accessLog = accessLog;
        this.access = access;
        this.labels = labels;
        this.json = json;
    }

    /**
     * A5/A6: starts a filing. With an {@code Idempotency-Key} header, sending the same request
     * again returns the same filing instead of creating a second one.
     */
    @Operation(summary = "Start a filing", description = """
            A5/A6: starts a filing on the portal route (`PORTAL`, the applicant) or the office route (`OFFICE`, \
            office staff, for their own office; A15: the office must meet the minimum staffing). A financial \
            petition states its claim value in rials (Persian digits and separators accepted). With an \
            `Idempotency-Key` (8–128 visible ASCII characters), sending the same request again returns the same \
            filing; the same key with a different request is refused (`IDEMPOTENCY_KEY_REUSED`).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Started; `Location` names the filing")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "office route", value = """
                    {"route":"OFFICE","kind":"PETITION","claimNature":"FINANCIAL","claimValueRials":"۳۰۰٬۰۰۰٬۰۰۰",
                     "applicant":{"type":"NATURAL","identifier":"0089123451","name":"زهرا احمدی"},
                     "defendants":[{"type":"NATURAL","name":"بهرام کاظمی"}],
                     "competentAuthorityId":"TEH-CIV-12","subject":"مطالبه وجه چک"}"""),
            @ExampleObject(name = "portal route", value = """
                    {"route":"PORTAL","kind":"COMPLAINT",
                     "applicant":{"type":"NATURAL","identifier":"0089123451","name":"زهرا احمدی"},
                     "competentAuthorityId":"TEH-PROS-1","subject":"شکایت کیفری خیانت در امانت"}""")}))
    @SendsCommand
    @PostMapping
    ResponseEntity<FilingRef> start(@Valid @RequestBody StartFilingRequest body,
                                    @Parameter(description = "Makes a retry safe: the same key and request give the same filing")
                                    @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        DaftarPrincipal user = CurrentActor.signedIn();
        Inputs in = new Inputs();
        Party applicant = in.field("applicant", () -> FilingRequests.party(body.applicant()));
        List<Party> defendants = FilingRequests.parties(in, "defendants", body.defendants());
        CompetentAuthority authority = in.field("competentAuthorityId", () -> authorities.find(body.competentAuthorityId())
                .orElseThrow(() -> new IllegalArgumentException("unknown competent authority")));
        Long claimValue = in.amount("claimValueRials", body.claimValueRials());
        if (body.kind() == FilingKind.PETITION) {
            in.required("claimNature", body.claimNature());
            if (body.claimNature() == ClaimNature.FINANCIAL) {
                in.required("claimValueRials", claimValue);
            }
        }
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{8,128}")) {
            in.field("Idempotency-Key", () -> {
                throw new IllegalArgumentException("8-128 visible ASCII characters");
            });
        }
        in.check();
        String officeId = access.startingOffice(user, body.route());
        StartFiling unkeyed = new StartFiling(null, body.route(), body.kind(), body.claimNature(), claimValue, applicant,
                defendants, authority, body.subject(), officeId, null);
        String fingerprint = fingerprint(unkeyed);
        String filingId = idempotencyKey == null
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("filing|" + user.actorId() + "|" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
        StartFiling command = new StartFiling(filingId, unkeyed.route(), unkeyed.kind(), unkeyed.claimNature(),
                unkeyed.claimValueRials(), applicant, defendants, authority, unkeyed.subject(), officeId, fingerprint);
        String id;
        try {
            id = commands.sendAndWait(command);
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            // the same key raced with itself: the other request created the filing; this one finds it
            id = commands.sendAndWait(command);
        }
        return ResponseEntity.created(URI.create("/api/v1/filings/" + id)).body(new FilingRef(id));
    }

    /** A6: the office verifies the applicant's identity. */
    @Operation(summary = "Verify the applicant's identity", description = """
            A6: on the office route the office verifies the applicant's identity before anything else \
            (`A6_IDENTITY_NOT_VERIFIED` otherwise).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "202", description = "Recorded (IdentityVerified)")
    @SendsCommand
    @PostMapping(ID + "/identity-verification")
    ResponseEntity<FilingRef> verifyIdentity(@PathVariable String filingId,
                                             @Valid @RequestBody VerifyIdentityRequest body) {
        return accepted(filingId, new FilingCommand.VerifyIdentity(filingId, body.method()));
    }

    /** A5/A6: adds an electronic document; the SHA-256 is computed here when the content is sent. */
    @Operation(summary = "Add an electronic document", description = """
            A5/A6: adds an electronic document (who scanned it, its page count and SHA-256). Send the content \
            (`contentBase64`, the hash is computed here) or only its `sha256`; `replacesDocumentId` digitizes a \
            replacement for a rejected document.""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Added; `Location` names the document")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"title":"دادخواست","pageCount":2,"contentBase64":"c2Nhbm5lZCBwZXRpdGlvbg=="}""")))
    @SendsCommand
    @PostMapping(ID + "/documents")
    ResponseEntity<DocumentRef> digitize(@PathVariable String filingId, @Valid @RequestBody DigitizeDocumentRequest body) {
        Inputs in = new Inputs();
        String documentId = body.documentId() == null ? UUID.randomUUID().toString() : body.documentId();
        ElectronicDocument document = in.document("", documentId, body.title(), body.pageCount(), body.sha256(),
                body.contentBase64());
        in.check();
        commands.sendAndWait(new FilingCommand.DigitizeDocument(filingId, document, body.replacesDocumentId()));
        return ResponseEntity.created(URI.create("/api/v1/filings/" + filingId + "/documents/" + documentId))
                .body(new DocumentRef(filingId, documentId, document.sha256()));
    }

    /** A6: the applicant confirmed the electronic documents at the office. */
    @Operation(summary = "Record the applicant's confirmation of the documents", description = """
            A6: the office showed the electronic documents to the applicant, who confirmed they match the papers; \
            required before submission on the office route (`A6_APPLICANT_CONFIRMATION_REQUIRED`).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "202", description = "Recorded (ApplicantConfirmedDocuments)")
    @SendsCommand
    @PostMapping(ID + "/applicant-confirmation")
    ResponseEntity<FilingRef> applicantConfirmation(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.RecordApplicantConfirmation(filingId));
    }

    /** A5/A6: the court fee from the tariff in force, with the version and inputs used. */
    @Operation(summary = "Assess the court fee", description = """
            A5/A6: the system calculates the court fee from the tariff in force; the tariff's version and the \
            inputs are kept so the fee can be recomputed. Not after payment (`A5_FEE_ALREADY_PAID`).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Assessed (CourtFeeAssessed)")
    @SendsCommand
    @PostMapping(ID + "/court-fee/assessment")
    ResponseEntity<FeeAssessment> assess(@PathVariable String filingId) {
        CourtFeeAssessed assessed = commands.sendAndWait(new FilingCommand.AssessCourtFee(filingId));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new FeeAssessment(filingId, assessed.amountRials(), assessed.tariffVersion(), assessed.inputs()));
    }

    /** A5/A6: the electronic payment of the court fee, with its receipt (A37-6). */
    @Operation(summary = "Record the court fee payment", description = """
            A5/A6: the electronic payment of the assessed court fee: the amount must equal the assessment \
            (`A5_FEE_AMOUNT_MISMATCH`) and come with a receipt number (A37-6, `A37_6_RECEIPT_REQUIRED`)."""
            + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Recorded (CourtFeePaid)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"paymentReference":"PAY-20261202-0001","amountRials":"9000000","receiptNumber":"RCPT-5521"}""")))
    @SendsCommand
    @PostMapping(ID + "/court-fee/payment")
    ResponseEntity<FeePayment> pay(@PathVariable String filingId, @Valid @RequestBody PaymentRequest body) {
        Inputs in = new Inputs();
        Long amount = in.required("amountRials", in.amount("amountRials", body.amountRials()));
        in.check();
        commands.sendAndWait(new FilingCommand.RecordCourtFeePayment(filingId, body.paymentReference(), amount,
                body.receiptNumber()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new FeePayment(filingId, amount));
    }

    /** A5: an office receives the original papers of a portal filing. */
    @Operation(summary = "Receive the original papers of a portal filing", description = """
            A5: the applicant brought the original papers of a portal filing to this office, which from now on \
            holds the filing (A15: an office meeting the minimum staffing).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "202", description = "Recorded (OriginalsReceived)")
    @SendsCommand
    @PostMapping(ID + "/originals-received")
    ResponseEntity<FilingRef> originalsReceived(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.ReceiveOriginals(filingId));
    }

    /** A5/A6: the office's verdict on one document's conformity with its original. */
    @Operation(summary = "Decide a document's conformity with its original", description = """
            A5/A6: the office's legal expert or staff verify that the electronic document matches the original \
            (`VERIFIED`), or reject it with a reason (`REJECTED`); every current document is verified before \
            submission (`A5_CONFORMITY_NOT_VERIFIED`).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "202", description = "Recorded (DocumentConformityVerified or DocumentConformityRejected)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "verified", value = "{\"verdict\":\"VERIFIED\"}"),
            @ExampleObject(name = "rejected", value = "{\"verdict\":\"REJECTED\",\"reason\":\"صفحه دوم ناخوانا است\"}")}))
    @SendsCommand
    @PostMapping(ID + "/documents/{documentId:[A-Za-z0-9\\-]{1,64}}/conformity")
    ResponseEntity<FilingRef> conformity(@PathVariable String filingId, @PathVariable String documentId,
                                         @Valid @RequestBody ConformityRequest body) {
        if (body.verdict() == FilingRequests.Verdict.REJECTED) {
            if (body.reason() == null || body.reason().isBlank()) {
                throw InvalidInput.of("reason", "REQUIRED", "a rejection states its reason");
            }
            return accepted(filingId, new FilingCommand.RejectDocumentConformity(filingId, documentId, body.reason()));
        }
        return accepted(filingId, new FilingCommand.VerifyDocumentConformity(filingId, documentId));
    }

    /** A7: registers the applicant's mobile and electronic address. */
    @Operation(summary = "Register the applicant's contact details", description = """
            A7: the applicant's mobile number and electronic (SANA) address, through which alone every notice of \
            the case will be made; required before the tracking code (`A7_CONTACT_DETAILS_REQUIRED`). Mobile \
            numbers in any common form (`+98 912…`, `0098912…`, Persian digits) become `09xxxxxxxxx`."""
            + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Registered (ContactDetailsRegistered)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"mobile":"+98 912 123 4567","electronicAddress":"sana:1234567890"}""")))
    @SendsCommand
    @PostMapping(ID + "/contact-details")
    ResponseEntity<RegisteredContactDetails> registerContacts(@PathVariable String filingId,
                                                              @Valid @RequestBody ContactDetailsRequest body) {
        ContactDetails details = contactDetails(body);
        commands.sendAndWait(new FilingCommand.RegisterContactDetails(filingId, details));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RegisteredContactDetails(filingId,
                details.mobile().value(), details.electronicAddress().value()));
    }

    /** A7: the applicant registers a change of contact details. */
    @Operation(summary = "Change the contact details", description = """
            A7: the applicant registers a change of mobile number or electronic address; the earlier details stay \
            in the ledger, and notices already served keep the channel they were served to."""
            + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "202", description = "Recorded (ContactDetailsChanged)")
    @SendsCommand
    @PutMapping(ID + "/contact-details")
    ResponseEntity<FilingRef> changeContacts(@PathVariable String filingId,
                                             @Valid @RequestBody ContactDetailsRequest body) {
        return accepted(filingId, new FilingCommand.ChangeContactDetails(filingId, contactDetails(body)));
    }

    /** A7: the written undertaking that notices come only electronically. */
    @Operation(summary = "Acknowledge the electronic-notification undertaking", description = """
            A7: the applicant's written acknowledgement that every notice comes only through the registered \
            channels (the SHA-256 of the signed form); required before the tracking code \
            (`A7_UNDERTAKING_REQUIRED`).""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Recorded (NotificationUndertakingAcknowledged)")
    @SendsCommand
    @PostMapping(ID + "/notification-undertaking")
    ResponseEntity<FilingRef> undertaking(@PathVariable String filingId, @Valid @RequestBody UndertakingRequest body) {
        commands.sendAndWait(new FilingCommand.AcknowledgeNotificationUndertaking(filingId, body.signedFormSha256()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new FilingRef(filingId));
    }

    /** A5/A7: issues the tracking code. */
    @Operation(summary = "Issue the tracking code", description = """
            A5/A7: issues the case's tracking code (with the office's confirmation on the office route), only \
            after the fee is paid (`A5_FEE_NOT_PAID`), the contact details are registered and the undertaking \
            acknowledged. 16 random digits with a check digit; asking again returns the same code."""
            + ApiDocs.FILERS)
    @ApiResponse(responseCode = "201", description = "Issued (TrackingCodeIssued)")
    @SendsCommand
    @PostMapping(ID + "/tracking-code")
    ResponseEntity<IssuedTrackingCode> trackingCode(@PathVariable String filingId) {
        TrackingCode code = commands.sendAndWait(new FilingCommand.IssueTrackingCode(filingId));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedTrackingCode(filingId, code.value(), code.grouped()));
    }

    /** A5/A6: sends the filing to the competent authority. */
    @Operation(summary = "Submit the filing to the competent authority", description = """
            A5/A6: sends the filing to the competent authority (court or prosecutor's office), once every current \
            document's conformity is verified (`A5_CONFORMITY_NOT_VERIFIED`) and, on the office route, the \
            applicant has confirmed the documents; afterwards the filing cannot change.""" + ApiDocs.FILERS)
    @ApiResponse(responseCode = "202", description = "Recorded (SubmittedToCompetentAuthority)")
    @SendsCommand
    @PostMapping(ID + "/submission")
    ResponseEntity<FilingRef> submit(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.SubmitToCompetentAuthority(filingId));
    }

    /**
     * The full history of a filing for court staff, the office that holds it and its applicant (A13):
     * the filing's events, the competent authority's decision, reports (A9) and paper-origin acts (A10,
     * A11), by when they happened ({@code order=RECORDING}: by when they were recorded), with both times.
     * Filters: {@code kind} (FILING, COURT, REPORT, PAPER or an event type; repeatable), {@code from}
     * and {@code to} (a date in Tehran or an instant; {@code to} a date includes that day). As CSV
     * with {@code format=csv} or {@code Accept: text/csv}. Who may read it: {@link FilingAccess}.
     */
    @Operation(summary = "Read a filing's full history", description = """
            A13 (with A9–A11): the filing's events, the competent authority's decision, reports and paper-origin \
            acts, in the order they happened (`order=RECORDING`: as recorded), each with both times. Filters: \
            `kind` (FILING, COURT, REPORT, PAPER or an event type; repeatable), `from` and `to` (a date in Tehran \
            or an instant). As CSV with `format=csv` or `Accept: text/csv`. Office staff read their own office's \
            filings, court staff their own authority's, the applicant their own case (A5, A7; who acted is shown by \
            role and office, not by the staff member's personal id, as in the access log); anyone else's filing \
            looks unknown (404). Every read is logged (A12, A37-13)."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The history", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = CaseHistoryView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    example = "occurredAt,recordedAt,delaySeconds,category,eventType,..."))})
    @GetMapping(ID + "/history")
    ResponseEntity<?> history(@PathVariable String filingId,
                              @RequestParam(name = "kind", required = false) List<String> kinds,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) FindCaseHistory.Order order,
                              @RequestParam(required = false) String format,
                              @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept,
                              @Parameter(description = "Why the case is read; kept in the access log")
                              @RequestParam(name = "purpose", required = false) String purpose) {
        DaftarPrincipal user = CurrentActor.signedIn();
        access.requireReader(user, filingId);
        FindCaseHistory query = new FindCaseHistory(filingId, kinds == null ? Set.of() : Set.copyOf(kinds),
                HistoryCsv.bound("from", from, false), HistoryCsv.bound("to", to, true), order);
        CaseHistoryView view = findHistory(query);
        if (view == null) {
            throw new NotFound("filing");
        }
        if (!access.seesStaffIds(user)) {
            view = ApplicantHistory.of(view);
        }
        // A12/A37-13: every read of case data is on the record
        accessLog.caseRead(user, filingId, "history", purpose(purpose));
        if ("csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"))) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-history-" + filingId + ".csv\"")
                    .body(HistoryCsv.write(view, json));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    // reads (issue 12)

    /** A5/A12: the applicant's own filings, newest first. */
    @Operation(summary = "My filings", description = """
            A5/A12: the filings of the signed-in applicant (those whose applicant they are; on the portal an \
            applicant starts only their own), newest first, at most `limit` (1-100, default 20): each with its \
            tracking code, status and its Persian and English names, the office holding it and the authority's \
            decision. Matched by the keyed hash of the applicant's national code. Each filing listed is a read of \
            case data and is logged (A12, A37-13)."""
            + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "200", description = "The applicant's filings")
    @GetMapping("/mine")
    MyFilings mine(@Parameter(description = "At most this many (1-100)", example = "20")
                   @RequestParam(required = false) Integer limit) {
        int max = Inputs.limit(limit, 20, MY_FILINGS_MAX);
        DaftarPrincipal user = CurrentActor.signedIn();
        // one more than asked, to tell whether there are more
        List<FilingSummary> found = queries.query(new FindFilingsOfApplicant(user.actorId(), max + 1),
                ResponseTypes.multipleInstancesOf(FilingSummary.class)).join();
        List<FilingSummary> shown = found.subList(0, Math.min(max, found.size()));
        // A12/A37-13: every read of case data is on the record
        shown.forEach(f -> accessLog.caseRead(user, f.filingId(), "my-filings", "own case"));
        return new MyFilings(shown.stream().map(f -> FilingListItem.of(f, labels)).toList(), max, found.size() > max);
    }

    /** A6: the filings the signed-in staff member's office holds and has not yet submitted, the queue of its counter. */
    @Operation(summary = "My office's filings in progress", description = """
            A6: the filings the signed-in staff member's office holds and has not yet submitted to the competent \
            authority (started, fee assessed or paid, tracking code issued), the most recently worked on first, at \
            most `limit` (1-100, default 20): each with its tracking code once issued, its status and its Persian \
            and English names and the authority it goes to; no names or contact details. Each filing listed is a \
            read of case data and is logged (A12, A37-13)."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ".")
    @ApiResponse(responseCode = "200", description = "The office's filings in progress")
    @GetMapping("/office")
    OfficeFilings officeFilings(@Parameter(description = "At most this many (1-100)", example = "20")
                                @RequestParam(required = false) Integer limit) {
        int max = Inputs.limit(limit, 20, MY_FILINGS_MAX);
        DaftarPrincipal user = CurrentActor.signedIn();
        String officeId = access.staffOffice(user);
        // one more than asked, to tell whether there are more
        List<FilingSummary> found = queries.query(new FindFilingsOfOffice(officeId, max + 1),
                ResponseTypes.multipleInstancesOf(FilingSummary.class)).join();
        List<FilingSummary> shown = found.subList(0, Math.min(max, found.size()));
        // A12/A37-13: every read of case data is on the record
        shown.forEach(f -> accessLog.caseRead(user, f.filingId(), "office-filings", null));
        return new OfficeFilings(officeId, shown.stream().map(f -> FilingListItem.of(f, labels)).toList(), max,
                found.size() > max);
    }

    /** A5-A7, A13: a filing at a glance, for the people {@link FilingAccess} lets read it. */
    @Operation(summary = "Read a filing's summary", description = """
            A5–A7/A13: a filing at a glance: its tracking code, status and steps (each with its Persian and \
            English names), the office holding it, the competent authority and its decision; no names, contact \
            details or other parties. For office staff of an office that acted on it (A6), court staff of its \
            competent authority (A13), its applicant (A5), an inspector with an open inspection of its office \
            (A28, A33) and administrators; anyone else's filing looks unknown (404). Every read is logged (A12, \
            A37-13)."""
            + ApiDocs.ROLES + ApiDocs.OFFICE_STAFF + ", APPLICANT, COURT_STAFF, INSPECTOR, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The filing's summary")
    @GetMapping(ID)
    FilingSummaryAnswer summary(@PathVariable String filingId,
                                @Parameter(description = "Why the case is read; kept in the access log")
                                @RequestParam(name = "purpose", required = false) String purpose) {
        DaftarPrincipal user = CurrentActor.signedIn();
        FilingAccess.Granted granted = access.requireReader(user, filingId);
        FilingDetail detail = queries.query(new FindFiling(filingId), ResponseTypes.instanceOf(FilingDetail.class)).join();
        if (detail == null) {
            throw new NotFound("filing");
        }
        // A12/A37-13: every read of case data is on the record
        String why = purpose(purpose);
        accessLog.caseRead(user, filingId, "summary", why == null ? granted.defaultPurpose() : why);
        return FilingSummaryAnswer.of(detail, labels);
    }

    private static String purpose(String purpose) {
        return purpose == null ? null : purpose.substring(0, Math.min(200, purpose.length()));
    }

    private CaseHistoryView findHistory(FindCaseHistory query) {
        return queries.query(query, ResponseTypes.instanceOf(CaseHistoryView.class)).join();
    }

    private ResponseEntity<FilingRef> accepted(String filingId, FilingCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new FilingRef(filingId));
    }

    private static ContactDetails contactDetails(ContactDetailsRequest body) {
        Inputs in = new Inputs();
        MobileNumber mobile = in.field("mobile", () -> MobileNumber.parse(body.mobile()));
        ElectronicAddress address = in.field("electronicAddress", () -> ElectronicAddress.parse(body.electronicAddress()));
        in.check();
        return new ContactDetails(mobile, address);
    }

    private String fingerprint(StartFiling unkeyed) {
        try {
            return Inputs.sha256(json.mapper().writeValueAsBytes(unkeyed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
