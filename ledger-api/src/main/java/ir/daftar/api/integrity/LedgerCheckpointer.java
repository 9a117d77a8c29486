package ir.daftar.api.integrity;

import ir.daftar.core.integrity.CheckpointStatement;
import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.Manifest;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.projections.store.EventTable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the global stream into signed checkpoints: each covers the next range of chained events
 * (at most {@code max-events}), states their Merkle root and the previous checkpoint's root, and is
 * signed. Before sealing, every event's hash is recomputed from its stored bytes, so a checkpoint
 * never attests an event that was changed before it was sealed.
 *
 * <p>An append takes its global index before it commits, so an index seen now may still be joined by
 * a lower one from a transaction in flight. Only indexes observed at least {@code settle} ago are
 * sealed: the scheduled run seals up to what the previous run saw; an on-demand seal waits.
 */
public class LedgerCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(LedgerCheckpointer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CheckpointSigner signer;
    private final IntegrityProperties properties;
    private final Clock clock;
    private volatile long observedBeforeLastRun = Long.MIN_VALUE;

    public record Checkpoint(long fromIndex, long toIndex, long eventCount, String merkleRoot, String createdAt,
                             String keyId) {
    }

    LedgerCheckpointer(JdbcTemplate jdbc, TransactionTemplate tx, CheckpointSigner signer, IntegrityProperties properties,
                       Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The scheduled run: seals what the previous run observed (at least one interval ago). */
    @Scheduled(fixedDelayString = "${daftar.integrity.interval:10s}", initialDelayString = "${daftar.integrity.interval:10s}")
    public void sealSettled() {
        long limit = observedBeforeLastRun;
        observedBeforeLastRun = highestChainedIndex();
        if (limit != Long.MIN_VALUE) {
            try {
                sealUpTo(limit);
            } catch (RuntimeException e) {
                log.error("sealing the ledger failed", e);
            }
        }
    }

    /** On demand: waits for appends in flight to settle, then seals everything observed before the wait. */
    public List<Checkpoint> sealNow() throws InterruptedException {
        long limit = highestChainedIndex();
        Thread.sleep(properties.settle().toMillis());
        return sealUpTo(limit);
    }

    /** Seals every chained event up to {@code limit}, in checkpoints of at most max-events events. */
    public synchronized List<Checkpoint> sealUpTo(long limit) {
        List<Checkpoint> made = new ArrayList<>();
        while (true) {
            Optional<Checkpoint> next = tx.execute(status -> sealNext(limit, status));
            if (next == null || next.isEmpty()) {
                return made;
            }
            made.add(next.get());
        }
    }

    public List<Checkpoint> checkpoints() {
        return jdbc.query("SELECT from_index, to_index, event_count, merkle_root, created_at, key_id FROM ledger_checkpoint "
                + "ORDER BY from_index", (rs, n) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                EventHash.hex(rs.getBytes(4)), rs.getString(5), rs.getString(6)));
    }

    public String publicKey() {
        return signer.publicKeyBase64();
    }

    public String keyId() {
        return signer.keyId();
    }

    private long highestChainedIndex() {
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM event_chain", Long.class);
        return max == null ? Long.MIN_VALUE : max;
    }

    private Optional<Checkpoint> sealNext(long limit, TransactionStatus status) {
        List<Object[]> last = jdbc.query("SELECT to_index, merkle_root FROM ledger_checkpoint ORDER BY from_index DESC "
                + "LIMIT 1", (rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
        long from = last.isEmpty() ? 1 : (Long) last.get(0)[0] + 1;
        byte[] previousRoot = last.isEmpty() ? null : (byte[]) last.get(0)[1];
        if (from > limit) {
            return Optional.empty();
        }
        List<Manifest.Entry> entries = new ArrayList<>();
        String index = "e." + EventTable.GLOBAL_INDEX;
        jdbc.query("SELECT " + EventTable.columns("e.") + ", c.event_hash, c.previous_hash "
                + "FROM " + EventTable.NAME + " e JOIN event_chain c ON c.global_index = " + index
                + " WHERE " + index + " >= ? AND " + index + " <= ? ORDER BY " + index + " LIMIT ?", rs -> {
                    StoredRecord event = EventTable.stored(rs);
                    byte[] chained = rs.getBytes("event_hash");
                    if (!Arrays.equals(EventHash.of(event, rs.getBytes("previous_hash")), chained)) {
                        throw new IllegalStateException("refusing to seal: the stored event at " + event.describe()
                                + " does not match its chain hash (run ops/verify-ledger.sh)");
                    }
                    entries.add(new Manifest.Entry(event.globalIndex(), chained));
            }, from, limit, properties.maxEvents());
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        long to = entries.get(entries.size() - 1).globalIndex();
        CheckpointStatement statement = new CheckpointStatement(from, to, entries.size(), Manifest.root(entries),
                previousRoot, Instant.now(clock).toString());
        byte[] signature = signer.sign(statement.signedBytes());
        try {
            jdbc.update("INSERT INTO ledger_checkpoint (from_index, to_index, event_count, merkle_root, previous_root, "
                            + "created_at, key_id, signature, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    from, to, (long) entries.size(), statement.root(), previousRoot, statement.createdAt(), signer.keyId(),
                    signature, Manifest.pack(entries));
        } catch (DuplicateKeyException sealedByAnotherInstance) {
            status.setRollbackOnly();
            return Optional.empty();
        }
        log.info("ledger checkpoint sealed: global index {}..{} ({} events), root {}", from, to, entries.size(),
                EventHash.hex(statement.root()));
        return Optional.of(new Checkpoint(from, to, entries.size(), EventHash.hex(statement.root()), statement.createdAt(),
                signer.keyId()));
    }
}
