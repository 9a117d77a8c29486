package ir.daftar.api.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import ir.daftar.core.integrity.CheckpointKeys;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a receipt with the published keys alone, no server and no database (ADR 1000): the text is a
 * well-formed receipt, its key is published for receipts, the issue time falls in that key's period (so a
 * retired key still verifies what it signed while in force), and the Ed25519 signature holds over the exact
 * bytes. Whether the events it names are in the sealed ledger is {@link LedgerInclusion}'s question.
 */
public final class ReceiptVerifier {

    /** Why a receipt is or is not valid; stable codes for the API and the pages' messages. */
    public enum Reason {
        VALID, MALFORMED, UNKNOWN_KEY, KEY_NOT_IN_FORCE, BAD_SIGNATURE, BAD_STATEMENT
    }

    /** One event a receipt rests on: its id, global index and chain hash (ADR 0300). */
    public record EventRef(String eventId, long globalIndex, String chainHash) {
    }

    public record Verdict(Reason reason, String detail, String keyId, JsonNode statement) {
        public boolean valid() {
            return reason == Reason.VALID;
        }

        public Optional<Instant> issuedAt() {
            return statement == null ? Optional.empty() : Optional.of(Instant.parse(statement.get("iat").asText()));
        }

        public List<EventRef> events() {
            return statement == null ? List.of() : ReceiptVerifier.events(statement);
        }
    }

    private ReceiptVerifier() {
    }

    public static Verdict verify(String text, PublishedKeys keys) {
        ReceiptCodec.Parts parts;
        try {
            parts = ReceiptCodec.decode(text);
        } catch (ReceiptCodec.Malformed e) {
            return new Verdict(Reason.MALFORMED, e.getMessage(), null, null);
        }
        String kid = parts.keyId();
        Optional<PublishedKeys.Key> key = keys.find(kid, PublishedKeys.RECEIPT);
        if (key.isEmpty()) {
            return new Verdict(Reason.UNKNOWN_KEY, "no published receipt key has the id " + kid, kid, null);
        }
        if (!CheckpointKeys.verify(key.get().publicKey(), parts.signingInput(), parts.signature())) {
            return new Verdict(Reason.BAD_SIGNATURE, "the signature does not verify with key " + kid
                    + ": the receipt was changed or not signed by this key", kid, null);
        }
        String statementProblem = statementProblem(parts.payload());
        if (statementProblem != null) {
            return new Verdict(Reason.BAD_STATEMENT, statementProblem, kid, null);
        }
        Instant issued = Instant.parse(parts.payload().get("iat").asText());
        if (!key.get().validAt(issued)) {
            return new Verdict(Reason.KEY_NOT_IN_FORCE, "key " + kid + " was not in force at the issue time " + issued
                    + " (in force " + (key.get().validFrom() == null ? "from the start" : "from " + key.get().validFrom())
                    + (key.get().validUntil() == null ? "" : " until " + key.get().validUntil()) + ")", kid, null);
        }
        return new Verdict(Reason.VALID, "signed by key " + kid + " at " + issued, kid, parts.payload());
    }

    /** The payload names its version, kind, issue time, at least one event and its facts. */
    private static String statementProblem(JsonNode p) {
        if (p.path("v").asInt() != 1) {
            return "unknown receipt version";
        }
        if (!p.path("kind").isTextual() || !p.path("facts").isObject()) {
            return "the statement has no kind or facts";
        }
        try {
            Instant.parse(p.path("iat").asText());
        } catch (DateTimeParseException e) {
            return "the issue time is not an instant";
        }
        if (!p.path("events").isArray() || p.get("events").isEmpty()) {
            return "the statement names no events";
        }
        for (JsonNode e : p.get("events")) {
            if (!e.path("id").isTextual() || !e.path("index").canConvertToLong() || !e.path("hash").asText().matches("[0-9a-f]{64}")) {
                return "an event reference lacks its id, global index or chain hash";
            }
        }
        return null;
    }

    static List<EventRef> events(JsonNode statement) {
        List<EventRef> refs = new ArrayList<>();
        for (JsonNode e : statement.get("events")) {
            refs.add(new EventRef(e.get("id").asText(), e.get("index").asLong(), e.get("hash").asText()));
        }
        return refs;
    }
}
