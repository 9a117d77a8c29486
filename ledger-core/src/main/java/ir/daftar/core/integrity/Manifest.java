package ir.daftar.core.integrity;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The list of (global index, event hash) pairs a checkpoint seals, in global order, packed as
 * 40 bytes per event. Its Merkle root is what the checkpoint signs; keeping the list itself lets
 * the verifier name the exact event that was altered, removed, inserted or moved.
 */
public final class Manifest {

    public static final int ENTRY = 8 + EventHash.LENGTH;

    public record Entry(long globalIndex, byte[] eventHash) {
        public byte[] leaf() {
            return MerkleTree.leaf(globalIndex, eventHash);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.globalIndex == globalIndex && Arrays.equals(e.eventHash, eventHash);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(globalIndex) * 31 + Arrays.hashCode(eventHash);
        }
    }

    private Manifest() {
    }

    public static byte[] pack(List<Entry> entries) {
        ByteBuffer out = ByteBuffer.allocate(entries.size() * ENTRY);
        for (Entry e : entries) {
            out.putLong(e.globalIndex()).put(e.eventHash());
        }
        return out.array();
    }

    public static List<Entry> unpack(byte[] packed) {
        if (packed.length % ENTRY != 0) {
            throw new IllegalArgumentException("a manifest is a whole number of 40-byte entries");
        }
        ByteBuffer in = ByteBuffer.wrap(packed);
        List<Entry> entries = new ArrayList<>(packed.length / ENTRY);
        while (in.hasRemaining()) {
            long index = in.getLong();
            byte[] hash = new byte[EventHash.LENGTH];
            in.get(hash);
            entries.add(new Entry(index, hash));
        }
        return entries;
    }

    public static byte[] root(List<Entry> entries) {
        return MerkleTree.root(entries.stream().map(Entry::leaf).toList());
    }
}
