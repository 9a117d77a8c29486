package ir.daftar.ops.engines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * The events of the workload, derived from the aggregate id and sequence number alone, so that whoever
 * reads them back can tell what was stored without keeping a copy. An aggregate has eleven events, as a
 * filing's office route has (start, identity, document, ... submission).
 */
public final class SampleEvents {

    /** Events per aggregate: the eleven commands of a filing's office route. */
    public static final int EVENTS_PER_AGGREGATE = 11;
    static final String AGGREGATE_TYPE = "Filing";

    private SampleEvents() {
    }

    public static String newAggregateId() {
        return UUID.randomUUID().toString();
    }

    public static DomainEventMessage<DocumentRecorded> event(String aggregateId, long sequenceNumber) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequenceNumber,
                payload(aggregateId, sequenceNumber), metaData(aggregateId));
    }

    public static DocumentRecorded payload(String aggregateId, long sequenceNumber) {
        String hash = sha256(aggregateId + "/" + sequenceNumber);
        return new DocumentRecorded(aggregateId, (int) sequenceNumber, office(aggregateId),
                "D-" + hash.substring(0, 12), hash, 1 + (int) (sequenceNumber % 7), nationalCode(aggregateId));
    }

    public static MetaData metaData(String aggregateId) {
        return MetaData.from(Map.of("actorId", nationalCode(aggregateId), "actorRole", "OFFICE_CLERK",
                "officeId", office(aggregateId)));
    }

    private static String office(String aggregateId) {
        return "TEH-" + String.format("%04d", Math.floorMod(aggregateId.hashCode(), 40) + 1);
    }

    private static String nationalCode(String aggregateId) {
        return String.format("%010d", Math.floorMod((long) aggregateId.hashCode() * 31, 10_000_000_000L));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
