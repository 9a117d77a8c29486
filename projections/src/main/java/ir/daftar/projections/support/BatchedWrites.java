package ir.daftar.projections.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of one projection, held until the end of the event processor's batch and then sent
 * as a few JDBC batches instead of one round trip per statement.
 *
 * <p>A pooled streaming processor handles a batch of events in one {@code BatchingUnitOfWork} with
 * one transaction attached, and stores its token in a prepare-commit handler of that unit of work.
 * The writes are bound to the root unit of work and sent in a prepare-commit handler registered
 * when the first write arrives: inside the same transaction, so they commit or roll back with the
 * token; a rolled-back unit of work drops them unsent.
 *
 * <p>At the flush the writes are ordered by phase (stably), and within a phase grouped by statement
 * in the order each statement first appeared; each group is one {@link JdbcTemplate#batchUpdate}.
 * So the writes of one phase must not depend on their order across different statements: callers
 * write blindly (no read-modify-write) and put what must come first in an earlier phase. The
 * relative order of the writes of one statement is kept.
 *
 * <p>Outside a unit of work (a handler called directly, a reset) each write runs at once. Nothing
 * is read through this class: an event handler that reads what it wrote earlier in the same batch
 * would not see it, so the projections using it never read in their event handlers.
 */
public final class BatchedWrites {

    private static final AtomicLong INSTANCES = new AtomicLong();

    private final JdbcTemplate jdbc;
    private final String resourceKey;

    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.resourceKey = BatchedWrites.class.getName() + "#" + INSTANCES.incrementAndGet();
    }

    /**
     * Adds one write: in a unit of work, held until its prepare-commit; otherwise run at once.
     *
     * @param phase the writes of a lower phase run before those of a higher one
     */
    public void add(int phase, String sql, Object... args) {
        Write write = new Write(phase, Objects.requireNonNull(sql, "sql"), args.clone());
        Pending pending = pending();
        if (pending == null) {
            jdbc.update(write.sql(), write.args());
        } else {
            pending.writes.add(write);
        }
    }

    /** The writes held for the current root unit of work, or null when they must run at once. */
    private Pending pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
            return null; // too late for a prepare-commit handler to run
        }
        Pending pending = root.getOrComputeResource(resourceKey, key -> {
            Pending created = new Pending();
            root.onPrepareCommit(u -> created.flush(jdbc));
            return created;
        });
        return pending.flushed ? null : pending; // a write after the flush, still in the transaction
    }

    /** One write as handed in. */
    private record Write(int phase, String sql, Object[] args) {
    }

    /** The writes of one root unit of work. */
    private static final class Pending {

        private final List<Write> writes = new ArrayList<>();
        private boolean flushed;

        void flush(JdbcTemplate jdbc) {
            flushed = true;
            List<Write> ordered = new ArrayList<>(writes);
            writes.clear();
            ordered.sort(Comparator.comparingInt(Write::phase)); // stable: List.sort is a merge sort
            int from = 0;
            while (from < ordered.size()) {
                int phase = ordered.get(from).phase();
                Map<String, List<Object[]>> byStatement = new LinkedHashMap<>();
                int to = from;
                for (; to < ordered.size() && ordered.get(to).phase() == phase; to++) {
                    byStatement.computeIfAbsent(ordered.get(to).sql(), sql -> new ArrayList<>()).add(ordered.get(to).args());
                }
                byStatement.forEach(jdbc::batchUpdate);
                from = to;
            }
        }
    }
}
