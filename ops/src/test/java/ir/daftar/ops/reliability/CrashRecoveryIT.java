package ir.daftar.ops.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.it.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: acknowledged means durable, on both stores. The packaged application (built by the
 * ledger-api module before this one) takes concurrent writes from four clients and is killed with
 * {@code SIGKILL} at a random moment, five times, each time started again on the same data; every
 * acknowledged filing start, identity verification, notice deposit and answered status lookup must
 * be in the store, none twice, the projections must show them after catch-up, every queued alert must
 * reach the gateway, {@code SIGTERM} must stop it cleanly, and the ledger must verify. See
 * {@link CrashDrill}; {@code ops/reliability/crash-soak.sh} runs it longer.
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("daftar.crash.kills", 5);
    private static final Path JAR = Path.of("..", "ledger-api", "target", "daftar-app.jar");

    @Test
    void the_embedded_default_keeps_every_acknowledged_write_across_kills(@TempDir Path work) throws Exception {
        assertNothingLostOrDoubled(drill("embedded", work));
    }

    @Test
    void postgresql_keeps_every_acknowledged_write_across_kills(@TempDir Path work) throws Exception {
        assertNothingLostOrDoubled(drill("postgres", work));
    }

    private static void assertNothingLostOrDoubled(CrashDrill.Report report) {
        assertThat(report.failures()).as(String.join("\n", report.lines())).isEmpty();
        assertThat(report.lines()).filteredOn(l -> l.startsWith("kill ")).hasSize(KILLS)
                .allMatch(l -> l.contains("duplicates 0"));
    }

    private static CrashDrill.Report drill(String store, Path work) throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("the packaged application " + JAR.toAbsolutePath()).isTrue();
        return CrashDrill.run(store, JAR, work, KILLS, 4, PostgresTestDatabase.URL, System.out);
    }
}
