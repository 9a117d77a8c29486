package ir.daftar.core.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The canonical form of a stored event and its chain hash:
 * <pre>
 * hash = SHA-256( "daftar-event-v1"
 *                 || field(eventId) || field(aggregateId) || int64(sequenceNumber) || field(aggregateType)
 *                 || field(timestamp) || field(payloadType) || field(payloadRevision)
 *                 || field(payload bytes) || field(metadata bytes) || previousHash[32] )
 * field(x) = int32(length) || bytes (UTF-8 for text), int32(-1) for null
 * </pre>
 * The previous hash is the hash of the event before it in the same aggregate stream, or 32 zero
 * bytes for the first event of a stream. Lengths make the form unambiguous (no two different
 * events share a byte string). Payload and metadata are hashed as the bytes at rest.
 */
public final class EventHash {

    public static final int LENGTH = 32;
    /** The "previous hash" of the first event of every stream. */
    public static final byte[] GENESIS = new byte[LENGTH];
    private static final byte[] DOMAIN = "daftar-event-v1".getBytes(StandardCharsets.US_ASCII);

    private EventHash() {
    }

    public static byte[] of(StoredRecord event, byte[] previousHash) {
        if (previousHash == null || previousHash.length != LENGTH) {
            throw new IllegalArgumentException("previous hash must be 32 bytes");
        }
        MessageDigest sha = sha256();
        write(event, previousHash, sha::update);
        return sha.digest();
    }

    /** The canonical bytes themselves (what {@link #of} digests), for inspection and tests. */
    public static byte[] canonicalForm(StoredRecord event, byte[] previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(event, previousHash, out::writeBytes);
        return out.toByteArray();
    }

    public static String hex(byte[] hash) {
        return hash == null ? "null" : HexFormat.of().formatHex(hash);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The canonical form, piece by piece, to a digest or a buffer: the one place that defines it. */
    private static void write(StoredRecord event, byte[] previousHash, Consumer<byte[]> out) {
        out.accept(DOMAIN);
        text(out, event.eventId());
        text(out, event.aggregateId());
        out.accept(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        text(out, event.aggregateType());
        text(out, event.timestamp());
        text(out, event.payloadType());
        text(out, event.payloadRevision());
        bytes(out, event.payload());
        bytes(out, event.metaData());
        out.accept(previousHash);
    }

    private static void text(Consumer<byte[]> out, String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(Consumer<byte[]> out, byte[] value) {
        if (value == null) {
            out.accept(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        out.accept(ByteBuffer.allocate(4).putInt(value.length).array());
        out.accept(value);
    }
}
