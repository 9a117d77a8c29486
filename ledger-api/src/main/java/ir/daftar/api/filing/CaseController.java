package ir.daftar.api.filing;

import ir.daftar.api.authority.AuthorityDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.filing.FilingRequests.PartyInput;
import ir.daftar.api.access.AccessLog;
import ir.daftar.api.filing.FilingResponses.FilingListItem;
import ir.daftar.api.filing.FilingResponses.FilingRef;
import ir.daftar.api.filing.FilingResponses.IncomingFilings;
import ir.daftar.api.filing.FilingResponses.IncomingItem;
import ir.daftar.api.filing.FilingResponses.IssuedTrackingCode;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.input.Times;
import ir.daftar.api.status.StatusLabels;
import io.swagger.v3.oas.annotations.Parameter;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.api.input.Inputs;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.party.Party;
import ir.daftar.projections.casestatus.FindIncomingFilings;
import ir.daftar.projections.casestatus.IncomingFiling;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The competent authority's side of a filing (A13: registered as a case, or returned) and
 * complaints lodged with it on paper (A11), over HTTP, for court staff.
 */
@RestController
@Tag(name = ApiDocs.TAG_COURT)
class CaseController {

    private static final String ID = "{filingId:[A-Za-z0-9\\-]{1,64}}";
    /** The most incoming filings listed at once. */
    private static final int INCOMING_MAX = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AuthorityDirectory authorities;
    private final AccessLog accessLog;
    private final StatusLabels labels;

    CaseController(CommandGateway commands, QueryGateway queries, AuthorityDirectory authorities, AccessLog accessLog,
                   StatusLabels labels) {
        this.commands = commands;
        this.queries = queries;
        this.authorities = authorities;
        this.accessLog = accessLog;
        this.labels = labels;
    }

    record CaseRegistrationRequest(@NotNull @Size(max = 40) String caseNumber, @NotNull @Size(max = 200) String branch,
                                   @NotNull @Size(max = 10) String registeredOn) {
    }

    record ReturnRequest(@NotNull @Size(max = 1000) String reason) {
    }

    record DocumentInput(@NotNull @Size(max = 300) String title, @NotNull Integer pageCount, @Size(max = 64) String sha256,
                         @Size(max = 14_000_000) String contentBase64) {
    }

    record PaperComplaintRequest(
            @NotNull @Valid PartyInput applicant,
            @Size(max = 50) List<@Valid PartyInput> defendants,
            @Size(max = 40) String competentAuthorityId,
            @NotNull @Size(max = 500) String subject,
            @NotNull @Size(max = 40) String lodgedAt,
            @NotNull @Size(max = 64) String paperReference,
            @NotNull @Size(max = 50) List<@Valid DocumentInput> documents,
            @Size(max = 32) String mobile,
            @Size(max = 254) String electronicAddress) {
    }

    /** A13: the filings waiting at the signed-in court staff member's own authority, newest submission first. */
    @Operation(summary = "Incoming filings of my authority", description = """
            A13: the filings submitted to the signed-in court staff member's own competent authority (A11: and \
            complaints lodged with it on paper) that are neither registered as a case nor returned yet, newest \
            submission first, at most `limit` (1-100, default 50): each with its tracking code, kind, status, the \
            office that submitted it and when it was submitted. Another authority's filings are never listed (A12). \
            Each filing listed is a read of case data and is logged (A12, A37-13).""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "200", description = "The incoming filings")
    @GetMapping("/api/v1/filings/incoming")
    IncomingFilings incoming(@Parameter(description = "At most this many (1-100)", example = "50")
                             @RequestParam(required = false) Integer limit) {
        int max = Inputs.limit(limit, 50, INCOMING_MAX);
        DaftarPrincipal user = CurrentActor.signedIn();
        String authorityId = user.authorityId();
        if (authorityId == null) {
            return new IncomingFilings(null, List.of(), max, false);
        }
        // one more than asked, to tell whether there are more
        List<IncomingFiling> found = queries.query(new FindIncomingFilings(authorityId, max + 1),
                ResponseTypes.multipleInstancesOf(IncomingFiling.class)).join();
        List<IncomingFiling> shown = found.subList(0, Math.min(max, found.size()));
        // A12/A37-13: every read of case data is on the record
        shown.forEach(f -> accessLog.caseRead(user, f.filing().filingId(), "incoming", null));
        return new IncomingFilings(authorityId, shown.stream()
                .map(f -> new IncomingItem(FilingListItem.of(f.filing(), labels), f.submittedAt())).toList(), max,
                found.size() > max);
    }

    /** A13: the competent authority registers the filing as a case (date as yyyy-MM-dd, Persian digits allowed). */
    @Operation(summary = "Register the filing as a case", description = """
            A13: the competent authority the filing was submitted to registers it as a case, with its case \
            number, branch and date (`yyyy-MM-dd`, Persian digits allowed); court staff of another authority are \
            refused.""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "202", description = "Recorded (RegisteredAsCase)")
    @SendsCommand
    @PostMapping("/api/v1/filings/" + ID + "/case-registration")
    ResponseEntity<FilingRef> register(@PathVariable String filingId, @Valid @RequestBody CaseRegistrationRequest body) {
        Inputs in = new Inputs();
        // A13: registered by now (a day's grace for clocks and time zones), and not before the regulation's offices existed
        LocalDate on = in.required("registeredOn", in.date("registeredOn", body.registeredOn(), LocalDate.of(2000, 1, 1),
                LocalDate.now(ZoneId.of("Asia/Tehran")).plusDays(1)));
        in.check();
        return accepted(filingId, new FilingCommand.RegisterAsCase(filingId, body.caseNumber(), body.branch(), on));
    }

    /** A13: the competent authority returns the filing with its reason. */
    @Operation(summary = "Return the filing", description = """
            A13: the competent authority returns a submitted filing, with its reason."""
            + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "202", description = "Recorded (FilingReturned)")
    @SendsCommand
    @PostMapping("/api/v1/filings/" + ID + "/return")
    ResponseEntity<FilingRef> returnFiling(@PathVariable String filingId, @Valid @RequestBody ReturnRequest body) {
        return accepted(filingId, new FilingCommand.ReturnFiling(filingId, body.reason()));
    }

    /**
     * A11: court staff register a complaint lodged with their authority on paper; it continues as
     * an electronic case and its applicant gets a tracking code for the status lookup.
     */
    @Operation(summary = "Register a complaint lodged on paper", description = """
            A11: court staff register a complaint lodged with their authority on paper (`lodgedAt`: when it was \
            lodged; the ledger also keeps when it was recorded, A10); it continues as an electronic case and the \
            applicant gets a tracking code for the status lookup.""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "201", description = "Registered with its tracking code; `Location` names the filing")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"applicant":{"type":"NATURAL","identifier":"0089123451","name":"زهرا احمدی"},
             "defendants":[{"type":"NATURAL","name":"بهرام کاظمی"}],"subject":"شکایت ضرب و جرح عمدی",
             "lodgedAt":"2026-11-29T08:30:00Z","paperReference":"P-1405/77",
             "documents":[{"title":"شکواییه کاغذی","pageCount":2,"contentBase64":"c2Nhbg=="}],
             "mobile":"09121234567","electronicAddress":"sana:1234567890"}""")))
    @SendsCommand
    @PostMapping("/api/v1/paper-complaints")
    ResponseEntity<IssuedTrackingCode> paperComplaint(@Valid @RequestBody PaperComplaintRequest body) {
        DaftarPrincipal user = CurrentActor.signedIn();
        Inputs in = new Inputs();
        Party applicant = in.field("applicant", () -> FilingRequests.party(body.applicant()));
        List<Party> defendants = FilingRequests.parties(in, "defendants", body.defendants());
        String authorityId = body.competentAuthorityId() == null ? user.authorityId() : body.competentAuthorityId();
        CompetentAuthority authority = in.field("competentAuthorityId", () -> authorities.find(authorityId)
                .orElseThrow(() -> new IllegalArgumentException("unknown competent authority")));
        Instant lodgedAt = in.field("lodgedAt", () -> Times.instant("lodgedAt", body.lodgedAt()));
        List<ElectronicDocument> documents = new ArrayList<>();
        for (int i = 0; i < body.documents().size(); i++) {
            DocumentInput d = body.documents().get(i);
            documents.add(d == null ? in.required("documents[" + i + "]", null)
                    : in.document("documents[" + i + "].", "paper-" + (i + 1), d.title(), d.pageCount(), d.sha256(),
                    d.contentBase64()));
        }
        ContactDetails contact = null;
        if (body.mobile() != null || body.electronicAddress() != null) {
            MobileNumber mobile = in.field("mobile", () -> MobileNumber.parse(body.mobile()));
            ElectronicAddress address = in.field("electronicAddress", () -> ElectronicAddress.parse(body.electronicAddress()));
            contact = mobile == null || address == null ? null : new ContactDetails(mobile, address);
        }
        in.check();
        String filingId = UUID.randomUUID().toString();
        TrackingCode code = commands.sendAndWait(new FilingCommand.RegisterPaperComplaint(filingId, applicant, defendants,
                authority, body.subject(), lodgedAt, body.paperReference(), documents, contact));
        return ResponseEntity.created(URI.create("/api/v1/filings/" + filingId))
                .body(new IssuedTrackingCode(filingId, code.value(), code.grouped()));
    }

    /** Sends the command and answers 202 with the reference of the filing it was about. */
    private ResponseEntity<FilingRef> accepted(String filingId, FilingCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new FilingRef(filingId));
    }
}
