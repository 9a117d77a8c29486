package ir.daftar.api.config.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The mapper for the ledger's own JSON (event payloads, tariffs, request fingerprints, the stored
 * details of a case's history): dates as ISO strings, unknown fields tolerated (older readers of
 * newer events), configured once for the application and the store's readers
 * ({@link ir.daftar.projections.store.LedgerJson}). A bean of its own type rather than an {@link ObjectMapper} bean, so that Spring MVC
 * keeps Boot's mapper with the strict request mapping ({@link StrictJson}) and the problem details.
 */
@Component
public final class LedgerJson {

    private final ObjectMapper mapper = ir.daftar.projections.store.LedgerJson.objectMapper();

    /** The shared mapper: read and write with it, never reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** A mapper of its own, for a user that configures it further (Axon's default typing changes its mapper). */
    public ObjectMapper copy() {
        return ir.daftar.projections.store.LedgerJson.objectMapper();
    }
}
