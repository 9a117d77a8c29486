package ir.daftar.api.alert;

import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * A8: when a notice is deposited (served), its SMS alert is queued in the outbox, to the mobile of the
 * deposit (A7). The row is written in the event processor's transaction, with its token, so no deposit
 * is missed and none queues twice (the attempt id is derived from the notice id). Never replayed.
 */
@Component
@ProcessingGroup(AlertOutboxWriter.PROCESSING_GROUP)
class AlertOutboxWriter {

    static final String PROCESSING_GROUP = "alert-outbox";

    /** The text of the SMS: it says plainly that it is not the notice itself. */
    static final String TEXT = "ابلاغیه‌ای در حساب ثنای شما ثبت شد. این پیامک ابلاغ نیست؛ برای دیدن ابلاغیه به حساب خود "
            + "مراجعه کنید. شناسه: %s";

    private final AlertOutbox outbox;

    AlertOutboxWriter(AlertOutbox outbox) {
        this.outbox = outbox;
    }

    /** One alert per deposit: the attempt id is the notice id with {@code :alert:1}. */
    static String attemptIdOf(String noticeId) {
        return noticeId + ":alert:1";
    }

    @EventHandler
    @DisallowReplay
    void on(NoticeDeposited event, @Timestamp Instant at) {
        outbox.enqueue(attemptIdOf(event.noticeId()), event.noticeId(), event.filingId(), event.channel().mobile().value(),
                TEXT.formatted(event.noticeId().substring(0, Math.min(8, event.noticeId().length()))), at);
    }
}
