package ir.daftar.projections.testing;

import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.DeadlineRule;
import ir.daftar.core.notice.NoticeContent;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.core.notice.NoticeEvent.AlertDelivered;
import ir.daftar.core.notice.NoticeEvent.DeadlineRecomputed;
import ir.daftar.core.notice.NoticeEvent.AlertSent;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessClaimed;
import ir.daftar.core.notice.NoticeEvent.LackOfAccessUpheld;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.notice.NoticeKind;
import ir.daftar.core.notice.Recipient;
import ir.daftar.core.notice.RecipientRole;
import ir.daftar.core.notice.ViewChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * A notice of the {@link FilingStory#officeRoute office-route} filing, told as the Notice aggregate
 * would record it: issued and deposited after the submission (seq 10 of the filing), to the contact
 * details registered then, alerted by SMS, and viewed after the applicant changed their mobile.
 */
public final class NoticeStory {

    public static final String COURT_STAFF_ID = "COURT-TEH-12-07";
    public static final String AUTHORITY_ID = "court-tehran-12";
    public static final ContactDetails CHANNEL = new ContactDetails(new MobileNumber(FilingStory.MOBILE),
            new ElectronicAddress(FilingStory.EMAIL));
    public static final DeadlineRule REPLY_10 = new DeadlineRule(DeadlineKind.REPLY, 10);
    /** The filing was submitted at seq 10 (T0 + 70 min); the notice follows two minutes later. */
    public static final Instant ISSUED_AT = FilingStory.at(10).plus(Duration.ofMinutes(2));

    private NoticeStory() {
    }

    /** Issued, deposited, alerted, delivered: four events; then (after the contact change at seq 11 of the filing) viewed. */
    public static List<DomainEventMessage<NoticeEvent>> servedAndViewed(String noticeId, String filingId) {
        Stream story = new Stream(noticeId);
        story.add(issued(noticeId, filingId), ISSUED_AT, court());
        story.add(deposited(noticeId, filingId, ISSUED_AT.plusSeconds(60)), ISSUED_AT.plusSeconds(60), court());
        story.add(new AlertSent(noticeId, filingId, noticeId + ":alert:1", CHANNEL.mobile(), "log"),
                ISSUED_AT.plusSeconds(120), system());
        story.add(new AlertDelivered(noticeId, filingId, noticeId + ":alert:1"), ISSUED_AT.plusSeconds(180), system());
        Instant viewed = FilingStory.at(11).plus(Duration.ofMinutes(5));
        story.add(new NoticeViewed(noticeId, filingId, viewed, ViewChannel.SANA_ACCOUNT, ISSUED_AT), viewed, applicant());
        return story.messages();
    }

    /** Issued only: not yet in the recipient's account. */
    public static List<DomainEventMessage<NoticeEvent>> issuedOnly(String noticeId, String filingId) {
        Stream story = new Stream(noticeId);
        story.add(issued(noticeId, filingId), ISSUED_AT, court());
        return story.messages();
    }

    /** Issued and deposited, a lack of access claimed and upheld: service moves 20 days later. */
    public static List<DomainEventMessage<NoticeEvent>> lackOfAccessUpheld(String noticeId, String filingId) {
        Stream story = new Stream(noticeId);
        Instant deposit = ISSUED_AT.plusSeconds(60);
        Instant later = deposit.plus(Duration.ofDays(20));
        story.add(issued(noticeId, filingId), ISSUED_AT, court());
        story.add(deposited(noticeId, filingId, deposit), deposit, court());
        story.add(new LackOfAccessClaimed(noticeId, filingId, "بستری بودم"), later.plusSeconds(3600), applicant());
        story.add(new LackOfAccessUpheld(noticeId, filingId, deposit, later,
                        new Deadline(REPLY_10, LocalDate.of(2025, 3, 21), LocalDate.of(2025, 4, 2)), "پذیرفته شد"),
                later.plusSeconds(7200), court());
        return story.messages();
    }

    /**
     * ADR 0800: deposited 2025-06-14 (1404/03/24) with a ten-day deadline computed with a provisional lunar
     * holiday on 06-25 (due 06-26), then recomputed when the official list moved the holiday to 06-26 (due 06-28,
     * past the Friday).
     */
    public static List<DomainEventMessage<NoticeEvent>> deadlineRecomputed(String noticeId, String filingId) {
        Stream story = new Stream(noticeId);
        Instant deposit = Instant.parse("2025-06-14T06:30:00Z");
        Deadline provisional = new Deadline(REPLY_10, LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 26),
                "hl-0000000000000001", List.of(LocalDate.of(2025, 6, 25)));
        Deadline official = new Deadline(REPLY_10, LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 28),
                "hl-0000000000000002", List.of());
        story.add(issued(noticeId, filingId), deposit.minusSeconds(60), court());
        story.add(new NoticeDeposited(noticeId, filingId, FilingStory.APPLICANT_NATIONAL_CODE, CHANNEL, deposit,
                provisional), deposit, court());
        story.add(new DeadlineRecomputed(noticeId, filingId, provisional, official), deposit.plus(Duration.ofDays(3)),
                system());
        return story.messages();
    }

    static NoticeIssued issued(String noticeId, String filingId) {
        return new NoticeIssued(noticeId, filingId, AUTHORITY_ID, NoticeKind.HEARING_DATE,
                new Recipient(RecipientRole.APPLICANT, FilingStory.APPLICANT_NATIONAL_CODE, FilingStory.APPLICANT_NAME),
                null, new NoticeContent("وقت رسیدگی ۱۴۰۴/۰۱/۲۰ ساعت ۹", List.of("d".repeat(64))), REPLY_10);
    }

    /** Deposited on 2025-03-01 (1403/12/11): ten days, plus the day of the act, is 03-12 (Wednesday, 1403/12/22). */
    static NoticeDeposited deposited(String noticeId, String filingId, Instant at) {
        return new NoticeDeposited(noticeId, filingId, FilingStory.APPLICANT_NATIONAL_CODE, CHANNEL, at,
                new Deadline(REPLY_10, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 12)));
    }

    private static MetaData court() {
        return MetaData.with(MetaDataKeys.ACTOR_ID, COURT_STAFF_ID).and(MetaDataKeys.ACTOR_ROLE, ActorRole.COURT_STAFF.name())
                .and(MetaDataKeys.AUTHORITY_ID, AUTHORITY_ID);
    }

    private static MetaData system() {
        return MetaData.with(MetaDataKeys.ACTOR_ID, "system:alert-dispatcher").and(MetaDataKeys.ACTOR_ROLE,
                ActorRole.SYSTEM.name());
    }

    private static MetaData applicant() {
        return MetaData.with(MetaDataKeys.ACTOR_ID, FilingStory.APPLICANT_NATIONAL_CODE)
                .and(MetaDataKeys.ACTOR_ROLE, ActorRole.APPLICANT.name());
    }

    private static final class Stream {
        private final String noticeId;
        private final List<DomainEventMessage<NoticeEvent>> messages = new ArrayList<>();

        Stream(String noticeId) {
            this.noticeId = noticeId;
        }

        void add(NoticeEvent event, Instant at, MetaData metaData) {
            long seq = messages.size();
            String id = UUID.nameUUIDFromBytes((noticeId + "/" + seq).getBytes(StandardCharsets.UTF_8)).toString();
            messages.add(new GenericDomainEventMessage<>("Notice", noticeId, seq, event, metaData, id, at));
        }

        List<DomainEventMessage<NoticeEvent>> messages() {
            return List.copyOf(messages);
        }
    }
}
