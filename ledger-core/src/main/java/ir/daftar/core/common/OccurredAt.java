package ir.daftar.core.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.MetaData;

/**
 * A10 bitemporality: an event's timestamp is when it was recorded; when the act itself happened
 * earlier (paper-origin work registered after the fact), the aggregate applies the event with
 * {@link MetaDataKeys#OCCURRED_AT} in its metadata, an ISO-8601 UTC instant.
 */
public final class OccurredAt {

    private OccurredAt() {
    }

    /** The metadata that says when the act happened. */
    public static MetaData metaData(Instant occurredAt) {
        return MetaData.with(MetaDataKeys.OCCURRED_AT, occurredAt.toString());
    }

    /** When the act happened, if the event says so; empty when it happened when it was recorded. */
    public static Optional<Instant> read(Map<String, ?> metaData) {
        Object value = metaData.get(MetaDataKeys.OCCURRED_AT);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.toString()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
