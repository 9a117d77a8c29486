package ir.daftar.api.it;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;

/**
 * Every answer the integration tests got through {@link ApiClient} in this JVM: method, path (without the query)
 * and status. {@code OpenApiDocumentIT} runs last and fails for a status observed here that the OpenAPI
 * document does not list for its operation.
 */
public final class ObservedResponses {

    public record Observed(HttpMethod method, String path, int status) {
    }

    private static final Set<Observed> SEEN = ConcurrentHashMap.newKeySet();

    private ObservedResponses() {
    }

    static void record(HttpMethod method, String path, int status) {
        int query = path.indexOf('?');
        SEEN.add(new Observed(method, query < 0 ? path : path.substring(0, query), status));
    }

    public static Set<Observed> all() {
        return Set.copyOf(SEEN);
    }
}
