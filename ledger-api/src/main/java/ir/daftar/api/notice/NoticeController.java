package ir.daftar.api.notice;

import ir.daftar.api.filing.Inputs;
import ir.daftar.api.notice.NoticeRequests.IssueNoticeRequest;
import ir.daftar.api.notice.NoticeRequests.LackOfAccessDecision;
import ir.daftar.api.notice.NoticeRequests.ReasonRequest;
import ir.daftar.api.notice.NoticeRequests.RecipientInput;
import ir.daftar.api.notice.NoticeRequests.ViewRequest;
import ir.daftar.api.problem.InvalidInput;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.security.CurrentActor;
import ir.daftar.api.security.DaftarPrincipal;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Digits;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.notice.Deadline;
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
class NoticeController {

    private static final String ID = "{noticeId:[A-Za-z0-9\\-]{1,64}}";

    private final CommandGateway commands;
    private final QueryGateway queries;

    NoticeController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A8: court staff issue a notice in a case; it is not served until deposited. */
    @PostMapping("/api/v1/notices")
    ResponseEntity<Map<String, Object>> issue(@Valid @RequestBody IssueNoticeRequest body) {
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
                .body(Map.of("noticeId", noticeId, "filingId", body.filingId()));
    }

    /** A8: deposit in the recipient's SANA account: service, to the channels in force now (A7). */
    @PostMapping("/api/v1/notices/" + ID + "/deposit")
    ResponseEntity<Map<String, Object>> deposit(@PathVariable String noticeId) {
        NoticeDeposited deposited = commands.sendAndWait(new NoticeCommand.DepositNotice(noticeId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("noticeId", noticeId);
        body.put("servedAt", deposited.servedAt());
        body.put("channel", Map.of("mobile", deposited.channel().mobile().value(),
                "electronicAddress", deposited.channel().electronicAddress().value()));
        body.put("deadline", deadline(deposited.deadline()));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** A8: the recipient opens the notice; only the first view is recorded. */
    @PostMapping("/api/v1/notices/" + ID + "/view")
    Map<String, Object> view(@PathVariable String noticeId, @RequestBody(required = false) ViewRequest body) {
        ViewChannel channel = body == null || body.channel() == null ? ViewChannel.SANA_ACCOUNT : body.channel();
        Instant viewedAt = commands.sendAndWait(new NoticeCommand.ViewNotice(noticeId, channel));
        return Map.of("noticeId", noticeId, "viewedAt", viewedAt);
    }

    /** A8: the recipient claims they had no access to their account. */
    @PostMapping("/api/v1/notices/" + ID + "/lack-of-access")
    ResponseEntity<Map<String, Object>> claim(@PathVariable String noticeId, @Valid @RequestBody ReasonRequest body) {
        commands.sendAndWait(new NoticeCommand.ClaimLackOfAccess(noticeId, body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("noticeId", noticeId));
    }

    /** A8: the court upholds (service moves to {@code serviceAt}) or dismisses the claim. */
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
            answer.put("deadline", deadline(upheld.deadline()));
        } else {
            commands.sendAndWait(new NoticeCommand.DismissLackOfAccess(noticeId, body.reason()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }

    /** A8: the court withdraws a notice; its past stays in the ledger. */
    @PostMapping("/api/v1/notices/" + ID + "/withdrawal")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable String noticeId, @Valid @RequestBody ReasonRequest body) {
        commands.sendAndWait(new NoticeCommand.WithdrawNotice(noticeId, body.reason()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("noticeId", noticeId));
    }

    /** The authenticated person's inbox: the notices deposited in their account, newest first. */
    @GetMapping("/api/v1/notices/inbox")
    NoticeList inbox() {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        return queries.query(new FindInbox(user.actorId()), NoticeList.class).join();
    }

    /** One notice and its service state: for the court that issued it, the recipient, or an operator. */
    @GetMapping("/api/v1/notices/" + ID)
    NoticeView notice(@PathVariable String noticeId) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        NoticeView view = queries.query(new FindNotice(noticeId), NoticeView.class).join();
        if (view == null) {
            throw new NotFound("notice");
        }
        if (user.role() == ActorRole.COURT_STAFF && !Objects.equals(user.authorityId(), view.authorityId())) {
            throw new NotFound("notice");
        }
        if (user.role() == ActorRole.APPLICANT) {
            NoticeList mine = queries.query(new FindInbox(user.actorId()), NoticeList.class).join();
            if (mine.notices().stream().noneMatch(n -> n.noticeId().equals(noticeId))) {
                throw new NotFound("notice");
            }
        }
        return view;
    }

    /** Court staff: every notice of a case with its service state (their own authority's). */
    @GetMapping("/api/v1/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/notices")
    NoticeList ofFiling(@PathVariable String filingId) {
        DaftarPrincipal user = CurrentActor.principal().orElseThrow();
        NoticeList all = queries.query(new FindNoticesOfFiling(filingId), NoticeList.class).join();
        if (user.role() == ActorRole.COURT_STAFF) {
            return new NoticeList(all.notices().stream()
                    .filter(n -> Objects.equals(n.authorityId(), user.authorityId())).toList());
        }
        return all;
    }

    static Map<String, Object> deadline(Deadline d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.rule().kind());
        m.put("days", d.rule().days());
        m.put("serviceDate", d.serviceDate());
        m.put("serviceDateJalali", ir.daftar.core.calendar.JalaliDate.of(d.serviceDate()).toString());
        m.put("dueDate", d.dueDate());
        m.put("dueDateJalali", d.dueDateJalali().toString());
        return m;
    }
}
