package ir.daftar.api.alert;

import ir.daftar.api.alert.AlertGateway.AlertGatewayException;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.notice.NoticeCommand.RecordAlertFailed;
import ir.daftar.core.notice.NoticeCommand.RecordAlertSent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the alerts of the outbox through the configured {@link AlertGateway}: claims due rows (rows
 * another dispatcher holds are skipped), sends each, and records the outcome. A success is marked
 * SENT in the same transaction as the {@code AlertSent} event is stored, so an attempt that is SENT is
 * never sent again; a failure is retried with exponential backoff and, after the configured tries,
 * dead-lettered ({@code AlertFailed}) for an operator to see and retry. If the process dies between the
 * gateway's acceptance and that transaction, the claim expires and the same attempt id is sent again:
 * the gateway de-duplicates on it (at-least-once delivery, idempotent receiver).
 */
@Component
@ConditionalOnProperty(name = "daftar.alerts.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
class AlertDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AlertDispatcher.class);
    static final Actor DISPATCHER = new Actor("system:alert-dispatcher", ActorRole.SYSTEM, null);

    private final AlertOutbox outbox;
    private final AlertGateway gateway;
    private final AlertProperties properties;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();
    private final String token = UUID.randomUUID().toString();
    private final Counter sent;
    private final Counter failed;
    private final Counter dead;

    AlertDispatcher(AlertOutbox outbox, AlertGateway gateway, AlertProperties properties, CommandGateway commands,
                    TransactionTemplate transactions, MeterRegistry meters) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.properties = properties;
        this.commands = commands;
        this.transactions = transactions;
        this.sent = Counter.builder("alerts.sent").description("SMS alerts accepted by the gateway").register(meters);
        this.failed = Counter.builder("alerts.failed").description("failed tries to send an SMS alert").register(meters);
        this.dead = Counter.builder("alerts.dead").description("SMS alerts given up after the configured tries")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${daftar.alerts.poll-interval:PT2S}", initialDelayString = "${daftar.alerts.poll-interval:PT2S}")
    void poll() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            log.warn("alert dispatch round failed: {}", e.toString());
        }
    }

    /** One round: claim what is due and send it. Returns how many alerts were tried. */
    int dispatchDue() {
        Instant now = clock.instant();
        List<AlertOutbox.Row> claimed = transactions.execute(tx ->
                outbox.claimDue(token, now, now.plus(properties.lease()), properties.batchSize()));
        if (claimed == null) {
            return 0;
        }
        for (AlertOutbox.Row row : claimed) {
            dispatch(row);
        }
        return claimed.size();
    }

    private void dispatch(AlertOutbox.Row row) {
        try {
            gateway.send(row.alert());
        } catch (AlertGatewayException | RuntimeException e) {
            failed(row, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return;
        }
        try {
            transactions.executeWithoutResult(tx -> {
                record(new RecordAlertSent(row.noticeId(), row.attemptId(), new MobileNumber(row.mobile()), gateway.name()));
                if (!outbox.markSent(row.attemptId(), token, gateway.name(), clock.instant())) {
                    log.warn("alert {} was taken over by another dispatcher while it was sent", row.attemptId());
                }
            });
        } catch (RuntimeException e) {
            // the gateway has it; the claim expires and the same attempt id goes again (the gateway de-duplicates)
            log.warn("alert {} sent but not recorded; it will be sent again under the same attempt id: {}",
                    row.attemptId(), e.toString());
            return;
        }
        sent.increment();
        log.info("alert {} sent to {} via {}", row.attemptId(), row.alert().maskedMobile(), gateway.name());
    }

    private void failed(AlertOutbox.Row row, String error) {
        int tries = row.attempts() + 1;
        boolean giveUp = tries >= properties.maxAttempts();
        Instant now = clock.instant();
        String reason = error.length() > 480 ? error.substring(0, 480) : error;
        transactions.executeWithoutResult(tx -> {
            if (outbox.markFailed(row.attemptId(), token, giveUp, reason, now.plus(properties.backoffAfter(tries)), now)
                    && giveUp) {
                record(new RecordAlertFailed(row.noticeId(), row.attemptId(), row.totalAttempts() + 1, reason));
            }
        });
        failed.increment();
        if (giveUp) {
            dead.increment();
            log.warn("alert {} dead after {} tries: {}", row.attemptId(), tries, reason);
        } else {
            log.info("alert {} try {} failed ({}); next in {}", row.attemptId(), tries, reason, properties.backoffAfter(tries));
        }
    }

    private void record(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(DISPATCHER.asMetaData()));
    }
}
