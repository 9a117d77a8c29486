package ir.daftar.projections.replay;

import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.inspection.ActivityEntry;
import ir.daftar.core.inspection.AuditLimits;
import ir.daftar.core.inspection.Finding;
import ir.daftar.core.inspection.OfficeAudit;
import ir.daftar.projections.store.EventStoreCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Replays one office's activity over a period from the event store, in one pass: every event
 * from the first to the head at the start of the replay goes through {@link OfficeAudit}; the
 * office's acts in the period go to {@code activity} as they are met; {@code progress} is told
 * every {@link #PROGRESS_EVERY} events. Nothing is collected but the findings.
 */
public final class OfficeReplay {

    public static final int PROGRESS_EVERY = 5_000;

    private final EventStoreCursor cursor;
    private final CourtFeeTariffs tariffs;
    private final AuditLimits limits;

    public OfficeReplay(EventStoreCursor cursor, CourtFeeTariffs tariffs, AuditLimits limits) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.tariffs = Objects.requireNonNull(tariffs, "tariffs");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** How far a replay has come: events read of the events to read. */
    public record Progress(long scanned, long total, int percent) {
    }

    /** What a replay found, with its statistics and how long it took. */
    public record Result(String officeId, Instant from, Instant to, long headIndex, OfficeAudit.Statistics statistics,
                         List<Finding> findings, Duration duration) {

        public double eventsPerSecond() {
            double seconds = Math.max(duration.toNanos(), 1) / 1e9;
            return statistics.eventsScanned() / seconds;
        }
    }

    public Result replay(String officeId, Instant from, Instant to, Consumer<ActivityEntry> activity,
                         Consumer<Progress> progress) {
        long started = System.nanoTime();
        long head = cursor.head();
        OfficeAudit audit = new OfficeAudit(officeId, from, to, limits, tariffs);
        long[] seen = {0};
        cursor.streamAll(head, entry -> {
            audit.accept(entry).ifPresent(activity);
            if (++seen[0] % PROGRESS_EVERY == 0) {
                progress.accept(new Progress(seen[0], head, percent(entry.globalIndex(), head)));
            }
            return true;
        });
        List<Finding> findings = audit.finish();
        progress.accept(new Progress(seen[0], head, 100));
        return new Result(officeId, from, to, head, audit.statistics(), findings, Duration.ofNanos(System.nanoTime() - started));
    }

    private static int percent(long position, long head) {
        return head <= 0 ? 100 : (int) Math.min(100, position * 100 / head);
    }
}
