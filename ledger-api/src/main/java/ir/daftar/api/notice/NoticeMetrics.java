package ir.daftar.api.notice;

import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Micrometer figures of electronic service: {@code notices.issued}, {@code notices.deposited} and the
 * timer {@code notice.time-to-view} (from issue to the recipient's first view). A subscribing processor
 * (application.yml), so events are counted as they are recorded and a replay never counts them again.
 * The alert counters ({@code alerts.sent}, {@code alerts.failed}, {@code alerts.dead}) are kept by the
 * alert dispatcher.
 */
@Component
@ProcessingGroup("notice-metrics")
class NoticeMetrics {

    private final Counter issued;
    private final Counter deposited;
    private final Timer timeToView;

    NoticeMetrics(MeterRegistry meters) {
        this.issued = Counter.builder("notices.issued").description("notices issued by the courts").register(meters);
        this.deposited = Counter.builder("notices.deposited").description("notices deposited (served)").register(meters);
        this.timeToView = Timer.builder("notice.time-to-view").description("from issue to the recipient's first view")
                .register(meters);
    }

    @EventHandler
    void on(NoticeIssued event) {
        issued.increment();
    }

    @EventHandler
    void on(NoticeDeposited event) {
        deposited.increment();
    }

    @EventHandler
    void on(NoticeViewed event) {
        if (event.issuedAt() != null) {
            timeToView.record(Duration.between(event.issuedAt(), event.viewedAt()));
        }
    }
}
