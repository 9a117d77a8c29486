package ir.daftar.core.notice;

import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.MobileNumber;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a notice. Who asks travels as metadata (actor, role, authority). */
public sealed interface NoticeCommand {

    String noticeId();

    /**
     * A8: court staff issue a notice in a case. {@code recipientContact} is given only for a defendant
     * or lawyer, whose channels the filing ledger does not hold; an applicant's come from the ledger (A7).
     */
    record IssueNotice(@TargetAggregateIdentifier String noticeId, String filingId, NoticeKind kind, Recipient recipient,
                       ContactDetails recipientContact, NoticeContent content, DeadlineRule deadlineRule)
            implements NoticeCommand {
    }

    /** A8: the notice is deposited in the recipient's SANA account: this is service. */
    record DepositNotice(@TargetAggregateIdentifier String noticeId) implements NoticeCommand {
    }

    /** The alert dispatcher handed the SMS alert of this attempt to the gateway. */
    record RecordAlertSent(@TargetAggregateIdentifier String noticeId, String attemptId, MobileNumber mobile,
                           String gateway) implements NoticeCommand {
    }

    /** The gateway reported that the SMS alert of this attempt reached the phone. */
    record RecordAlertDelivered(@TargetAggregateIdentifier String noticeId, String attemptId) implements NoticeCommand {
    }

    /** The SMS alert of this attempt could not be sent (after its tries) or was reported undelivered. */
    record RecordAlertFailed(@TargetAggregateIdentifier String noticeId, String attemptId, int tries, String reason)
            implements NoticeCommand {
    }

    /** The recipient opens the notice. */
    record ViewNotice(@TargetAggregateIdentifier String noticeId, ViewChannel channel) implements NoticeCommand {
    }

    /** The recipient says they had no access to their account when the notice was deposited. */
    record ClaimLackOfAccess(@TargetAggregateIdentifier String noticeId, String reason) implements NoticeCommand {
    }

    /** The court accepts the claim: service is taken to have happened at {@code serviceAt}. */
    record UpholdLackOfAccess(@TargetAggregateIdentifier String noticeId, Instant serviceAt, String reason)
            implements NoticeCommand {
    }

    /** The court rejects the claim: service stays at deposit. */
    record DismissLackOfAccess(@TargetAggregateIdentifier String noticeId, String reason) implements NoticeCommand {
    }

    /** The court withdraws the notice; what happened to it stays in the record. */
    record WithdrawNotice(@TargetAggregateIdentifier String noticeId, String reason) implements NoticeCommand {
    }

    /**
     * ADR 0800: compute the notice's open deadline again with the holiday list in force now; records
     * something only when the due date (or the provisional holidays it rests on) changes.
     */
    record RecomputeDeadline(@TargetAggregateIdentifier String noticeId) implements NoticeCommand {
    }
}
