package ir.daftar.ops.verify;

import ir.daftar.api.it.PostgresIntegrationTest;
import ir.daftar.api.it.PostgresTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.integrity.LedgerCheckpointer;
import ir.daftar.core.integrity.CheckpointKeys;
import ir.daftar.core.integrity.CheckpointStatement;
import ir.daftar.core.integrity.EventHash;
import ir.daftar.core.integrity.Manifest;
import ir.daftar.core.integrity.StoredRecord;
import ir.daftar.ops.verify.Finding;
import ir.daftar.ops.verify.LedgerVerifier;
import ir.daftar.ops.verify.VerifyLedger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tamper evidence on PostgreSQL (A12, A37): the application chains and seals real events; then an
 * "administrator with database access" changes the tables directly, and the verifier must name the
 * event. Each tampering runs in a transaction that the verifier reads and that is then rolled back,
 * so the shared ledger stays intact for the other tests (one case commits and restores, to run the
 * operator's command end to end).
 */
class LedgerTamperIT extends PostgresIntegrationTest {

    @Autowired
    LedgerCheckpointer checkpointer;

    String filingId;
    Map<Long, Long> globalIndexBySequence;

    @BeforeEach
    void sealedFiling() {
        filingId = api.officeRouteToSubmission("clerk1001", "legal1001")[0];
        checkpointer.sealUpTo(Long.MAX_VALUE);
        globalIndexBySequence = new java.util.HashMap<>();
        jdbc.query("SELECT sequence_number, global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                rs -> {
                    globalIndexBySequence.put(rs.getLong(1), rs.getLong(2));
                }, filingId);
        assertThat(globalIndexBySequence).hasSizeGreaterThan(8);
    }

    @Test
    void an_untouched_ledger_verifies_clean_with_the_operator_command() {
        Run run = operatorCommand();
        assertThat(run.exit).as(run.out).isZero();
        assertThat(run.out).contains("LEDGER INTACT").containsPattern("[\\d,]+ events in [\\d,]+ streams and \\d+ signed "
                + "checkpoints verified");
        long events = eventCount();
        assertThat(run.out).contains(String.format("%,d events", events));
    }

    @Test
    void one_changed_byte_of_one_payload_is_named_by_the_operator_command() throws SQLException {
        long g = globalIndexBySequence.get(3L);
        byte[] original = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE global_index = ?", byte[].class, g);
        byte[] altered = original.clone();
        altered[altered.length / 2] ^= 0x01;
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", altered, g);
        try {
            Run run = operatorCommand();
            assertThat(run.exit).as(run.out).isEqualTo(2);
            assertThat(run.out).contains("TAMPERED: ALTERED: global index " + g + ", aggregate " + filingId + ", sequence 3, "
                    + "event id " + eventId(g));
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", original, g);
        }
        assertThat(operatorCommand().exit).isZero();
    }

    @Test
    void a_deleted_event_is_named_even_when_its_chain_link_is_deleted_too() throws SQLException {
        long g = globalIndexBySequence.get(2L);
        String id = eventId(g);
        Finding onlyEvent = tamperAndVerify("DELETE FROM domain_event_entry WHERE global_index = " + g);
        assertThat(onlyEvent.kind()).isEqualTo(Finding.Kind.DELETED);
        assertThat(onlyEvent.globalIndex()).isEqualTo(g);
        assertThat(onlyEvent.eventId()).isEqualTo(id);

        Finding both = tamperAndVerify("DELETE FROM domain_event_entry WHERE global_index = " + g,
                "DELETE FROM event_chain WHERE global_index = " + g);
        assertThat(both.kind()).isEqualTo(Finding.Kind.DELETED);
        assertThat(both.aggregateId()).isEqualTo(filingId);
        assertThat(both.sequenceNumber()).isEqualTo(2L);
    }

    @Test
    void two_swapped_events_are_named() throws SQLException {
        long g1 = globalIndexBySequence.get(4L);
        long g2 = globalIndexBySequence.get(5L);
        String second = eventId(g2);
        Finding f = tamperAndVerify(
                "UPDATE domain_event_entry SET global_index = -1 WHERE global_index = " + g1,
                "UPDATE domain_event_entry SET global_index = " + g1 + " WHERE global_index = " + g2,
                "UPDATE domain_event_entry SET global_index = " + g2 + " WHERE global_index = -1");
        assertThat(f.kind()).isEqualTo(Finding.Kind.REORDERED);
        assertThat(f.globalIndex()).isEqualTo(g1);
        assertThat(f.eventId()).isEqualTo(second);
        assertThat(f.sequenceNumber()).isEqualTo(5L);
    }

    @Test
    void a_forged_event_with_a_recomputed_hash_is_named_for_lack_of_a_valid_checkpoint_signature() throws SQLException {
        try (Connection c = PostgresTestDatabase.connect()) {
            c.setAutoCommit(false);
            StoredRecord forged = forgeNextEventOf(c, filingId);
            LedgerVerifier.Result unsealed = verify(c);
            assertThat(unsealed.finding()).isPresent();
            assertThat(unsealed.finding().get().kind()).isEqualTo(Finding.Kind.UNSEALED);
            assertThat(unsealed.finding().get().eventId()).isEqualTo(forged.eventId());

            // the forger also seals it, but can only sign with a key of their own
            forgeCheckpoint(c, forged);
            LedgerVerifier.Result resealed = verify(c);
            assertThat(resealed.intact()).isFalse();
            Finding f = resealed.finding().orElseThrow();
            assertThat(f.kind()).isEqualTo(Finding.Kind.CHECKPOINT_INVALID);
            assertThat(f.globalIndex()).isEqualTo(forged.globalIndex());
            assertThat(f.eventId()).isEqualTo(forged.eventId());
            assertThat(f.detail()).contains("signature does not verify");
            c.rollback();
        }
    }

    @Test
    void a_forged_event_slipped_into_a_sealed_range_is_named() throws SQLException {
        try (Connection c = PostgresTestDatabase.connect()) {
            c.setAutoCommit(false);
            long g = globalIndexBySequence.get(1L);
            // copy a real event under a new id at global index 0, before everything sealed
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "SELECT 0, 'forged-0', 'forged-stream', 0, type, time_stamp, payload_type, payload_revision, "
                        + "payload, meta_data FROM domain_event_entry WHERE global_index = " + g);
            }
            StoredRecord forged = read(c, 0);
            insertLink(c, forged, EventHash.GENESIS);
            Finding f = verify(c).finding().orElseThrow();
            c.rollback();
            assertThat(f.kind()).isEqualTo(Finding.Kind.INSERTED);
            assertThat(f.eventId()).isEqualTo("forged-0");
        }
    }

    // --- the attacker's tools and the verifier ---------------------------------------------------------

    private Finding tamperAndVerify(String... statements) throws SQLException {
        try (Connection c = PostgresTestDatabase.connect()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                for (String sql : statements) {
                    assertThat(s.executeUpdate(sql)).as(sql).isPositive();
                }
            }
            LedgerVerifier.Result r = verify(c);
            c.rollback();
            assertThat(r.intact()).as("tampering must be found").isFalse();
            return r.finding().orElseThrow();
        }
    }

    private LedgerVerifier.Result verify(Connection c) throws SQLException {
        return new LedgerVerifier(c, CheckpointKeys.publicKey(checkpointer.publicKey()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0).verify();
    }

    private StoredRecord forgeNextEventOf(Connection c, String aggregateId) throws SQLException {
        long lastSeq = globalIndexBySequence.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        long lastIndex = globalIndexBySequence.get(lastSeq);
        long forgedIndex;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
            rs.next();
            forgedIndex = rs.getLong(1) + 1000;
        }
        try (var s = c.createStatement()) {
            s.executeUpdate("INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                    + "SELECT " + forgedIndex + ", 'forged-event', aggregate_identifier, " + (lastSeq + 1) + ", type, "
                    + "time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                    + "WHERE global_index = " + lastIndex);
        }
        byte[] previous;
        try (PreparedStatement s = c.prepareStatement("SELECT event_hash FROM event_chain WHERE global_index = ?")) {
            s.setLong(1, lastIndex);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                previous = rs.getBytes(1);
            }
        }
        StoredRecord forged = read(c, forgedIndex);
        insertLink(c, forged, previous);
        return forged;
    }

    private void forgeCheckpoint(Connection c, StoredRecord forged) throws SQLException {
        KeyPair attacker = CheckpointKeys.generate();
        long from;
        byte[] previousRoot;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT to_index, merkle_root FROM ledger_checkpoint ORDER BY from_index DESC LIMIT 1")) {
            rs.next();
            from = rs.getLong(1) + 1;
            previousRoot = rs.getBytes(2);
        }
        byte[] hash;
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT event_hash FROM event_chain WHERE global_index = " + forged.globalIndex())) {
            rs.next();
            hash = rs.getBytes(1);
        }
        List<Manifest.Entry> entries = List.of(new Manifest.Entry(forged.globalIndex(), hash));
        CheckpointStatement st = new CheckpointStatement(from, forged.globalIndex(), 1, Manifest.root(entries), previousRoot,
                "2030-01-01T00:00:00Z");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ledger_checkpoint (from_index, to_index, event_count, "
                + "merkle_root, previous_root, created_at, key_id, signature, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, from);
            s.setLong(2, forged.globalIndex());
            s.setLong(3, 1);
            s.setBytes(4, st.root());
            s.setBytes(5, previousRoot);
            s.setString(6, st.createdAt());
            s.setString(7, checkpointer.keyId()); // it even claims to be signed by the real key
            s.setBytes(8, CheckpointKeys.sign(attacker.getPrivate(), st.signedBytes()));
            s.setBytes(9, Manifest.pack(entries));
            s.executeUpdate();
        }
    }

    private static void insertLink(Connection c, StoredRecord e, byte[] previous) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_chain (global_index, event_identifier, "
                + "aggregate_identifier, sequence_number, event_hash, previous_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, e.globalIndex());
            s.setString(2, e.eventId());
            s.setString(3, e.aggregateId());
            s.setLong(4, e.sequenceNumber());
            s.setBytes(5, EventHash.of(e, previous));
            s.setBytes(6, previous);
            s.executeUpdate();
        }
    }

    private static StoredRecord read(Connection c, long globalIndex) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data "
                + "FROM domain_event_entry WHERE global_index = ?")) {
            s.setLong(1, globalIndex);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new StoredRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10));
            }
        }
    }

    private String eventId(long globalIndex) {
        return jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?", String.class,
                globalIndex);
    }

    private record Run(int exit, String out) {
    }

    private Run operatorCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyLedger.run(new String[] {
                "--url", PostgresTestDatabase.URL + "?currentSchema=" + PostgresTestDatabase.SCHEMA,
                "--user", PostgresTestDatabase.USER, "--password", PostgresTestDatabase.PASSWORD,
                "--public-key", checkpointer.publicKey(), "--progress-every", "5"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
