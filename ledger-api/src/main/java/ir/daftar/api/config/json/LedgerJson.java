package ir.daftar.api.config.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

/**
 * The mapper for the ledger's own JSON (event payloads, tariffs, request fingerprints, the stored
 * details of a case's history): dates as ISO strings, unknown fields tolerated (older readers of
 * newer events). A bean of its own type rather than an {@link ObjectMapper} bean, so that Spring MVC
 * keeps Boot's mapper with the strict request mapping ({@link StrictJson}) and the problem details.
 */
@Component
public final class LedgerJson {

    private final ObjectMapper mapper = configure(new ObjectMapper());

    /** The shared mapper: read and write with it, never reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A mapper of its own, for a user that configures it further (Axon's default typing changes its mapper). */
    public ObjectMapper copy() {
        return configure(new ObjectMapper());
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
