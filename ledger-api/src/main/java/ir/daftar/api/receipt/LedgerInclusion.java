package ir.daftar.api.receipt;

import ir.daftar.core.integrity.CheckpointKeys;
import ir.daftar.core.integrity.CheckpointStatement;
import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.Manifest;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.projections.store.EventTable;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Given database access, proves that the events a receipt names are in the sealed ledger (ADR 1000, ADR 0300):
 * for each, the event stored at that global index has that id and its stored bytes still hash (with the
 * predecessor hash of its chain link) to the receipt's chain hash, and a checkpoint whose Ed25519 signature
 * verifies with a published checkpoint key covers that index with a manifest whose Merkle root is the signed
 * root and which holds (index, hash). Plain JDBC on the caller's connection: the server and the offline command
 * run the same code.
 */
public final class LedgerInclusion {

    public enum Outcome {
        /** Every event is in the ledger, unchanged, under a valid signed checkpoint. */
        INCLUDED,
        /** The events are in the ledger and unchanged, but no checkpoint covers some of them yet. */
        UNSEALED,
        /** An event is missing, changed, or its checkpoint is not valid. */
        NOT_INCLUDED
    }

    public record Result(Outcome outcome, String detail) {
    }

    private LedgerInclusion() {
    }

    public static Result check(Connection c, List<ReceiptVerifier.EventRef> events, PublishedKeys keys) throws SQLException {
        List<String> unsealed = new ArrayList<>();
        for (ReceiptVerifier.EventRef ref : events) {
            Optional<StoredRecord> stored = storedAt(c, ref.globalIndex());
            if (stored.isEmpty() || !stored.get().eventId().equals(ref.eventId())) {
                return new Result(Outcome.NOT_INCLUDED, "event " + ref.eventId() + " is not at global index "
                        + ref.globalIndex() + " (deleted or moved)");
            }
            byte[] previous = previousHash(c, ref.globalIndex());
            byte[] expected = HexFormat.of().parseHex(ref.chainHash());
            if (previous == null || !Arrays.equals(EventHash.of(stored.get(), previous), expected)) {
                return new Result(Outcome.NOT_INCLUDED, "the stored event at global index " + ref.globalIndex()
                        + " (event id " + ref.eventId() + ") no longer hashes to the receipt's chain hash: it was altered");
            }
            String sealProblem = sealProblem(c, ref.globalIndex(), expected, keys);
            if (sealProblem == null) {
                continue;
            }
            if (sealProblem.isEmpty()) {
                unsealed.add(String.valueOf(ref.globalIndex()));
            } else {
                return new Result(Outcome.NOT_INCLUDED, sealProblem);
            }
        }
        if (!unsealed.isEmpty()) {
            return new Result(Outcome.UNSEALED, "unchanged, but no checkpoint seals global index "
                    + String.join(", ", unsealed) + " yet");
        }
        return new Result(Outcome.INCLUDED, events.size() + " events unchanged and sealed in signed checkpoints");
    }

    private static Optional<StoredRecord> storedAt(Connection c, long globalIndex) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + EventTable.COLUMNS + " FROM " + EventTable.NAME
                + " WHERE " + EventTable.GLOBAL_INDEX + " = ?")) {
            s.setLong(1, globalIndex);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(EventTable.stored(rs)) : Optional.empty();
            }
        }
    }

    private static byte[] previousHash(Connection c, long globalIndex) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT previous_hash FROM event_chain WHERE global_index = ?")) {
            s.setLong(1, globalIndex);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** null: sealed and valid; "": no checkpoint covers it yet; otherwise what is wrong. */
    private static String sealProblem(Connection c, long globalIndex, byte[] hash, PublishedKeys keys) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT from_index, to_index, event_count, merkle_root, previous_root, "
                + "created_at, key_id, signature, manifest FROM ledger_checkpoint WHERE from_index <= ? AND to_index >= ?")) {
            s.setLong(1, globalIndex);
            s.setLong(2, globalIndex);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                long from = rs.getLong(1);
                long to = rs.getLong(2);
                String where = "the checkpoint over global index " + from + ".." + to;
                String keyId = rs.getString(7);
                Optional<PublishedKeys.Key> key = keys.find(keyId, PublishedKeys.CHECKPOINT);
                if (key.isEmpty()) {
                    return where + " is signed by key " + keyId + ", which is not a published checkpoint key";
                }
                CheckpointStatement statement = new CheckpointStatement(from, to, rs.getLong(3), rs.getBytes(4),
                        rs.getBytes(5), rs.getString(6));
                PublicKey pk = key.get().publicKey();
                if (!CheckpointKeys.verify(pk, statement.signedBytes(), rs.getBytes(8))) {
                    return where + ": its signature does not verify";
                }
                List<Manifest.Entry> entries = Manifest.unpack(rs.getBytes(9));
                if (!Arrays.equals(Manifest.root(entries), statement.root())) {
                    return where + ": its manifest does not match its signed Merkle root";
                }
                if (!entries.contains(new Manifest.Entry(globalIndex, hash))) {
                    return where + " does not seal this event with the receipt's chain hash at global index " + globalIndex;
                }
                return null;
            }
        }
    }
}
