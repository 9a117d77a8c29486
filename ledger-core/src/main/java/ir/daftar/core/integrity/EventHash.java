package ir.daftar.core.integrity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        sha.update(DOMAIN);
        text(sha, event.eventId());
        text(sha, event.aggregateId());
        sha.update(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        text(sha, event.aggregateType());
        text(sha, event.timestamp());
        text(sha, event.payloadType());
        text(sha, event.payloadRevision());
        bytes(sha, event.payload());
        bytes(sha, event.metaData());
        sha.update(previousHash);
        return sha.digest();
    }

    /** The canonical bytes themselves (what {@link #of} digests), for inspection and tests. */
    public static byte[] canonicalForm(StoredRecord event, byte[] previousHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DOMAIN);
        writeText(out, event.eventId());
        writeText(out, event.aggregateId());
        out.writeBytes(ByteBuffer.allocate(8).putLong(event.sequenceNumber()).array());
        writeText(out, event.aggregateType());
        writeText(out, event.timestamp());
        writeText(out, event.payloadType());
        writeText(out, event.payloadRevision());
        writeBytes(out, event.payload());
        writeBytes(out, event.metaData());
        out.writeBytes(previousHash);
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

    private static void text(MessageDigest sha, String value) {
        bytes(sha, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        sha.update(ByteBuffer.allocate(4).putInt(value.length).array());
        sha.update(value);
    }

    private static void writeText(ByteArrayOutputStream out, String value) {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }
}
