package ir.daftar.projections.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How events are stored in the event table's {@code payload} and {@code meta_data} columns: JSON
 * with dates as ISO strings, unknown fields tolerated (older readers of newer events), for the
 * readers of the store outside the application (operators' tools, tests). The application
 * configures its mapper and serializer the same way.
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    /** A new mapper for the ledger's JSON. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Axon's serializer for events and their metadata, on {@link #objectMapper()}. */
    public static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
