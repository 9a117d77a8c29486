package ir.daftar.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The INSTREAM client against the clamd that ops/dev/ensure-clamav.sh starts (ops/test.sh runs it first; on a
 * machine without it the tests that need it are skipped, saying so), and the intake's policy when clamd is down.
 */
class ClamdScannerTest {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final ClamdScanner clamd = new ClamdScanner("127.0.0.1", 3310, Duration.ofSeconds(30));

    @Test
    void clamd_finds_the_eicar_file_and_passes_a_clean_one() throws Exception {
        Assumptions.assumeTrue(clamd.ping(), "clamd is not running on 127.0.0.1:3310 (ops/dev/ensure-clamav.sh)");
        ClamdScanner.Verdict infected = clamd.scan(new ByteArrayInputStream(EICAR.getBytes(StandardCharsets.US_ASCII)));
        assertThat(infected).isInstanceOf(ClamdScanner.Verdict.Infected.class);
        assertThat(((ClamdScanner.Verdict.Infected) infected).signature()).contains("Eicar-Test-Signature");
        // more than one INSTREAM chunk
        byte[] clean = new byte[200_000];
        assertThat(clamd.scan(new ByteArrayInputStream(clean))).isInstanceOf(ClamdScanner.Verdict.Clean.class);
    }

    @Test
    void a_scanner_that_does_not_answer_is_unavailable_and_the_intake_refuses_or_accepts_by_configuration(
            @TempDir Path dir) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ClamdScanner down = new ClamdScanner("127.0.0.1", closed, Duration.ofSeconds(2));
        assertThat(down.ping()).isFalse();
        assertThatThrownBy(() -> down.scan(new ByteArrayInputStream(new byte[10])))
                .isInstanceOf(ClamdScanner.Unavailable.class);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        FileDocumentStore store = new FileDocumentStore(dir.resolve("store"));
        DocumentIntake refusing = new DocumentIntake(store, down, DocumentIntake.WhenScannerDown.REFUSE, 1 << 20,
                Clock.systemUTC(), new SimpleMeterRegistry());
        assertThatThrownBy(() -> refusing.receive(new ByteArrayInputStream(png), 1))
                .isInstanceOf(DocumentIntake.ScannerUnavailable.class);
        DocumentIntake accepting = new DocumentIntake(store, down, DocumentIntake.WhenScannerDown.ACCEPT, 1 << 20,
                Clock.systemUTC(), new SimpleMeterRegistry());
        try (DocumentIntake.Received r = accepting.receive(new ByteArrayInputStream(png), 1)) {
            assertThat(r.content().mediaType()).isEqualTo("image/png");
            assertThat(Files.size(r.file())).isEqualTo(png.length);
        }
    }
}
