package ir.daftar.ops.verify;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.integrity.LedgerCheckpointer;
import ir.daftar.api.it.PostgresIntegrationTest;
import ir.daftar.api.it.PostgresTestDatabase;
import ir.daftar.api.receipt.PublishedKeys;
import ir.daftar.core.integrity.CheckpointKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The offline receipt check (issue 21, ADR 1000) end to end on PostgreSQL: a receipt from the running ledger
 * verifies with the saved key set alone; one changed character fails; with the database it is proved to rest on
 * sealed events, and no longer once one of them is altered; after a key rotation the old receipt still verifies.
 */
class ReceiptCommandIT extends PostgresIntegrationTest {

    @Autowired
    LedgerCheckpointer checkpointer;
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifyReceipt.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    private String[] withDb(String receipt, Path keys) {
        return new String[] {receipt, "--keys", keys.toString(),
                "--db", PostgresTestDatabase.URL + "?currentSchema=" + PostgresTestDatabase.SCHEMA,
                "--user", PostgresTestDatabase.USER, "--password", PostgresTestDatabase.PASSWORD};
    }

    @Test
    void a_receipt_verifies_offline_fails_when_changed_and_proves_its_sealed_events() throws Exception {
        String filingId = api.officeRouteToSubmission("clerk1001", "legal1001")[0];
        String receipt = api.ok("clerk1001", HttpMethod.GET, "/api/v1/filings/" + filingId + "/receipts/office-confirmation",
                null).text("receipt");
        Path keys = dir.resolve("daftar-keys.json");
        Files.writeString(keys, api.ok(null, HttpMethod.GET, "/.well-known/daftar-keys.json", null).body().toString());
        Path file = dir.resolve("receipt.txt");
        Files.writeString(file, receipt + "\n");

        Run offline = command(file.toString(), "--keys", keys.toString());
        assertThat(offline.exit()).as(offline.out()).isZero();
        assertThat(offline.out()).contains("VALID: office-confirmation").contains(filingId);

        int middle = receipt.indexOf('.') + 10;
        String changed = receipt.substring(0, middle) + (receipt.charAt(middle) == 'A' ? 'B' : 'A') + receipt.substring(middle + 1);
        Run tampered = command(changed, "--keys", keys.toString());
        assertThat(tampered.exit()).as(tampered.out()).isEqualTo(2);
        assertThat(tampered.out()).startsWith("INVALID");

        checkpointer.sealUpTo(Long.MAX_VALUE);
        Run sealed = command(withDb(receipt, keys));
        assertThat(sealed.exit()).as(sealed.out()).isZero();
        assertThat(sealed.out()).contains("LEDGER INCLUDED");

        long index = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE '%TrackingCodeIssued'", Long.class, filingId);
        byte[] original = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE global_index = ?", byte[].class,
                index);
        byte[] altered = original.clone();
        altered[altered.length / 2] ^= 0x01;
        jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?", altered, index);
        try {
            Run broken = command(withDb(receipt, keys));
            assertThat(broken.exit()).as(broken.out()).isEqualTo(2);
            assertThat(broken.out()).contains("LEDGER NOT_INCLUDED").contains("global index " + index).contains("altered");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?", original, index);
        }
    }

    @Test
    void after_a_key_rotation_the_old_receipt_still_verifies_and_the_old_key_signs_no_more() throws Exception {
        String filingId = api.officeRouteToSubmission("clerk1001b", "legal1001")[0];
        String receipt = api.ok("clerk1001b", HttpMethod.GET, "/api/v1/filings/" + filingId + "/receipts/office-confirmation",
                null).text("receipt");
        PublishedKeys before = PublishedKeys.parse(api.ok(null, HttpMethod.GET, "/.well-known/daftar-keys.json", null)
                .body().toString());
        Instant rotated = Instant.now().plusSeconds(1);
        List<PublishedKeys.Key> after = new ArrayList<>();
        for (PublishedKeys.Key k : before.keys()) { // the old key retired, a new one in force from then
            after.add(new PublishedKeys.Key(k.kid(), k.publicKey(), k.validFrom(), rotated, k.purposes()));
        }
        after.add(PublishedKeys.Key.of(CheckpointKeys.generate().getPublic(), rotated, null, Set.of(PublishedKeys.RECEIPT)));
        Path keys = dir.resolve("rotated-keys.json");
        Files.writeString(keys, new PublishedKeys(after).toJson().toString());

        Run old = command(receipt, "--keys", keys.toString());
        assertThat(old.exit()).as(old.out()).isZero();

        List<PublishedKeys.Key> retiredBefore = new ArrayList<>();
        for (PublishedKeys.Key k : before.keys()) { // had it been retired before the receipt was signed, it would fail
            retiredBefore.add(new PublishedKeys.Key(k.kid(), k.publicKey(), k.validFrom(), Instant.parse("2020-01-01T00:00:00Z"),
                    k.purposes()));
        }
        Path early = dir.resolve("retired-early.json");
        Files.writeString(early, new PublishedKeys(retiredBefore).toJson().toString());
        Run late = command(receipt, "--keys", early.toString());
        assertThat(late.exit()).as(late.out()).isEqualTo(2);
        assertThat(late.out()).contains("KEY_NOT_IN_FORCE");
    }
}
