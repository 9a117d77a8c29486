package ir.daftar.api.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A5/A12: every document an event names is in the store and its bytes hash to the SHA-256 the event
 * names ({@code ops/verify-ledger.sh --documents}). Reads the event table's payloads as they were written
 * (Jackson JSON) for {@code DocumentDigitized} and {@code PaperComplaintRegistered}; each document is
 * read whole from the store, one chunk at a time.
 */
public final class DocumentVerifier {

    /** What was found of one document an event names. */
    public record Finding(String filingId, String documentId, String sha256, State state) {
        public enum State { INTACT, MISSING, ALTERED }

        public String describe() {
            return state + ": document " + documentId + " of filing " + filingId + " (sha256 " + sha256 + ")";
        }
    }

    private static final String DIGITIZED = "ir.daftar.core.filing.FilingEvent$DocumentDigitized";
    private static final String PAPER = "ir.daftar.core.filing.FilingEvent$PaperComplaintRegistered";

    private final JdbcTemplate jdbc;
    private final DocumentStore store;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentVerifier(JdbcTemplate jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Every document named by an event, checked; in the order of the events. */
    public List<Finding> verify() {
        List<Finding> findings = new ArrayList<>();
        jdbc.query("SELECT aggregate_identifier, payload_type, payload FROM domain_event_entry "
                + "WHERE payload_type IN (?, ?) ORDER BY global_index", rs -> {
                    String filingId = rs.getString(1);
                    JsonNode payload;
                    try {
                        payload = json.readTree(rs.getBytes(3));
                    } catch (IOException e) {
                        throw new IllegalStateException("event payload of filing " + filingId + " is not JSON", e);
                    }
                    List<JsonNode> docs = new ArrayList<>();
                    if (DIGITIZED.equals(rs.getString(2))) {
                        docs.add(payload.path("document"));
                    } else {
                        payload.path("documents").forEach(docs::add);
                    }
                    for (JsonNode d : docs) {
                        String hash = d.path("sha256").asText();
                        findings.add(new Finding(filingId, d.path("documentId").asText(), hash, check(hash)));
                    }
                }, DIGITIZED, PAPER);
        return findings;
    }

    private Finding.State check(String sha256) {
        Optional<StoredContent> kept = store.find(sha256);
        if (kept.isEmpty()) {
            return Finding.State.MISSING;
        }
        MessageDigest sha = DocumentIntake.sha256();
        long size = 0;
        try (InputStream in = store.open(sha256, 0, Long.MAX_VALUE / 2)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
            }
        } catch (IOException e) {
            return Finding.State.ALTERED;
        }
        boolean same = HexFormat.of().formatHex(sha.digest()).equals(sha256) && size == kept.get().size();
        return same ? Finding.State.INTACT : Finding.State.ALTERED;
    }
}
