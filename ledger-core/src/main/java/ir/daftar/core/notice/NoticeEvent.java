package ir.daftar.core.notice;

import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.MobileNumber;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * What happened to a notice. Each event names its case ({@code filingId}) so the case history can
 * show it; who acted and when it was recorded are in the metadata and the timestamp.
 */
public sealed interface NoticeEvent {

    String noticeId();

    String filingId();

    /** A8: court staff of the competent authority issued a notice in the case. */
    @Revision("1")
    record NoticeIssued(String noticeId, String filingId, String authorityId, NoticeKind kind, Recipient recipient,
                        ContactDetails recipientContact, NoticeContent content, DeadlineRule deadlineRule)
            implements NoticeEvent {
    }

    /**
     * A8: deposited in the recipient's SANA account: served at {@code servedAt}. {@code channel} is the
     * mobile and electronic address in force at that moment (A7); {@code deadline} is null when the
     * notice sets none.
     */
    @Revision("1")
    record NoticeDeposited(String noticeId, String filingId, String recipientNationalCode, ContactDetails channel,
                           Instant servedAt, Deadline deadline) implements NoticeEvent {
    }

    /** An SMS alert (not service) was handed to the gateway for the mobile registered at deposit. */
    @Revision("1")
    record AlertSent(String noticeId, String filingId, String attemptId, MobileNumber mobile, String gateway)
            implements NoticeEvent {
    }

    /** The gateway reported the SMS alert delivered to the phone. Still not service. */
    @Revision("1")
    record AlertDelivered(String noticeId, String filingId, String attemptId) implements NoticeEvent {
    }

    /** The SMS alert could not be sent or delivered. Service is not affected. */
    @Revision("1")
    record AlertFailed(String noticeId, String filingId, String attemptId, int tries, String reason)
            implements NoticeEvent {
    }

    /** The recipient opened the notice (the effect of actual service); recorded once. */
    @Revision("1")
    record NoticeViewed(String noticeId, String filingId, Instant viewedAt, ViewChannel channel, Instant issuedAt)
            implements NoticeEvent {
    }

    /** The recipient claimed they had no access to their account. */
    @Revision("1")
    record LackOfAccessClaimed(String noticeId, String filingId, String reason) implements NoticeEvent {
    }

    /** The court upheld the claim: service moves from {@code previousServiceAt} to {@code serviceAt}. */
    @Revision("1")
    record LackOfAccessUpheld(String noticeId, String filingId, Instant previousServiceAt, Instant serviceAt,
                              Deadline deadline, String reason) implements NoticeEvent {
    }

    /** The court dismissed the claim: service stays where it was. */
    @Revision("1")
    record LackOfAccessDismissed(String noticeId, String filingId, String reason) implements NoticeEvent {
    }

    /** The court withdrew the notice. */
    @Revision("1")
    record NoticeWithdrawn(String noticeId, String filingId, String reason) implements NoticeEvent {
    }

    /**
     * A8 with ADR 0800: the holiday list changed a day an open deadline depended on, and the deadline
     * was computed again from the same service: {@code previous} stays as it was recorded, {@code deadline}
     * is in force from now, with the version of the list it was computed with.
     */
    @Revision("1")
    record DeadlineRecomputed(String noticeId, String filingId, Deadline previous, Deadline deadline)
            implements NoticeEvent {
    }
}
