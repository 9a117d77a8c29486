package ir.daftar.core.integrity;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of a range of the global stream, in the shape of RFC 6962 (Certificate
 * Transparency): a leaf is {@code SHA-256(0x00 || int64(globalIndex) || eventHash)}, an inner node
 * {@code SHA-256(0x01 || left || right)}, and a range of n leaves splits at the largest power of two
 * below n. The leaf binds the event to its position, so moving an event changes the root.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leaf(long globalIndex, byte[] eventHash) {
        MessageDigest sha = EventHash.sha256();
        sha.update((byte) 0x00);
        sha.update(ByteBuffer.allocate(8).putLong(globalIndex).array());
        sha.update(eventHash);
        return sha.digest();
    }

    /** The root over the given leaves, in order; the root of no leaves is SHA-256 of nothing. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return EventHash.sha256().digest();
        }
        // bottom-up, RFC 6962 compatible: pair from the left, carry an odd last node up unchanged
        List<byte[]> level = new ArrayList<>(leaves);
        while (level.size() > 1) {
            List<byte[]> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = EventHash.sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }
}
