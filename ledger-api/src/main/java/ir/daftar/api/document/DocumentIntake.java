package ir.daftar.api.document;

import io.micrometer.core.instrument.MeterRegistry;
import ir.daftar.core.common.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * A5/A6: an upload on its way into the store. The bytes go to a temporary file as they arrive, hashed on
 * the way (never all in memory); then, in this order, and with nothing kept if any step refuses: the size
 * limit, the malware scan (ClamAV), the media type by the file's own bytes, the page count read from the
 * file against the one declared. Only then is the content put in the {@link DocumentStore}, before the
 * event that names it is appended.
 */
public class DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    /** What to do when the scanner cannot be reached. */
    public enum WhenScannerDown { REFUSE, ACCEPT }

    /** An upload that passed every check, on disk until {@link #close()}. */
    public record Received(Path file, StoredContent content) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete the upload's temporary file {}", file, e);
            }
        }
    }

    private final DocumentStore store;
    private final ClamdScanner scanner;
    private final WhenScannerDown whenDown;
    private final long maxSize;
    private final Clock clock;
    private final MeterRegistry meters;

    /** {@code scanner} null: uploads are not scanned (the embedded default unless configured). */
    public DocumentIntake(DocumentStore store, ClamdScanner scanner, WhenScannerDown whenDown, long maxSize, Clock clock,
                          MeterRegistry meters) {
        this.store = store;
        this.scanner = scanner;
        this.whenDown = whenDown;
        this.maxSize = maxSize;
        this.clock = clock;
        this.meters = meters;
    }

    public long maxSize() {
        return maxSize;
    }

    /**
     * Reads the upload to a temporary file and checks it; the caller closes the result. Throws
     * {@link DocumentRefused} (nothing kept) for a file that breaks a rule, {@link ScannerUnavailable} when
     * the scan is required and clamd cannot be reached.
     */
    public Received receive(InputStream upload, int declaredPages) throws IOException {
        Path tmp = Files.createTempFile("daftar-upload-", ".bin");
        boolean received = false;
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = upload.read(buf)) > 0; ) {
                    size += n;
                    if (size > maxSize) {
                        throw new DocumentRefused(Rule.A5_DOCUMENT_TOO_LARGE, "file", HttpStatus.PAYLOAD_TOO_LARGE,
                                "larger than " + maxSize + " bytes");
                    }
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                throw new DocumentRefused(Rule.A5_DOCUMENT_TYPE_NOT_ALLOWED, "file", HttpStatus.UNPROCESSABLE_ENTITY,
                        "the file is empty");
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            scan(tmp, hash);
            String type = ContentInspection.sniff(tmp);
            if (type == null) {
                throw new DocumentRefused(Rule.A5_DOCUMENT_TYPE_NOT_ALLOWED, "file", HttpStatus.UNPROCESSABLE_ENTITY,
                        "not a PDF, JPEG, PNG or TIFF file");
            }
            int pages;
            try {
                pages = ContentInspection.pages(tmp, type);
            } catch (IOException | RuntimeException e) {
                throw new DocumentRefused(Rule.A5_DOCUMENT_UNREADABLE, "file", HttpStatus.UNPROCESSABLE_ENTITY,
                        "cannot be read as " + type);
            }
            if (pages != declaredPages) {
                throw new DocumentRefused(Rule.A5_PAGE_COUNT_MISMATCH, "pageCount", HttpStatus.UNPROCESSABLE_ENTITY,
                        "the file has " + pages + " pages, " + declaredPages + " declared");
            }
            Received checked = new Received(tmp, new StoredContent(hash, size, type, pages, clock.instant()));
            received = true;
            return checked;
        } finally {
            if (!received) { // refused, or failed in any way: nothing of the upload stays on disk
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Puts the content in the store (durable when it returns); true when it was not there before. */
    public boolean keep(Received received) throws IOException {
        return store.put(received.file(), received.content());
    }

    /** Takes back content this request kept when the command that was to name it was refused. */
    public void takeBack(Received received) {
        try {
            store.forget(received.content().sha256());
        } catch (IOException | RuntimeException e) {
            log.warn("could not take back document {} after its command was refused", received.content().sha256(), e);
        }
    }

    private void scan(Path file, String hash) {
        if (scanner == null) {
            return;
        }
        ClamdScanner.Verdict verdict;
        try {
            verdict = scanner.scan(file);
        } catch (ClamdScanner.Unavailable e) {
            meters.counter("daftar.documents.scan.unavailable").increment();
            if (whenDown == WhenScannerDown.ACCEPT) {
                log.warn("document {} accepted unscanned: {}", hash, e.getMessage());
                return;
            }
            log.warn("document refused: the malware scanner is unavailable ({})", e.getMessage());
            throw new ScannerUnavailable();
        }
        if (verdict instanceof ClamdScanner.Verdict.Infected infected) {
            meters.counter("daftar.documents.infected").increment();
            log.warn("document {} refused: malware found ({})", hash, infected.signature());
            throw new DocumentRefused(Rule.A5_DOCUMENT_INFECTED, "file", HttpStatus.UNPROCESSABLE_ENTITY,
                    "malware found: " + infected.signature());
        }
    }

    /** The scan is required and clamd cannot be reached: answered 503. */
    public static final class ScannerUnavailable extends RuntimeException {
        ScannerUnavailable() {
            super("the malware scanner is unavailable");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
