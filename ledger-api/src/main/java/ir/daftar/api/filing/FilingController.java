package ir.daftar.api.filing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.authority.AuthorityDirectory;
import ir.daftar.api.config.AxonConfiguration;
import ir.daftar.api.filing.FilingRequests.ConformityRequest;
import ir.daftar.api.filing.FilingRequests.ContactDetailsRequest;
import ir.daftar.api.filing.FilingRequests.DigitizeDocumentRequest;
import ir.daftar.api.filing.FilingRequests.PartyInput;
import ir.daftar.api.filing.FilingRequests.PaymentRequest;
import ir.daftar.api.filing.FilingRequests.StartFilingRequest;
import ir.daftar.api.filing.FilingRequests.UndertakingRequest;
import ir.daftar.api.filing.FilingRequests.VerifyIdentityRequest;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingCommand.StartFiling;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingKind;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.party.Party;
import ir.daftar.projections.casehistory.CaseHistoryView;
import ir.daftar.projections.casehistory.FindCaseHistory;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.security.access.AccessDeniedException;
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
class FilingController {

    private static final String ID = "{filingId:[A-Za-z0-9\\-]{1,64}}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AuthorityDirectory authorities;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    FilingController(CommandGateway commands, QueryGateway queries, AuthorityDirectory authorities, AccessLog accessLog) {
        this.commands = commands;
        this.queries = queries;
        this.authorities = authorities;
        this.accessLog = accessLog;
        this.json = AxonConfiguration.ledgerObjectMapper();
    }

    /**
     * A5/A6: starts a filing. With an {@code Idempotency-Key} header, sending the same request
     * again returns the same filing instead of creating a second one.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> start(@Valid @RequestBody StartFilingRequest body,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        Inputs in = new Inputs();
        Party applicant = in.field("applicant", () -> party(body.applicant()));
        List<Party> defendants = new ArrayList<>();
        List<PartyInput> given = body.defendants() == null ? List.of() : body.defendants();
        for (int i = 0; i < given.size(); i++) {
            PartyInput d = given.get(i);
            defendants.add(in.field("defendants[" + i + "]", () -> party(d)));
        }
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
        String officeId = body.route() == FilingRoute.OFFICE ? user.officeId() : null;
        if (body.route() == FilingRoute.OFFICE && officeId == null) {
            throw new AccessDeniedException("office filings are started by office staff");
        }
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
        return ResponseEntity.created(URI.create("/api/v1/filings/" + id)).body(Map.of("filingId", id));
    }

    /** A6: the office verifies the applicant's identity. */
    @PostMapping(ID + "/identity-verification")
    ResponseEntity<Map<String, Object>> verifyIdentity(@PathVariable String filingId,
                                                       @Valid @RequestBody VerifyIdentityRequest body) {
        return accepted(filingId, new FilingCommand.VerifyIdentity(filingId, body.method()));
    }

    /** A5/A6: adds an electronic document; the SHA-256 is computed here when the content is sent. */
    @PostMapping(ID + "/documents")
    ResponseEntity<Map<String, Object>> digitize(@PathVariable String filingId, @Valid @RequestBody DigitizeDocumentRequest body) {
        Inputs in = new Inputs();
        String sha256 = body.sha256();
        if (body.contentBase64() != null) {
            byte[] content = in.field("contentBase64", () -> Base64.getDecoder().decode(body.contentBase64()));
            if (content != null) {
                String computed = sha256(content);
                if (sha256 != null && !sha256.equalsIgnoreCase(computed)) {
                    in.field("sha256", () -> {
                        throw new IllegalArgumentException("does not match the content sent");
                    });
                }
                sha256 = computed;
            }
        }
        if (body.title() != null && (body.title().contains("..") || body.title().contains("/") || body.title().contains("\\"))) {
            // a title is a name, never a path: refused at the door, whatever later uses it for
            in.field("title", () -> {
                throw new IllegalArgumentException("a document title may not contain '/', '\\' or '..'");
            });
        }
        String documentId = body.documentId() == null ? UUID.randomUUID().toString() : body.documentId();
        String hash = sha256;
        ElectronicDocument document = in.field("document", () -> new ElectronicDocument(documentId, body.title(),
                body.pageCount(), hash));
        in.check();
        commands.sendAndWait(new FilingCommand.DigitizeDocument(filingId, document, body.replacesDocumentId()));
        return ResponseEntity.created(URI.create("/api/v1/filings/" + filingId + "/documents/" + documentId))
                .body(Map.of("filingId", filingId, "documentId", documentId, "sha256", document.sha256()));
    }

    /** A6: the applicant confirmed the electronic documents at the office. */
    @PostMapping(ID + "/applicant-confirmation")
    ResponseEntity<Map<String, Object>> applicantConfirmation(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.RecordApplicantConfirmation(filingId));
    }

    /** A5/A6: the court fee from the tariff in force, with the version and inputs used. */
    @PostMapping(ID + "/court-fee/assessment")
    ResponseEntity<Map<String, Object>> assess(@PathVariable String filingId) {
        CourtFeeAssessed assessed = commands.sendAndWait(new FilingCommand.AssessCourtFee(filingId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filingId", filingId);
        body.put("amountRials", assessed.amountRials());
        body.put("tariffVersion", assessed.tariffVersion());
        body.put("inputs", assessed.inputs());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A5/A6: the electronic payment of the court fee, with its receipt (A37-6). */
    @PostMapping(ID + "/court-fee/payment")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String filingId, @Valid @RequestBody PaymentRequest body) {
        Inputs in = new Inputs();
        Long amount = in.required("amountRials", in.amount("amountRials", body.amountRials()));
        in.check();
        commands.sendAndWait(new FilingCommand.RecordCourtFeePayment(filingId, body.paymentReference(), amount,
                body.receiptNumber()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("filingId", filingId, "amountRials", amount));
    }

    /** A5: an office receives the original papers of a portal filing. */
    @PostMapping(ID + "/originals-received")
    ResponseEntity<Map<String, Object>> originalsReceived(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.ReceiveOriginals(filingId));
    }

    /** A5/A6: the office's verdict on one document's conformity with its original. */
    @PostMapping(ID + "/documents/{documentId:[A-Za-z0-9\\-]{1,64}}/conformity")
    ResponseEntity<Map<String, Object>> conformity(@PathVariable String filingId, @PathVariable String documentId,
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
    @PostMapping(ID + "/contact-details")
    ResponseEntity<Map<String, Object>> registerContacts(@PathVariable String filingId,
                                                         @Valid @RequestBody ContactDetailsRequest body) {
        ContactDetails details = contactDetails(body);
        commands.sendAndWait(new FilingCommand.RegisterContactDetails(filingId, details));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("filingId", filingId,
                "mobile", details.mobile().value(), "electronicAddress", details.electronicAddress().value()));
    }

    /** A7: the applicant registers a change of contact details. */
    @PutMapping(ID + "/contact-details")
    ResponseEntity<Map<String, Object>> changeContacts(@PathVariable String filingId,
                                                       @Valid @RequestBody ContactDetailsRequest body) {
        return accepted(filingId, new FilingCommand.ChangeContactDetails(filingId, contactDetails(body)));
    }

    /** A7: the written undertaking that notices come only electronically. */
    @PostMapping(ID + "/notification-undertaking")
    ResponseEntity<Map<String, Object>> undertaking(@PathVariable String filingId, @Valid @RequestBody UndertakingRequest body) {
        commands.sendAndWait(new FilingCommand.AcknowledgeNotificationUndertaking(filingId, body.signedFormSha256()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("filingId", filingId));
    }

    /** A5/A7: issues the tracking code. */
    @PostMapping(ID + "/tracking-code")
    ResponseEntity<Map<String, Object>> trackingCode(@PathVariable String filingId) {
        TrackingCode code = commands.sendAndWait(new FilingCommand.IssueTrackingCode(filingId));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("filingId", filingId, "trackingCode", code.value(), "grouped", code.grouped()));
    }

    /** A5/A6: sends the filing to the competent authority. */
    @PostMapping(ID + "/submission")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String filingId) {
        return accepted(filingId, new FilingCommand.SubmitToCompetentAuthority(filingId));
    }

    /**
     * The full history of a filing for court staff and the office that holds it (A13): the filing's
     * events, the competent authority's decision, reports (A9) and paper-origin acts (A10, A11), by
     * when they happened ({@code order=RECORDING}: by when they were recorded), with both times.
     * Filters: {@code kind} (FILING, COURT, REPORT, PAPER or an event type; repeatable), {@code from}
     * and {@code to} (a date in Tehran or an instant; {@code to} a date includes that day). As CSV
     * with {@code format=csv} or {@code Accept: text/csv}.
     */
    @GetMapping(ID + "/history")
    ResponseEntity<?> history(@PathVariable String filingId,
                              @RequestParam(name = "kind", required = false) List<String> kinds,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) FindCaseHistory.Order order,
                              @RequestParam(required = false) String format,
                              @RequestHeader(name = "Accept", required = false) String accept,
                              @RequestParam(name = "purpose", required = false) String purpose) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        if (user.role().isOfficeStaff() || user.role() == ActorRole.COURT_STAFF) {
            CaseHistoryView whole = findHistory(new FindCaseHistory(filingId));
            if (whole == null) {
                throw new NotFound("filing");
            }
            if (user.role().isOfficeStaff()
                    && whole.entries().stream().noneMatch(e -> Objects.equals(e.officeId(), user.officeId()))) {
                throw new NotFound("filing");
            }
            if (user.role() == ActorRole.COURT_STAFF && !Objects.equals(competentAuthorityOf(whole), user.authorityId())) {
                // A12: court staff read the cases of their own authority only
                throw new NotFound("filing");
            }
        }
        FindCaseHistory query = new FindCaseHistory(filingId, kinds == null ? Set.of() : Set.copyOf(kinds),
                HistoryCsv.bound("from", from, false), HistoryCsv.bound("to", to, true), order);
        CaseHistoryView view = findHistory(query);
        if (view == null) {
            throw new NotFound("filing");
        }
        // A12/A37-13: every read of case data is on the record
        accessLog.caseRead(user, filingId, "history",
                purpose == null ? null : purpose.substring(0, Math.min(200, purpose.length())));
        if ("csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"))) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-history-" + filingId + ".csv\"")
                    .body(HistoryCsv.write(view));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private CaseHistoryView findHistory(FindCaseHistory query) {
        return queries.query(query, ResponseTypes.instanceOf(CaseHistoryView.class)).join();
    }

    private static String competentAuthorityOf(CaseHistoryView view) {
        return view.entries().stream().filter(e -> "FilingStarted".equals(e.eventType())).findFirst()
                .map(e -> e.details().path("competentAuthority").path("id").asText(null)).orElse(null);
    }

    private ResponseEntity<Map<String, Object>> accepted(String filingId, FilingCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("filingId", filingId));
    }

    private static Party party(PartyInput input) {
        Objects.requireNonNull(input, "party");
        return Party.of(input.type(), input.identifier(), input.name());
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
            return sha256(json.writeValueAsBytes(unkeyed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
