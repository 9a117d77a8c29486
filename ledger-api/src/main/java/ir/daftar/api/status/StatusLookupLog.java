package ir.daftar.api.status;

import ir.daftar.core.common.Digits;
import ir.daftar.projections.privacy.PersonalDataHasher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A12/A37-7: every public status lookup is recorded, with its outcome, so that enumeration can be
 * seen and answered. The national code and the client's address are stored only as keyed hashes;
 * a tracking code is kept only when it is well formed.
 *
 * <p>Group commit (ADR 0008): lookups that arrive while a write is under way are written together
 * in the next transaction, one batch for all of them, and each lookup is answered only after the
 * transaction holding its row has committed. Nothing is answered unlogged, and under load a
 * thousand lookups cost a handful of commits instead of a thousand.
 */
@Component
class StatusLookupLog implements DisposableBean {

    enum Outcome { FOUND, NOT_FOUND, INVALID, LIMITED }

    private static final int MAX_BATCH = 500;
    private static final String INSERT = "INSERT INTO status_lookup_log (looked_up_at, client_hash, tracking_code, "
            + "national_code_hash, outcome) VALUES (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataHasher hasher;
    private final Clock clock = Clock.systemUTC();
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    StatusLookupLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, PersonalDataHasher hasher) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.hasher = hasher;
        this.writer = new Thread(this::writeLoop, "status-lookup-log");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Records one lookup; returns once its row is committed, or fails the request if it cannot be. */
    void record(String client, String trackingCode, String nationalCode, Outcome outcome) {
        Object[] row = {Timestamp.from(Instant.now(clock)), hasher.hash("client:" + client),
                Digits.allDigits(trackingCode, 16) ? trackingCode : null,
                wellFormedNationalCode(nationalCode) ? hasher.hash(nationalCode) : null,
                outcome.name()};
        Pending pending = new Pending(row, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("the status lookup log is shut down");
        }
        queue.add(pending);
        try {
            pending.written().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while logging a status lookup", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not log a status lookup", e);
        }
    }

    /** Ten digits (a person's national code) or eleven (a legal person's national id), ASCII digits only. */
    static boolean wellFormedNationalCode(String code) {
        return Digits.allDigits(code, 10) || Digits.allDigits(code, 11);
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<Object[]> rows = batch.stream().map(Pending::row).toList();
            transaction.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
            batch.forEach(p -> p.written().complete(null));
        } catch (RuntimeException e) {
            batch.forEach(p -> p.written().completeExceptionally(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }

    private record Pending(Object[] row, CompletableFuture<Void> written) {
    }
}
