package ir.daftar.core.notice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.filing.CaseSnapshot;
import ir.daftar.core.notice.NoticeCommand.ClaimLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.DepositNotice;
import ir.daftar.core.notice.NoticeCommand.DismissLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.IssueNotice;
import ir.daftar.core.notice.NoticeCommand.RecordAlertDelivered;
import ir.daftar.core.notice.NoticeCommand.RecordAlertFailed;
import ir.daftar.core.notice.NoticeCommand.RecomputeDeadline;
import ir.daftar.core.notice.NoticeCommand.RecordAlertSent;
import ir.daftar.core.notice.NoticeCommand.UpholdLackOfAccess;
import ir.daftar.core.notice.NoticeCommand.ViewNotice;
import ir.daftar.core.notice.NoticeCommand.WithdrawNotice;
import ir.daftar.core.notice.NoticeEvent.AlertDelivered;
import ir.daftar.core.notice.NoticeEvent.AlertFailed;
import ir.daftar.core.notice.NoticeEvent.AlertSent;
import ir.daftar.core.notice.NoticeEvent.DeadlineRecomputed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessClaimed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessDismissed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessUpheld;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.notice.NoticeEvent.NoticeWithdrawn;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * A notice of a case and its electronic service (A7, A8, and the regulation on the use of computer
 * and telecommunication systems): issued by the court, <b>served when deposited</b> in the
 * recipient's SANA account to the channels in force at that moment; an SMS alert never counts as
 * service; the first view is recorded once; a proven lack of access moves the service time.
 */
public class Notice {

    enum AccessClaim { NONE, PENDING, UPHELD, DISMISSED }

    @AggregateIdentifier
    private String noticeId;
    private String filingId;
    private String authorityId;
    private Recipient recipient;
    private ContactDetails recipientContact;
    private DeadlineRule deadlineRule;
    private Instant issuedAt;
    private ContactDetails depositChannel;
    private Instant depositedAt;
    private Instant servedAt;
    private Deadline deadline;
    private Instant viewedAt;
    private AccessClaim accessClaim = AccessClaim.NONE;
    private boolean withdrawn;
    private final Set<String> alertsSent = new HashSet<>();
    private final Set<String> alertsDelivered = new HashSet<>();
    private final Map<String, Integer> alertFailures = new HashMap<>();

    protected Notice() {
        // for Axon
    }

    /** A8: court staff of the case's competent authority issue a notice to a party of the case. */
    @CommandHandler
    public Notice(IssueNotice command, MetaData metaData, CaseDirectory cases) {
        String authority = requireCourtStaff(metaData);
        require(command.filingId() != null && command.kind() != null && command.recipient() != null
                && command.content() != null, "filingId, kind, recipient and content are required");
        CaseSnapshot found = cases.find(command.filingId()).orElse(null);
        RuleViolation.require(found != null && found.submitted(), Rule.A8_CASE_NOT_SUBMITTED,
                "notices are issued in a case submitted to the competent authority");
        RuleViolation.require(authority.equals(found.competentAuthorityId()), Rule.A8_OTHER_AUTHORITY,
                "only the competent authority of the case issues its notices");
        Recipient to = command.recipient();
        if (to.role() == RecipientRole.APPLICANT) {
            RuleViolation.require(to.nationalCode().equals(found.applicantId()), Rule.A8_RECIPIENT_NOT_PARTY,
                    "the recipient is not the applicant of this case");
            RuleViolation.require(command.recipientContact() == null, Rule.A7_REGISTERED_CHANNELS_ONLY,
                    "the applicant is served only through the channels registered in the ledger");
        } else {
            RuleViolation.require(command.recipientContact() != null, Rule.A7_RECIPIENT_CONTACT_REQUIRED,
                    "a defendant or lawyer is served through the channels given with the notice");
        }
        apply(new NoticeIssued(command.noticeId(), command.filingId(), authority, command.kind(), to,
                command.recipientContact(), command.content(), command.deadlineRule()));
    }

    /**
     * A8: deposit in the recipient's SANA account is service. The channel is the one in force now: the
     * applicant's contact details as the filing ledger holds them at this moment (A7); any deadline
     * starts today.
     */
    @CommandHandler
    public NoticeDeposited handle(DepositNotice command, MetaData metaData, CaseDirectory cases, HolidayCalendar holidays) {
        requireCourtOfThisNotice(metaData);
        requireNotWithdrawn();
        RuleViolation.require(depositedAt == null, Rule.A8_ALREADY_DEPOSITED, "the notice is already deposited");
        ContactDetails channel = recipientContact;
        if (recipient.role() == RecipientRole.APPLICANT) {
            channel = cases.find(filingId).map(CaseSnapshot::applicantContact).orElse(null);
        }
        RuleViolation.require(channel != null, Rule.A7_CONTACT_DETAILS_REQUIRED,
                "the recipient has no registered mobile and electronic address");
        Instant now = GenericEventMessage.clock.instant();
        NoticeDeposited deposited = new NoticeDeposited(noticeId, filingId, recipient.nationalCode(), channel, now,
                deadlineFrom(now, holidays));
        apply(deposited);
        return deposited;
    }

    /**
     * The dispatcher reports an SMS alert handed to the gateway. Once per attempt id: a repeated report
     * changes nothing. The alert goes to the mobile of the deposit (A7), and it is never service.
     */
    @CommandHandler
    public void handle(RecordAlertSent command, MetaData metaData) {
        requireAlertReporter(metaData);
        requireDeposited();
        if (alertsSent.contains(command.attemptId())) {
            return;
        }
        RuleViolation.require(depositChannel.mobile().equals(command.mobile()), Rule.A7_ALERT_TO_DEPOSIT_CHANNEL,
                "the alert goes to the mobile registered when the notice was deposited");
        apply(new AlertSent(noticeId, filingId, requireAttemptId(command.attemptId()), command.mobile(),
                command.gateway()));
    }

    /** The gateway reports the alert delivered; once per attempt. */
    @CommandHandler
    public void handle(RecordAlertDelivered command, MetaData metaData) {
        requireAlertReporter(metaData);
        RuleViolation.require(alertsSent.contains(command.attemptId()), Rule.A8_ALERT_NOT_SENT,
                "no alert was sent under this attempt id");
        if (alertsDelivered.contains(command.attemptId())) {
            return;
        }
        apply(new AlertDelivered(noticeId, filingId, command.attemptId()));
    }

    /** The dispatcher gave up on an attempt (or the gateway reported it undelivered); once per attempt and try count. */
    @CommandHandler
    public void handle(RecordAlertFailed command, MetaData metaData) {
        requireAlertReporter(metaData);
        requireDeposited();
        if (Integer.valueOf(command.tries()).equals(alertFailures.get(command.attemptId()))) {
            return;
        }
        apply(new AlertFailed(noticeId, filingId, requireAttemptId(command.attemptId()), command.tries(),
                shortText(command.reason(), 500)));
    }

    /**
     * The recipient opens the notice: the first view is recorded, with its time and channel; opening it
     * again records nothing new and answers the time of the first view.
     */
    @CommandHandler
    public Instant handle(ViewNotice command, MetaData metaData) {
        requireRecipient(metaData);
        requireDeposited();
        requireNotWithdrawn();
        if (viewedAt != null) {
            return viewedAt;
        }
        Instant now = GenericEventMessage.clock.instant();
        apply(new NoticeViewed(noticeId, filingId, now, command.channel() == null ? ViewChannel.SANA_ACCOUNT
                : command.channel(), issuedAt));
        return now;
    }

    /** The recipient may prove they had no access to their account; one claim per notice. */
    @CommandHandler
    public void handle(ClaimLackOfAccess command, MetaData metaData) {
        requireRecipient(metaData);
        requireDeposited();
        RuleViolation.require(accessClaim == AccessClaim.NONE, Rule.A8_LACK_OF_ACCESS_ALREADY_CLAIMED,
                "a lack of access was already claimed for this notice");
        apply(new LackOfAccessClaimed(noticeId, filingId, requireReason(command.reason())));
    }

    /** The court upholds the claim: service moves to a later instant, and any deadline runs from there. */
    @CommandHandler
    public LackOfAccessUpheld handle(UpholdLackOfAccess command, MetaData metaData, HolidayCalendar holidays) {
        requireCourtOfThisNotice(metaData);
        requirePendingClaim();
        Instant later = command.serviceAt();
        RuleViolation.require(later != null && later.isAfter(servedAt) && !later.isAfter(GenericEventMessage.clock.instant()),
                Rule.A8_SERVICE_TIME_NOT_LATER, "the new service time is after the current one and not in the future");
        LackOfAccessUpheld upheld = new LackOfAccessUpheld(noticeId, filingId, servedAt, later,
                deadlineFrom(later, holidays), requireReason(command.reason()));
        apply(upheld);
        return upheld;
    }

    /** The court dismisses the claim: service stays where it was. */
    @CommandHandler
    public void handle(DismissLackOfAccess command, MetaData metaData) {
        requireCourtOfThisNotice(metaData);
        requirePendingClaim();
        apply(new LackOfAccessDismissed(noticeId, filingId, requireReason(command.reason())));
    }

    /** The court withdraws the notice; nothing of its past is erased. */
    @CommandHandler
    public void handle(WithdrawNotice command, MetaData metaData) {
        requireCourtOfThisNotice(metaData);
        requireNotWithdrawn();
        apply(new NoticeWithdrawn(noticeId, filingId, requireReason(command.reason())));
    }

    /**
     * ADR 0800: the holiday list changed; the open deadline is computed again from the same service with
     * the list in force now. A new event records the new deadline beside the old one, which stays as it
     * was; nothing is recorded when the dates are the same, when the notice has no deadline, was
     * withdrawn, or its deadline has already run out. Answers the new event, or null.
     */
    @CommandHandler
    public DeadlineRecomputed handle(RecomputeDeadline command, MetaData metaData, HolidayCalendar holidays) {
        requireAlertReporter(metaData);
        if (deadline == null || withdrawn || servedAt == null
                || TehranTime.dayOf(GenericEventMessage.clock.instant()).isAfter(deadline.dueDate())) {
            return null;
        }
        Deadline now = deadlineFrom(servedAt, holidays);
        if (now == null || now.sameDatesAs(deadline)) {
            return null;
        }
        DeadlineRecomputed recomputed = new DeadlineRecomputed(noticeId, filingId, deadline, now);
        apply(recomputed);
        return recomputed;
    }

    /** When service took effect: the deposit, or the later instant a lack-of-access ruling set; null before deposit. */
    public Instant servedAt() {
        return servedAt;
    }

    /** When the recipient first opened the notice; null if never. */
    public Instant viewedAt() {
        return viewedAt;
    }

    // ---- rules -------------------------------------------------------------------------

    /** A8: the deadline of the notice's rule counted from service at {@code servedAt}; null for a notice without one. */
    private Deadline deadlineFrom(Instant servedAt, HolidayCalendar holidays) {
        return deadlineRule == null ? null : ServiceDeadlines.compute(deadlineRule, servedAt, holidays);
    }

    /** A8: notices are issued and ruled on by court staff; returns the actor's authority. */
    private static String requireCourtStaff(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Object authority = metaData.get(MetaDataKeys.AUTHORITY_ID);
        RuleViolation.require(actor.role() == ActorRole.COURT_STAFF && authority != null, Rule.A8_COURT_STAFF_ONLY,
                "notices are issued by court staff");
        return authority.toString();
    }

    /** A8: only the authority that issued the notice acts on it. */
    private void requireCourtOfThisNotice(MetaData metaData) {
        RuleViolation.require(authorityId.equals(requireCourtStaff(metaData)), Rule.A8_OTHER_AUTHORITY,
                "only the authority that issued the notice acts on it");
    }

    /** A8: the recipient, and nobody else, opens the notice or claims a lack of access. */
    private void requireRecipient(MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.APPLICANT && actor.id().equals(recipient.nationalCode()),
                Rule.A8_RECIPIENT_ONLY, "only the recipient may do this");
    }

    /** A8: alerts (and recomputed deadlines) are reported by the system that sends them (or an operator). */
    private static void requireAlertReporter(MetaData metaData) {
        ActorRole role = Actor.from(metaData).role();
        RuleViolation.require(role == ActorRole.SYSTEM || role == ActorRole.ADMIN, Rule.A8_ALERT_BY_SYSTEM_ONLY,
                "alerts are reported by the alert dispatcher");
    }

    /** A8: a notice not yet deposited is not served: nothing can be viewed, alerted or claimed. */
    private void requireDeposited() {
        RuleViolation.require(depositedAt != null, Rule.A8_NOT_DEPOSITED, "the notice has not been deposited");
    }

    /** A8: a withdrawn notice is not deposited, viewed or withdrawn again. */
    private void requireNotWithdrawn() {
        RuleViolation.require(!withdrawn, Rule.A8_NOTICE_WITHDRAWN, "the notice was withdrawn");
    }

    /** A8: a lack-of-access ruling needs a pending claim. */
    private void requirePendingClaim() {
        RuleViolation.require(accessClaim == AccessClaim.PENDING, Rule.A8_NO_LACK_OF_ACCESS_CLAIM,
                "no lack of access is claimed for this notice");
    }

    private static String requireAttemptId(String attemptId) {
        require(attemptId != null && attemptId.matches("[A-Za-z0-9:\\-]{1,100}"), "attempt id must be 1-100 letters, digits, dashes or colons");
        return attemptId;
    }

    private static String requireReason(String reason) {
        String r = PersianText.normalize(reason);
        require(r != null && !r.isBlank() && r.length() <= 2000, "a reason is required (at most 2000 characters)");
        return r;
    }

    private static String shortText(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    // ---- state -------------------------------------------------------------------------

    @EventSourcingHandler
    void on(NoticeIssued event, @Timestamp Instant at) {
        this.noticeId = event.noticeId();
        this.filingId = event.filingId();
        this.authorityId = event.authorityId();
        this.recipient = event.recipient();
        this.recipientContact = event.recipientContact();
        this.deadlineRule = event.deadlineRule();
        this.issuedAt = at;
    }

    @EventSourcingHandler
    void on(NoticeDeposited event) {
        this.depositChannel = event.channel();
        this.depositedAt = event.servedAt();
        this.servedAt = event.servedAt();
        this.deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(AlertSent event) {
        alertsSent.add(event.attemptId());
    }

    @EventSourcingHandler
    void on(AlertDelivered event) {
        alertsDelivered.add(event.attemptId());
    }

    @EventSourcingHandler
    void on(AlertFailed event) {
        alertFailures.put(event.attemptId(), event.tries());
    }

    @EventSourcingHandler
    void on(NoticeViewed event) {
        this.viewedAt = event.viewedAt();
    }

    @EventSourcingHandler
    void on(LackOfAccessClaimed event) {
        this.accessClaim = AccessClaim.PENDING;
    }

    @EventSourcingHandler
    void on(LackOfAccessUpheld event) {
        this.accessClaim = AccessClaim.UPHELD;
        this.servedAt = event.serviceAt();
        this.deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(DeadlineRecomputed event) {
        this.deadline = event.deadline();
    }

    @EventSourcingHandler
    void on(LackOfAccessDismissed event) {
        this.accessClaim = AccessClaim.DISMISSED;
    }

    @EventSourcingHandler
    void on(NoticeWithdrawn event) {
        this.withdrawn = true;
    }
}
