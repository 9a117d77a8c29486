package ir.daftar.api.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.daftar.core.integrity.CheckpointKeys;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public keys that verify receipts and checkpoints, as published at
 * {@code /.well-known/daftar-keys.json} (ADR 1000): a JWK set (RFC 8037 {@code OKP}/{@code Ed25519}) whose
 * keys also say when they were in force ({@code validFrom}, {@code validUntil}: a retired key has an end) and
 * what they sign ({@code purposes}: {@code receipt}, {@code checkpoint}). A receipt verifies with the key its
 * header names if its issue time falls in that key's period; a retired key keeps verifying what it signed.
 */
public final class PublishedKeys {

    public static final String RECEIPT = "receipt";
    public static final String CHECKPOINT = "checkpoint";
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows it. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** One published key. {@code validFrom} null: since the ledger began; {@code validUntil} null: still in force. */
    public record Key(String kid, PublicKey publicKey, Instant validFrom, Instant validUntil, Set<String> purposes) {
        public Key {
            purposes = Set.copyOf(purposes);
        }

        public static Key of(PublicKey publicKey, Instant validFrom, Instant validUntil, Set<String> purposes) {
            return new Key(CheckpointKeys.keyId(publicKey), publicKey, validFrom, validUntil, purposes);
        }

        public boolean validAt(Instant t) {
            return (validFrom == null || !t.isBefore(validFrom)) && (validUntil == null || t.isBefore(validUntil));
        }

        public boolean retired() {
            return validUntil != null;
        }
    }

    private final List<Key> keys;

    public PublishedKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public List<Key> keys() {
        return keys;
    }

    public Optional<Key> find(String kid, String purpose) {
        return keys.stream().filter(k -> k.kid().equals(kid) && k.purposes().contains(purpose)).findFirst();
    }

    public ObjectNode toJson() {
        ArrayNode list = ReceiptCodec.array();
        for (Key k : keys) {
            ObjectNode j = list.addObject();
            j.put("kty", "OKP").put("crv", "Ed25519").put("alg", ReceiptCodec.ALG).put("use", "sig").put("kid", k.kid())
                    .put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(raw(k.publicKey())));
            if (k.validFrom() != null) {
                j.put("validFrom", k.validFrom().toString());
            }
            if (k.validUntil() != null) {
                j.put("validUntil", k.validUntil().toString());
            }
            ArrayNode p = j.putArray("purposes");
            new TreeSet<>(k.purposes()).forEach(p::add);
        }
        ObjectNode root = ReceiptCodec.object();
        root.put("issuer", "daftar");
        root.set("keys", list);
        return root;
    }

    public static PublishedKeys parse(String json) {
        JsonNode root;
        try {
            root = ReceiptCodec.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the key set is not JSON: " + e.getMessage());
        }
        if (root == null || !root.path("keys").isArray()) {
            throw new IllegalArgumentException("the key set has no \"keys\" array");
        }
        List<Key> keys = new ArrayList<>();
        for (JsonNode j : root.get("keys")) {
            if (!"OKP".equals(j.path("kty").asText()) || !"Ed25519".equals(j.path("crv").asText())) {
                continue; // keys of other kinds are not ours to judge
            }
            PublicKey key = fromRaw(Base64.getUrlDecoder().decode(j.path("x").asText()));
            Set<String> purposes = new TreeSet<>();
            j.path("purposes").forEach(p -> purposes.add(p.asText()));
            Key k = Key.of(key, instant(j, "validFrom"), instant(j, "validUntil"), purposes);
            if (j.hasNonNull("kid") && !j.get("kid").asText().equals(k.kid())) {
                throw new IllegalArgumentException("key " + j.get("kid").asText() + ": its kid is not the id of its key ("
                        + k.kid() + ")");
            }
            keys.add(k);
        }
        return new PublishedKeys(keys);
    }

    private static Instant instant(JsonNode j, String field) {
        return j.hasNonNull(field) ? Instant.parse(j.get(field).asText()) : null;
    }

    static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    static PublicKey fromRaw(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
        }
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
        return CheckpointKeys.publicKey(Base64.getEncoder().encodeToString(der));
    }
}
