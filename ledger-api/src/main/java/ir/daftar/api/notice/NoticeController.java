package ir.daftar.api.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.notice.NoticeRequests.IssueNoticeRequest;
import ir.daftar.api.notice.NoticeRequests.LackOfAccessDecision;
import ir.daftar.api.notice.NoticeRequests.ReasonRequest;
import ir.daftar.api.notice.NoticeRequests.RecipientInput;
import ir.daftar.api.notice.NoticeRequests.ViewRequest;
import ir.daftar.api.notice.NoticeResponses.IssuedNotice;
import ir.daftar.api.notice.NoticeResponses.LackOfAccessRuling;
import ir.daftar.api.notice.NoticeResponses.NoticeRef;
import ir.daftar.api.notice.NoticeResponses.RecordedView;
import ir.daftar.api.notice.NoticeResponses.ServedNotice;
import ir.daftar.api.notice.NoticeResponses.ServiceChannel;
import ir.daftar.api.notice.NoticeResponses.ServiceDeadline;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.Digits;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.notice.DeadlineRule;
import ir.daftar.core.notice.NoticeCommand;
import ir.daftar.core.notice.NoticeContent;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessUpheld;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.Recipient;
import ir.daftar.core.notice.ViewChannel;
import ir.daftar.projections.notices.FindInbox;
import ir.daftar.projections.notices.FindNotice;
import ir.daftar.projections.notices.FindNoticesOfFiling;
import ir.daftar.projections.notices.NoticeList;
import ir.daftar.projections.notices.NoticeView;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices and electronic service over HTTP (A7, A8). Court staff issue, deposit (serve), withdraw and
 * rule on lack of access, and read the service state per notice and per case; the recipient reads
 * their inbox, opens a notice (the first view is recorded) and may claim a lack of access.
 */
@RestController
@Tag(name = ApiDocs.TAG_NOTICES)
class NoticeController {

    private static final String ID = "{noticeId:[A-Za-z0-9\\-]{1,64}}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final NoticeAccess access;

    NoticeController(CommandGateway commands, QueryGateway queries, NoticeAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    /** A8: court staff issue a notice in a case; it is not served until deposited. */
    @Operation(summary = "Issue a notice", description = """
            A8: court staff of the case's competent authority issue a notice (hearing date, summons, service of \
            the petition, an order), optionally with a deadline that runs from service. It is not served until \
            deposited. A notice to the applicant goes to the contact details registered for the case (A7); one to \
            a defendant or lawyer carries their channels in `recipient`.""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "201", description = "Issued (NoticeIssued); `Location` names the notice")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"filingId":"3f1c2a7e-8d7b-4e0b-9a4e-2b1f6f0c9d11","kind":"HEARING_DATE",
             "recipient":{"role":"APPLICANT","nationalCode":"0089123451","name":"زهرا احمدی"},
             "text":"وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹، شعبه ۱۲","deadline":{"kind":"REPLY","days":10}}""")))
    @SendsCommand
    @PostMapping("/api/v1/notices")
    ResponseEntity<IssuedNotice> issue(@Valid @RequestBody IssueNoticeRequest body) {
        Inputs in = new Inputs();
        RecipientInput r = body.recipient();
        Recipient recipient = in.field("recipient", () -> new Recipient(r.role(), Digits.digitsOnly(r.nationalCode()),
                r.name()));
        ContactDetails contact = null;
        if (r.mobile() != null || r.electronicAddress() != null) {
            MobileNumber mobile = in.field("recipient.mobile", () -> MobileNumber.parse(r.mobile()));
            ElectronicAddress address = in.field("recipient.electronicAddress",
                    () -> ElectronicAddress.parse(r.electronicAddress()));
            contact = mobile == null || address == null ? null : new ContactDetails(mobile, address);
        }
        NoticeContent content = in.field("text", () -> new NoticeContent(body.text(), body.documentSha256()));
        DeadlineRule deadline = body.deadline() == null ? null
                : in.field("deadline", () -> new DeadlineRule(body.deadline().kind(),
                Objects.requireNonNull(body.deadline().days(), "days")));
        in.check();
        String noticeId = UUID.randomUUID().toString();
        commands.sendAndWait(new NoticeCommand.IssueNotice(noticeId, body.filingId(), body.kind(), recipient, contact,
                content, deadline));
        return ResponseEntity.created(URI.create("/api/v1/notices/" + noticeId))
                .body(new IssuedNotice(noticeId, body.filingId()));
    }

    /** A8: deposit in the recipient's SANA account: service, to the channels in force now (A7). */
    @Operation(summary = "Deposit (serve) a notice", description = """
            A8: deposits the notice in the recipient's SANA account, which is service; the channels are those in \
            force at this moment (A7) and an SMS alert is sent (an alert only, not service). Answers the service \
            time, the channels and the due date in both calendars.""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "201", description = "Served (NoticeDeposited)")
    @SendsCommand
    @PostMapping("/api/v1/notices/" + ID + "/deposit")
    ResponseEntity<ServedNotice> deposit(@PathVariable String noticeId) {
        NoticeDeposited deposited = commands.sendAndWait(new NoticeCommand.DepositNotice(noticeId));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ServedNotice(noticeId, deposited.servedAt(),
                new ServiceChannel(deposited.channel().mobile().value(), deposited.channel().electronicAddress().value()),
                ServiceDeadline.of(deposited.deadline())));
    }

    /** A8: the recipient opens the notice; only the first view is recorded. */
    @Operation(summary = "Open a notice", description = """
            A8: the recipient opens the notice; the first view is recorded and has the effect of actual service. \
            Opening it again answers the same time.""" + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "200", description = "The time of the first view (NoticeViewed, recorded once)")
    @SendsCommand
    @PostMapping("/api/v1/notices/" + ID + "/view")
    RecordedView view(@PathVariable String noticeId, @RequestBody(required = false) ViewRequest body) {
        ViewChannel channel = body == null || body.channel() == null ? ViewChannel.SANA_ACCOUNT : body.channel();
        Instant viewedAt = commands.sendAndWait(new NoticeCommand.ViewNotice(noticeId, channel));
        return new RecordedView(noticeId, viewedAt);
    }

    /** A8: the recipient claims they had no access to their account. */
    @Operation(summary = "Claim a lack of access", description = """
            A8: the recipient claims they had no access to their account when the notice was served; the court \
            rules on it.""" + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "202", description = "Recorded (LackOfAccessClaimed)")
    @SendsCommand
    @PostMapping("/api/v1/notices/" + ID + "/lack-of-access")
    ResponseEntity<NoticeRef> claim(@PathVariable String noticeId, @Valid @RequestBody ReasonRequest body) {
        return accepted(noticeId, new NoticeCommand.ClaimLackOfAccess(noticeId, body.reason()));
    }

    /** A8: the court upholds (service moves to {@code serviceAt}) or dismisses the claim. */
    @Operation(summary = "Rule on a claimed lack of access", description = """
            A8: the court upholds the claim (service moves to `serviceAt`, and the deadline with it) or dismisses \
            it, with its reason.""" + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "202", description = "Recorded (LackOfAccessUpheld or LackOfAccessDismissed)",
            content = @Content(schema = @Schema(implementation = LackOfAccessRuling.class)))
    @SendsCommand
    @PostMapping("/api/v1/notices/" + ID + "/lack-of-access/decision")
    ResponseEntity<Map<String, Object>> decide(@PathVariable String noticeId, @Valid @RequestBody LackOfAccessDecision body) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("noticeId", noticeId);
        if (body.upheld()) {
            if (body.serviceAt() == null) {
                throw InvalidInput.of("serviceAt", "REQUIRED", "an upheld claim sets the new service time");
            }
            LackOfAccessUpheld upheld = commands.sendAndWait(
                    new NoticeCommand.UpholdLackOfAccess(noticeId, body.serviceAt(), body.reason()));
            answer.put("servedAt", upheld.serviceAt());
            answer.put("deadline", ServiceDeadline.of(upheld.deadline()));
        } else {
            commands.sendAndWait(new NoticeCommand.DismissLackOfAccess(noticeId, body.reason()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }

    /** A8: the court withdraws a notice; its past stays in the ledger. */
    @Operation(summary = "Withdraw a notice", description = """
            A8: the court withdraws a notice, with its reason; its past stays in the ledger."""
            + ApiDocs.ROLES + "COURT_STAFF.")
    @ApiResponse(responseCode = "202", description = "Recorded (NoticeWithdrawn)")
    @SendsCommand
    @PostMapping("/api/v1/notices/" + ID + "/withdrawal")
    ResponseEntity<NoticeRef> withdraw(@PathVariable String noticeId, @Valid @RequestBody ReasonRequest body) {
        return accepted(noticeId, new NoticeCommand.WithdrawNotice(noticeId, body.reason()));
    }

    /** The authenticated person's inbox: the notices deposited in their account, newest first. */
    @Operation(summary = "My notices", description = """
            A7/A8: the notices deposited in the signed-in person's account, newest first, with their service \
            state.""" + ApiDocs.ROLES + "APPLICANT.")
    @ApiResponse(responseCode = "200", description = "The inbox")
    @GetMapping("/api/v1/notices/inbox")
    NoticeList inbox() {
        DaftarPrincipal user = CurrentActor.signedIn();
        return queries.query(new FindInbox(user.actorId()), NoticeList.class).join();
    }

    /** One notice and its service state: for the court that issued it, the recipient, or an operator. */
    @Operation(summary = "Read a notice and its service state", description = """
            A8: one notice: deposit (service), channels, first view, lack-of-access rulings, deadline. For the \
            court that issued it, the recipient (an unknown notice and someone else's look the same: 404) and \
            operators.""" + ApiDocs.ROLES + "COURT_STAFF, APPLICANT, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The notice")
    @GetMapping("/api/v1/notices/" + ID)
    NoticeView notice(@PathVariable String noticeId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        NoticeView view = queries.query(new FindNotice(noticeId), NoticeView.class).join();
        if (view == null) {
            throw new NotFound("notice");
        }
        access.requireReader(user, view);
        return view;
    }

    /** Court staff: every notice of a case with its service state (their own authority's). */
    @Operation(summary = "Every notice of a case", description = """
            A8: the notices of a case with their service state; court staff see their own authority's."""
            + ApiDocs.ROLES + "COURT_STAFF, ADMIN.")
    @ApiResponse(responseCode = "200", description = "The case's notices")
    @GetMapping("/api/v1/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/notices")
    NoticeList ofFiling(@PathVariable String filingId) {
        DaftarPrincipal user = CurrentActor.signedIn();
        return access.visible(user, queries.query(new FindNoticesOfFiling(filingId), NoticeList.class).join());
    }

    /** Sends the command and answers 202 with the reference of the notice it was about. */
    private ResponseEntity<NoticeRef> accepted(String noticeId, NoticeCommand command) {
        commands.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new NoticeRef(noticeId));
    }
}
