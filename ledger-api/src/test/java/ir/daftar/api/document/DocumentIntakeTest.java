package ir.daftar.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import ir.daftar.core.common.Rule;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;

/** What an upload must be (A5/A6): its size, its type by its own bytes, its pages from the file; nothing kept when refused. */
class DocumentIntakeTest {

    @TempDir
    Path dir;

    private DocumentIntake intake(long maxSize) {
        return new DocumentIntake(new FileDocumentStore(dir.resolve("store")), null, DocumentIntake.WhenScannerDown.REFUSE,
                maxSize, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    @Test
    void the_type_is_read_from_the_magic_bytes_not_the_name() {
        assertThat(ContentInspection.sniff("%PDF-1.7".getBytes())).isEqualTo(ContentInspection.PDF);
        assertThat(ContentInspection.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(ContentInspection.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isEqualTo("image/png");
        assertThat(ContentInspection.sniff(new byte[] {'I', 'I', 0x2A, 0})).isEqualTo("image/tiff");
        assertThat(ContentInspection.sniff(new byte[] {'M', 'M', 0, 0x2A})).isEqualTo("image/tiff");
        assertThat(ContentInspection.sniff("<html><body>".getBytes())).isNull();
        assertThat(ContentInspection.sniff("PK\u0003\u0004".getBytes())).isNull();
        assertThat(ContentInspection.sniff(new byte[0])).isNull();
    }

    @Test
    void a_pdf_s_pages_are_counted_and_compared_with_the_declared_count() throws Exception {
        long before = tempFilesLeft();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(pdf);
        }
        try (DocumentIntake.Received r = intake(1 << 20).receive(new ByteArrayInputStream(pdf.toByteArray()), 3)) {
            assertThat(r.content().pages()).isEqualTo(3);
            assertThat(r.content().mediaType()).isEqualTo("application/pdf");
            assertThat(r.content().size()).isEqualTo(pdf.size());
        }
        assertThatThrownBy(() -> intake(1 << 20).receive(new ByteArrayInputStream(pdf.toByteArray()), 2))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.A5_PAGE_COUNT_MISMATCH);
                    assertThat(e.field()).isEqualTo("pageCount");
                    assertThat(e.reason()).contains("3 pages, 2 declared");
                });
        assertThat(tempFilesLeft()).isEqualTo(before);
    }

    @Test
    void a_multi_page_tiff_counts_its_images() throws Exception {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < 2; i++) {
                writer.writeToSequence(new IIOImage(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY), null, null),
                        null);
            }
            writer.endWriteSequence();
        }
        writer.dispose();
        try (DocumentIntake.Received r = intake(1 << 20).receive(new ByteArrayInputStream(tiff.toByteArray()), 2)) {
            assertThat(r.content().mediaType()).isEqualTo("image/tiff");
            assertThat(r.content().pages()).isEqualTo(2);
        }
    }

    @Test
    void a_file_over_the_limit_is_refused_while_it_is_read_and_nothing_is_left() throws Exception {
        long before = tempFilesLeft();
        assertThatThrownBy(() -> intake(1000).receive(new ByteArrayInputStream(new byte[1001]), 1))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.A5_DOCUMENT_TOO_LARGE);
                    assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
                    assertThat(e.field()).isEqualTo("file");
                });
        assertThatThrownBy(() -> intake(1000).receive(new ByteArrayInputStream("%PDF-1.7 garbage".getBytes()), 1))
                .isInstanceOfSatisfying(DocumentRefused.class, e -> assertThat(e.rule()).isEqualTo(Rule.A5_DOCUMENT_UNREADABLE));
        assertThat(tempFilesLeft()).isEqualTo(before);
    }

    @Test
    void the_clamav_health_is_down_when_clamd_does_not_answer() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DocumentConfiguration config = new DocumentConfiguration();
        ClamdScanner down = new ClamdScanner("127.0.0.1", closed, Duration.ofSeconds(1));
        assertThat(config.clamavHealthIndicator(down, true, "refuse").health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(config.clamavHealthIndicator(down, false, "refuse").health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    /** Upload files in the temporary directory (other JVMs' uploads may be there too: compared before and after). */
    private long tempFilesLeft() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("daftar-upload-")).count();
        }
    }
}
