package ir.daftar.api.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The receipt's wire form (ADR 1000): a JWS in compact serialization, {@code header.payload.signature},
 * each part base64url without padding; the header is {@code {"alg":"EdDSA","kid":...,"typ":"daftar-receipt"}}
 * and the payload is canonical JSON (object keys sorted by code point, no white space, UTF-8, integers and
 * strings only), so the same facts always make the same bytes. Decoding is strict: every part must be the
 * canonical base64url of its bytes and the JSON must be canonical, so a changed character can never decode
 * to the same signed bytes.
 */
public final class ReceiptCodec {

    public static final String ALG = "EdDSA";
    public static final String TYP = "daftar-receipt";
    /** Longer than any receipt this ledger makes; the QR code holds about 2,900 characters at most. */
    public static final int MAX_LENGTH = 4096;

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** The three decoded parts of a compact receipt, and the exact bytes the signature covers. */
    public record Parts(JsonNode header, JsonNode payload, byte[] signingInput, byte[] signature) {
        public String keyId() {
            return header.path("kid").asText(null);
        }
    }

    /** Why a text is not a receipt at all (before any signature is checked). */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    private ReceiptCodec() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Canonical JSON: keys sorted by code point at every level, no white space. */
    public static byte[] canonical(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo); // UTF-16 order equals code point order for the ASCII keys we use
            ObjectNode out = object();
            for (String n : names) {
                JsonNode value = node.get(n);
                if (!value.isNull()) {
                    out.set(n, sorted(value));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = array();
            node.forEach(e -> out.add(sorted(e)));
            return out;
        }
        if (node.isFloatingPointNumber()) {
            throw new IllegalArgumentException("receipts carry integers only");
        }
        return node;
    }

    /** The JWS signing input for a header and payload: ASCII of {@code b64(header) "." b64(payload)}. */
    public static String signingInput(String keyId, JsonNode payload) {
        ObjectNode header = object().put("alg", ALG).put("kid", keyId).put("typ", TYP);
        return B64.encodeToString(canonical(header)) + "." + B64.encodeToString(canonical(payload));
    }

    public static String compact(String signingInput, byte[] signature) {
        return signingInput + "." + B64.encodeToString(signature);
    }

    /** Splits and decodes a compact receipt, strictly. */
    public static Parts decode(String text) throws Malformed {
        if (text == null) {
            throw new Malformed("no receipt given");
        }
        String t = text.strip();
        if (t.isEmpty()) {
            throw new Malformed("no receipt given");
        }
        if (t.length() > MAX_LENGTH) {
            throw new Malformed("longer than any receipt (" + MAX_LENGTH + " characters)");
        }
        String[] parts = t.split("\\.", -1);
        if (parts.length != 3) {
            throw new Malformed("a receipt has three parts separated by dots");
        }
        byte[] header = part(parts[0], "header");
        byte[] payload = part(parts[1], "payload");
        byte[] signature = part(parts[2], "signature");
        JsonNode h = json(header, "header");
        JsonNode p = json(payload, "payload");
        if (!ALG.equals(h.path("alg").asText()) || !TYP.equals(h.path("typ").asText()) || !h.path("kid").isTextual()
                || h.size() != 3) {
            throw new Malformed("the header is not a Daftar receipt header (alg EdDSA, typ daftar-receipt, kid)");
        }
        if (signature.length != 64) {
            throw new Malformed("an Ed25519 signature is 64 bytes");
        }
        return new Parts(h, p, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature);
    }

    private static byte[] part(String encoded, String name) throws Malformed {
        byte[] bytes;
        try {
            bytes = B64D.decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new Malformed("the " + name + " is not base64url");
        }
        if (!B64.encodeToString(bytes).equals(encoded)) { // unused bits set, padding: not the canonical text
            throw new Malformed("the " + name + " is not canonical base64url");
        }
        return bytes;
    }

    private static JsonNode json(byte[] bytes, String name) throws Malformed {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new Malformed("the " + name + " is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Malformed("the " + name + " is not a JSON object");
        }
        if (!java.util.Arrays.equals(canonical(node), bytes)) {
            throw new Malformed("the " + name + " is not canonical JSON");
        }
        return node;
    }

    /** A JSON object's fields as a map, in order (for the pages). */
    public static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
