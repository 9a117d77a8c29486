package ir.daftar.api.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ir.daftar.core.integrity.CheckpointKeys;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ADR 1000: a receipt verifies with the published keys alone; any changed byte fails; rotation keeps old receipts valid. */
class ReceiptVerifierTest {

    static final KeyPair OLD = CheckpointKeys.generate();
    static final KeyPair NEW = CheckpointKeys.generate();
    static final Instant ROTATED = Instant.parse("2026-06-01T00:00:00Z");

    static String sign(KeyPair pair, Instant iat) {
        ObjectNode statement = ReceiptCodec.object();
        statement.put("v", 1).put("kind", "office-confirmation").put("iat", iat.toString());
        statement.putArray("events").addObject().put("id", "e-1").put("index", 42).put("hash", "ab".repeat(32));
        statement.putObject("facts").put("trackingCode", "4829135702648156").put("office", "OFF-1001")
                .put("applicant", "******3451");
        String input = ReceiptCodec.signingInput(CheckpointKeys.keyId(pair.getPublic()), statement);
        return ReceiptCodec.compact(input, CheckpointKeys.sign(pair.getPrivate(), input.getBytes(StandardCharsets.US_ASCII)));
    }

    static PublishedKeys beforeRotation() {
        return new PublishedKeys(List.of(PublishedKeys.Key.of(OLD.getPublic(), null, null, Set.of(PublishedKeys.RECEIPT))));
    }

    static PublishedKeys afterRotation() {
        return new PublishedKeys(List.of(
                PublishedKeys.Key.of(OLD.getPublic(), null, ROTATED, Set.of(PublishedKeys.RECEIPT)),
                PublishedKeys.Key.of(NEW.getPublic(), ROTATED, null, Set.of(PublishedKeys.RECEIPT))));
    }

    @Test
    void a_receipt_verifies_with_the_published_key_and_states_its_facts() {
        ReceiptVerifier.Verdict v = ReceiptVerifier.verify(sign(OLD, Instant.parse("2026-05-01T10:00:00Z")), beforeRotation());
        assertThat(v.valid()).as(v.detail()).isTrue();
        assertThat(v.statement().path("facts").path("trackingCode").asText()).isEqualTo("4829135702648156");
        assertThat(v.events()).containsExactly(new ReceiptVerifier.EventRef("e-1", 42, "ab".repeat(32)));
    }

    @Test
    void every_single_changed_character_fails() {
        String receipt = sign(OLD, Instant.parse("2026-05-01T10:00:00Z"));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < receipt.length(); i++) {
            char c = receipt.charAt(i);
            char other = c == '.' ? 'A' : alphabet.charAt((alphabet.indexOf(c) + 1) % alphabet.length());
            String changed = receipt.substring(0, i) + other + receipt.substring(i + 1);
            ReceiptVerifier.Verdict v = ReceiptVerifier.verify(changed, beforeRotation());
            assertThat(v.valid()).as("character %d changed from %s to %s", i, c, other).isFalse();
        }
    }

    @Test
    void one_flipped_bit_of_the_payload_fails_the_signature() {
        String receipt = sign(OLD, Instant.parse("2026-05-01T10:00:00Z"));
        String[] parts = receipt.split("\\.");
        byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[1]);
        int at = new String(payload, StandardCharsets.UTF_8).indexOf("4829135702648156");
        payload[at] ^= 0x01; // '4' becomes '5': still canonical JSON, another tracking code
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        ReceiptVerifier.Verdict v = ReceiptVerifier.verify(forged, beforeRotation());
        assertThat(v.reason()).isEqualTo(ReceiptVerifier.Reason.BAD_SIGNATURE);
    }

    @Test
    void a_receipt_signed_with_a_key_since_retired_still_verifies_as_of_its_time() {
        String old = sign(OLD, Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(ReceiptVerifier.verify(old, afterRotation()).valid()).isTrue();
        assertThat(ReceiptVerifier.verify(sign(NEW, Instant.parse("2026-07-01T10:00:00Z")), afterRotation()).valid()).isTrue();
    }

    @Test
    void the_retired_key_cannot_sign_after_its_end_nor_the_new_one_before_its_start() {
        assertThat(ReceiptVerifier.verify(sign(OLD, Instant.parse("2026-07-01T10:00:00Z")), afterRotation()).reason())
                .isEqualTo(ReceiptVerifier.Reason.KEY_NOT_IN_FORCE);
        assertThat(ReceiptVerifier.verify(sign(NEW, Instant.parse("2026-05-01T10:00:00Z")), afterRotation()).reason())
                .isEqualTo(ReceiptVerifier.Reason.KEY_NOT_IN_FORCE);
    }

    @Test
    void an_unpublished_key_and_junk_are_named() {
        KeyPair stranger = CheckpointKeys.generate();
        assertThat(ReceiptVerifier.verify(sign(stranger, Instant.parse("2026-05-01T10:00:00Z")), afterRotation()).reason())
                .isEqualTo(ReceiptVerifier.Reason.UNKNOWN_KEY);
        assertThat(ReceiptVerifier.verify("not a receipt", afterRotation()).reason()).isEqualTo(ReceiptVerifier.Reason.MALFORMED);
        assertThat(ReceiptVerifier.verify("", afterRotation()).reason()).isEqualTo(ReceiptVerifier.Reason.MALFORMED);
    }

    @Test
    void the_key_ring_signs_with_the_key_in_force_and_publishes_both_through_the_json_form() {
        ReceiptProperties properties = new ReceiptProperties(List.of(
                new ReceiptProperties.KeyEntry(CheckpointKeys.encode(OLD.getPublic()), null, null, ROTATED),
                new ReceiptProperties.KeyEntry(CheckpointKeys.encode(NEW.getPublic()), CheckpointKeys.encode(NEW.getPrivate()),
                        ROTATED, null)));
        KeyPair checkpoint = CheckpointKeys.generate();
        ReceiptKeyRing ring = ReceiptKeyRing.of(properties, checkpoint.getPublic(),
                b -> CheckpointKeys.sign(checkpoint.getPrivate(), b));
        assertThat(ring.signingKeyAt(Instant.parse("2026-07-01T00:00:00Z")).orElseThrow().key().kid())
                .isEqualTo(CheckpointKeys.keyId(NEW.getPublic()));
        assertThat(ring.signingKeyAt(Instant.parse("2026-05-01T00:00:00Z"))).isEmpty();
        PublishedKeys reread = PublishedKeys.parse(ring.published().toJson().toString());
        assertThat(reread.find(CheckpointKeys.keyId(OLD.getPublic()), PublishedKeys.RECEIPT).orElseThrow().validUntil())
                .isEqualTo(ROTATED);
        assertThat(reread.find(CheckpointKeys.keyId(checkpoint.getPublic()), PublishedKeys.CHECKPOINT)).isPresent();
        assertThat(reread.find(CheckpointKeys.keyId(checkpoint.getPublic()), PublishedKeys.RECEIPT)).isEmpty();
        String old = sign(OLD, Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(ReceiptVerifier.verify(old, reread).valid()).isTrue();
    }

    @Test
    void masks_keep_enough_to_recognise_and_too_little_to_reach() {
        assertThat(Masks.identifier("0089123451")).isEqualTo("******3451");
        assertThat(Masks.identifier("10380284790")).isEqualTo("*******4790");
        assertThat(Masks.mobile("09121234567")).isEqualTo("0912***4567");
        assertThat(Masks.address("sana:1234567890")).isEqualTo("sana:12******90");
    }
}
