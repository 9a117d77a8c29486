package ir.daftar.ops.verify;

import ir.daftar.core.integrity.CheckpointKeys;
import ir.daftar.core.integrity.CheckpointStatement;
import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.Manifest;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.projections.store.StoredEvents;
import java.io.PrintStream;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies the whole ledger: recomputes every event's hash from its stored bytes and its stream
 * predecessor, compares it with the chain, and compares the global stream with the manifests of
 * the signed checkpoints (whose signatures and Merkle roots are checked first). Reads the event
 * table and the chain as two cursors in global order, so memory holds one entry per stream, not
 * the ledger. Stops at the first problem, which it names.
 */
public final class LedgerVerifier {

    private static final int FETCH = 1000;

    private final Connection connection;
    private final PublicKey publicKey;
    private final PrintStream progress;
    private final long progressEvery;

    public record Result(Optional<Finding> finding, long events, long streams, int checkpoints, long sealedUpTo,
                         long unsealedEvents) {
        public boolean intact() {
            return finding.isEmpty() || !finding.get().isTampering();
        }
    }

    public LedgerVerifier(Connection connection, PublicKey publicKey, PrintStream progress, long progressEvery) {
        this.connection = connection;
        this.publicKey = publicKey;
        this.progress = progress;
        this.progressEvery = progressEvery;
    }

    private record StoredCheckpoint(long from, long to, long count, byte[] root, byte[] previousRoot, String createdAt,
                                    byte[] signature, byte[] manifest) {
    }

    private record Link(long globalIndex, String eventId, String aggregateId, long sequenceNumber, byte[] hash,
                        byte[] previousHash) {
    }

    private record StreamHead(long sequenceNumber, byte[] hash) {
    }

    public Result verify() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        }
        try {
            return run();
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        }
    }

    private Result run() throws SQLException {
        List<StoredCheckpoint> checkpoints = loadCheckpoints();
        Deque<Manifest.Entry> sealed = new ArrayDeque<>();
        int valid = 0;
        long sealedUpTo = 0;
        Finding checkpointProblem = null;
        byte[] previousRoot = null;
        for (StoredCheckpoint cp : checkpoints) {
            String problem = checkpointProblem(cp, sealedUpTo, previousRoot);
            if (problem != null) {
                checkpointProblem = new Finding(Finding.Kind.CHECKPOINT_INVALID, cp.from(), null, null, null,
                        "checkpoint over global index " + cp.from() + ".." + cp.to() + ": " + problem);
                break;
            }
            sealed.addAll(Manifest.unpack(cp.manifest()));
            sealedUpTo = cp.to();
            previousRoot = cp.root();
            valid++;
        }
        progress.printf("checkpoints: %d of %d valid, sealed up to global index %d%n", valid, checkpoints.size(), sealedUpTo);
        if (checkpointProblem != null) {
            progress.println("  " + checkpointProblem.describe());
        }

        Map<String, StreamHead> streams = new HashMap<>();
        long events = 0;
        long unsealed = 0;
        Finding firstUnsealed = null;
        try (StoredEvents.InGlobalOrder er = StoredEvents.inGlobalOrder(connection, FETCH);
             PreparedStatement cs = connection.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, "
                     + "sequence_number, event_hash, previous_hash FROM event_chain ORDER BY global_index")) {
            cs.setFetchSize(FETCH);
            try (ResultSet cr = cs.executeQuery()) {
                StoredRecord e = er.next();
                Link c = nextLink(cr);
                while (e != null || c != null) {
                    if (e == null || (c != null && c.globalIndex() < e.globalIndex())) {
                        return found(new Finding(Finding.Kind.DELETED, c.globalIndex(), c.aggregateId(), c.sequenceNumber(),
                                c.eventId(), "the chain records this event but the event table no longer holds it"),
                                events, streams, valid, sealedUpTo, unsealed);
                    }
                    Link link = c != null && c.globalIndex() == e.globalIndex() ? c : null;
                    StreamHead head = streams.get(e.aggregateId());
                    long expectedSeq = head == null ? 0 : head.sequenceNumber() + 1;
                    if (e.sequenceNumber() != expectedSeq) {
                        return found(outOfOrder(e, expectedSeq), events, streams, valid, sealedUpTo, unsealed);
                    }
                    byte[] previous = head == null ? EventHash.GENESIS : head.hash();
                    byte[] computed = EventHash.of(e, previous);
                    Finding problem = link == null ? inserted(e) : linkProblem(e, link, previous, computed);
                    if (problem == null && e.globalIndex() <= sealedUpTo) {
                        problem = sealProblem(e, computed, sealed);
                    }
                    if (problem != null) {
                        return found(problem, events, streams, valid, sealedUpTo, unsealed);
                    }
                    if (e.globalIndex() > sealedUpTo) {
                        unsealed++;
                        if (firstUnsealed == null) {
                            firstUnsealed = new Finding(Finding.Kind.UNSEALED, e.globalIndex(), e.aggregateId(),
                                    e.sequenceNumber(), e.eventId(), checkpointProblem == null
                                    ? "its chain is intact but no signed checkpoint covers it yet"
                                    : "no valid checkpoint signature covers it");
                        }
                    }
                    streams.put(e.aggregateId(), new StreamHead(e.sequenceNumber(), computed));
                    events++;
                    if (progressEvery > 0 && events % progressEvery == 0) {
                        progress.printf("  verified %,d events (global index %d, %,d streams)%n", events, e.globalIndex(),
                                streams.size());
                    }
                    e = er.next();
                    if (link != null) {
                        c = nextLink(cr);
                    }
                }
            }
        }
        if (!sealed.isEmpty()) {
            Manifest.Entry missing = sealed.peekFirst();
            return found(new Finding(Finding.Kind.DELETED, missing.globalIndex(), null, null, null,
                    "a signed checkpoint seals an event here (hash " + EventHash.hex(missing.eventHash())
                            + ") that is no longer in the ledger"), events, streams, valid, sealedUpTo, unsealed);
        }
        if (checkpointProblem != null) {
            Finding named = firstUnsealed == null ? checkpointProblem : new Finding(Finding.Kind.CHECKPOINT_INVALID,
                    firstUnsealed.globalIndex(), firstUnsealed.aggregateId(), firstUnsealed.sequenceNumber(),
                    firstUnsealed.eventId(), "first event without a valid checkpoint signature; "
                    + checkpointProblem.detail());
            return found(named, events, streams, valid, sealedUpTo, unsealed);
        }
        return new Result(Optional.ofNullable(firstUnsealed), events, streams.size(), valid, sealedUpTo, unsealed);
    }

    private Result found(Finding f, long events, Map<String, StreamHead> streams, int checkpoints, long sealedUpTo,
                         long unsealed) {
        return new Result(Optional.of(f), events, streams.size(), checkpoints, sealedUpTo, unsealed);
    }

    private String checkpointProblem(StoredCheckpoint cp, long sealedUpTo, byte[] previousRoot) {
        CheckpointStatement statement;
        try {
            statement = new CheckpointStatement(cp.from(), cp.to(), cp.count(), cp.root(), cp.previousRoot(), cp.createdAt());
        } catch (IllegalArgumentException e) {
            return "malformed (" + e.getMessage() + ")";
        }
        if (!CheckpointKeys.verify(publicKey, statement.signedBytes(), cp.signature())) {
            return "signature does not verify with the given public key";
        }
        if (cp.from() != sealedUpTo + 1) {
            return "does not start where the previous checkpoint ended (" + (sealedUpTo + 1) + ")";
        }
        if (!Arrays.equals(previousRoot, cp.previousRoot())) {
            return "does not name the previous checkpoint's root";
        }
        List<Manifest.Entry> entries;
        try {
            entries = Manifest.unpack(cp.manifest());
        } catch (IllegalArgumentException e) {
            return "manifest is damaged";
        }
        if (entries.size() != cp.count() || !Arrays.equals(Manifest.root(entries), cp.root())) {
            return "manifest does not match the signed Merkle root";
        }
        long last = cp.from() - 1;
        for (Manifest.Entry entry : entries) {
            if (entry.globalIndex() <= last || entry.globalIndex() > cp.to()) {
                return "manifest is out of order";
            }
            last = entry.globalIndex();
        }
        return null;
    }

    private Finding inserted(StoredRecord e) {
        return new Finding(Finding.Kind.INSERTED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                "the event is not in the chain: it was not written by the ledger");
    }

    private Finding linkProblem(StoredRecord e, Link link, byte[] previous, byte[] computed) throws SQLException {
        if (!link.eventId().equals(e.eventId()) || !link.aggregateId().equals(e.aggregateId())
                || link.sequenceNumber() != e.sequenceNumber()) {
            Optional<Long> chainedAt = chainedIndexOf(e.eventId());
            if (chainedAt.isPresent()) {
                return new Finding(Finding.Kind.REORDERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                        "the event was recorded at global index " + chainedAt.get() + ", not here");
            }
            return new Finding(Finding.Kind.ALTERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                    "the chain holds a different event here (" + link.eventId() + ")");
        }
        if (Arrays.equals(link.hash(), computed) && Arrays.equals(link.previousHash(), previous)) {
            return null;
        }
        if (!Arrays.equals(link.previousHash(), previous) && Arrays.equals(EventHash.of(e, link.previousHash()), link.hash())) {
            return new Finding(Finding.Kind.REORDERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                    "the event no longer follows the event it was chained to in its stream");
        }
        return new Finding(Finding.Kind.ALTERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                "its stored bytes no longer match its chain hash");
    }

    private Finding sealProblem(StoredRecord e, byte[] computed, Deque<Manifest.Entry> sealed) {
        Manifest.Entry expected = sealed.peekFirst();
        if (expected != null && expected.globalIndex() < e.globalIndex()) {
            return new Finding(Finding.Kind.DELETED, expected.globalIndex(), null, null, null,
                    "a signed checkpoint seals an event here (hash " + EventHash.hex(expected.eventHash())
                            + ") that is no longer in the ledger; the next event present is " + e.describe());
        }
        if (expected == null || expected.globalIndex() > e.globalIndex()) {
            return new Finding(Finding.Kind.INSERTED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                    "no signed checkpoint seals an event at this global index");
        }
        sealed.removeFirst();
        if (!Arrays.equals(expected.eventHash(), computed)) {
            boolean movedHere = sealed.stream().anyMatch(other -> Arrays.equals(other.eventHash(), computed));
            return new Finding(movedHere ? Finding.Kind.REORDERED : Finding.Kind.ALTERED, e.globalIndex(), e.aggregateId(),
                    e.sequenceNumber(), e.eventId(), movedHere
                    ? "the signed checkpoint seals this event at a later global index"
                    : "the event differs from the one the signed checkpoint sealed here");
        }
        return null;
    }

    private Finding outOfOrder(StoredRecord e, long expectedSeq) throws SQLException {
        if (e.sequenceNumber() < expectedSeq) {
            return new Finding(Finding.Kind.REORDERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                    "comes after sequence " + (expectedSeq - 1) + " of its stream");
        }
        Optional<Long> laterAt = chainedIndexOf(e.aggregateId(), expectedSeq);
        if (laterAt.isPresent()) {
            return new Finding(Finding.Kind.REORDERED, e.globalIndex(), e.aggregateId(), e.sequenceNumber(), e.eventId(),
                    "comes before sequence " + expectedSeq + " of its stream (found later, at global index " + laterAt.get()
                            + ")");
        }
        return new Finding(Finding.Kind.DELETED, e.globalIndex(), e.aggregateId(), expectedSeq, null,
                "sequence " + expectedSeq + (e.sequenceNumber() - 1 > expectedSeq ? ".." + (e.sequenceNumber() - 1) : "")
                        + " of this stream is missing before " + e.describe());
    }

    private Optional<Long> chainedIndexOf(String eventId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT global_index FROM event_chain WHERE event_identifier = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private Optional<Long> chainedIndexOf(String aggregateId, long sequenceNumber) throws SQLException {
        return StoredEvents.globalIndexOf(connection, aggregateId, sequenceNumber);
    }

    private List<StoredCheckpoint> loadCheckpoints() throws SQLException {
        List<StoredCheckpoint> all = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT from_index, to_index, event_count, merkle_root, "
                + "previous_root, created_at, signature, manifest FROM ledger_checkpoint ORDER BY from_index");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                all.add(new StoredCheckpoint(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4), rs.getBytes(5),
                        rs.getString(6), rs.getBytes(7), rs.getBytes(8)));
            }
        }
        return all;
    }

    private static Link nextLink(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        return new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBytes(5), rs.getBytes(6));
    }
}
