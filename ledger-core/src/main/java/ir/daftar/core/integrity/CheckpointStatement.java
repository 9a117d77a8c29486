package ir.daftar.core.integrity;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a checkpoint signs: "the events of the global stream from {@code fromIndex} to
 * {@code toIndex} (inclusive), {@code eventCount} of them, have this Merkle root, and the checkpoint
 * before this one had that root". Chaining the roots means a checkpoint cannot be dropped from the
 * middle either. The signed bytes are one line of ASCII, so an operator can check a signature by hand.
 */
public record CheckpointStatement(long fromIndex, long toIndex, long eventCount, byte[] root, byte[] previousRoot,
                                  String createdAt) {

    public CheckpointStatement {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(createdAt, "created at");
        if (toIndex < fromIndex) {
            throw new IllegalArgumentException("empty range");
        }
    }

    public byte[] signedBytes() {
        String line = "daftar-checkpoint-v1|" + fromIndex + "|" + toIndex + "|" + eventCount + "|"
                + HexFormat.of().formatHex(root) + "|"
                + (previousRoot == null ? "-" : HexFormat.of().formatHex(previousRoot)) + "|" + createdAt;
        return line.getBytes(StandardCharsets.US_ASCII);
    }
}
