package ir.daftar.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The canonical form, the Merkle root and the checkpoint signature that writer and verifier share. */
class IntegrityTest {

    static final StoredRecord EVENT = new StoredRecord(7, "e-1", "f-1", 3, "Filing", "2026-01-01T10:00:00Z",
            "ir.daftar.core.filing.FilingEvent$FilingStarted", "1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
            "{\"actorId\":\"x\"}".getBytes(StandardCharsets.UTF_8));

    @Nested
    class EventHashes {

        @Test
        void every_stored_field_and_the_previous_hash_change_the_hash() {
            List<UnaryOperator<StoredRecord>> changes = List.of(
                    e -> new StoredRecord(e.globalIndex(), "e-2", e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), "f-2", e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), 4, e.aggregateType(),
                            e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), null,
                            e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            "2026-01-01T10:00:01Z", e.payloadType(), e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), "Other", e.payloadRevision(), e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), e.payloadType(), "2", e.payload(), e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), e.payloadType(), e.payloadRevision(), "{\"a\":2}".getBytes(StandardCharsets.UTF_8),
                            e.metaData()),
                    e -> new StoredRecord(e.globalIndex(), e.eventId(), e.aggregateId(), e.sequenceNumber(), e.aggregateType(),
                            e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), null));
            Set<String> hashes = new HashSet<>();
            hashes.add(EventHash.hex(EventHash.of(EVENT, EventHash.GENESIS)));
            for (UnaryOperator<StoredRecord> change : changes) {
                hashes.add(EventHash.hex(EventHash.of(change.apply(EVENT), EventHash.GENESIS)));
            }
            byte[] otherPrevious = new byte[32];
            otherPrevious[31] = 1;
            hashes.add(EventHash.hex(EventHash.of(EVENT, otherPrevious)));
            assertThat(hashes).hasSize(changes.size() + 2);
        }

        @Test
        void the_global_index_is_not_part_of_the_event_hash_but_of_its_merkle_leaf() {
            StoredRecord moved = new StoredRecord(8, EVENT.eventId(), EVENT.aggregateId(), EVENT.sequenceNumber(),
                    EVENT.aggregateType(), EVENT.timestamp(), EVENT.payloadType(), EVENT.payloadRevision(), EVENT.payload(),
                    EVENT.metaData());
            byte[] hash = EventHash.of(EVENT, EventHash.GENESIS);
            assertThat(EventHash.of(moved, EventHash.GENESIS)).isEqualTo(hash);
            assertThat(MerkleTree.leaf(7, hash)).isNotEqualTo(MerkleTree.leaf(8, hash));
        }

        @Test
        void the_hash_is_sha256_of_the_canonical_form() throws Exception {
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(EventHash.canonicalForm(EVENT, EventHash.GENESIS));
            assertThat(EventHash.of(EVENT, EventHash.GENESIS)).isEqualTo(expected);
        }
    }

    @Nested
    class MerkleRoots {

        @Test
        void the_root_is_the_rfc_6962_tree_hash_for_every_size() {
            List<byte[]> leaves = new ArrayList<>();
            for (int n = 1; n <= 40; n++) {
                leaves.add(MerkleTree.leaf(n, EventHash.of(EVENT, EventHash.GENESIS)));
                assertThat(MerkleTree.root(leaves)).as("n=%d", n).isEqualTo(rfc6962(leaves));
            }
        }

        private byte[] rfc6962(List<byte[]> leaves) {
            if (leaves.size() == 1) {
                return leaves.get(0);
            }
            int k = Integer.highestOneBit(leaves.size() - 1);
            return MerkleTree.node(rfc6962(leaves.subList(0, k)), rfc6962(leaves.subList(k, leaves.size())));
        }

        @Test
        void a_manifest_round_trips_and_any_change_changes_the_root() {
            List<Manifest.Entry> entries = List.of(new Manifest.Entry(1, new byte[32]), new Manifest.Entry(2, filled(7)),
                    new Manifest.Entry(5, filled(9)));
            assertThat(Manifest.unpack(Manifest.pack(entries))).isEqualTo(entries);
            List<Manifest.Entry> swapped = List.of(entries.get(1), entries.get(0), entries.get(2));
            assertThat(Manifest.root(swapped)).isNotEqualTo(Manifest.root(entries));
            assertThat(Manifest.root(entries.subList(0, 2))).isNotEqualTo(Manifest.root(entries));
        }

        private byte[] filled(int b) {
            byte[] bytes = new byte[32];
            Arrays.fill(bytes, (byte) b);
            return bytes;
        }
    }

    @Test
    void a_checkpoint_signature_verifies_with_its_public_key_only_and_only_for_its_statement() {
        KeyPair keys = CheckpointKeys.generate();
        KeyPair other = CheckpointKeys.generate();
        CheckpointStatement statement = new CheckpointStatement(1, 10, 10, new byte[32], null, "2026-01-01T00:00:00Z");
        byte[] signature = CheckpointKeys.sign(keys.getPrivate(), statement.signedBytes());
        java.security.PublicKey publicKey = CheckpointKeys.publicKey(CheckpointKeys.encode(keys.getPublic()));
        assertThat(CheckpointKeys.verify(publicKey, statement.signedBytes(), signature)).isTrue();
        assertThat(CheckpointKeys.verify(other.getPublic(), statement.signedBytes(), signature)).isFalse();
        CheckpointStatement widened = new CheckpointStatement(1, 11, 11, new byte[32], null, statement.createdAt());
        assertThat(CheckpointKeys.verify(publicKey, widened.signedBytes(), signature)).isFalse();
    }

}
