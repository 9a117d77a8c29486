package ir.daftar.api.document;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.daftar.core.filing.ElectronicDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A5/A12: a document's bytes on their way out, checked against the hash the ledger's event names. The
 * whole content is read and hashed before the first byte is sent (a full read and a range read alike: a
 * range cannot be checked on its own against a hash of the whole), so a document whose bytes were changed
 * in the store is refused with a 500 naming it instead of being served; each such refusal counts in
 * {@code daftar.documents.hash.mismatch}. Then the bytes asked for are streamed from the store.
 */
public class DocumentReader {

    private static final Logger log = LoggerFactory.getLogger(DocumentReader.class);

    /** The bytes kept are not those the ledger's event names. */
    public static final class HashMismatch extends RuntimeException {
        private final String documentId;

        HashMismatch(String documentId, String message) {
            super(message);
            this.documentId = documentId;
        }

        public String documentId() {
            return documentId;
        }
    }

    /** The event names the document but the store does not have its content (recorded by hash only). */
    public static final class ContentNotKept extends RuntimeException {
        ContentNotKept(String documentId) {
            super("the content of document " + documentId + " is not kept");
        }
    }

    private final DocumentStore store;
    private final Counter mismatches;

    public DocumentReader(DocumentStore store, MeterRegistry meters) {
        this.store = store;
        this.mismatches = Counter.builder("daftar.documents.hash.mismatch")
                .description("Documents whose stored bytes did not match the ledger's hash when read")
                .register(meters);
    }

    /** What is kept under this hash, if anything (not checked: for a list; a read goes through {@link #checked}). */
    public Optional<StoredContent> find(String sha256) {
        return store.find(sha256);
    }

    /** What is kept of the document, checked in full against the ledger's hash; throws when missing or altered. */
    public StoredContent checked(String filingId, ElectronicDocument document) throws IOException {
        StoredContent kept = store.find(document.sha256()).orElseThrow(() -> new ContentNotKept(document.documentId()));
        MessageDigest sha = DocumentIntake.sha256();
        long size = 0;
        try (InputStream in = store.open(document.sha256(), 0, Long.MAX_VALUE / 2)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
            }
        } catch (IOException e) {
            mismatches.increment();
            log.error("document {} of filing {}: its content cannot be read whole: {}", document.documentId(),
                    filingId, e.getMessage());
            throw new HashMismatch(document.documentId(), e.getMessage());
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (!hash.equals(document.sha256()) || size != kept.size()) {
            mismatches.increment();
            log.error("document {} of filing {}: the stored bytes hash to {} ({} bytes), the ledger names {} ({} bytes)",
                    document.documentId(), filingId, hash, size, document.sha256(), kept.size());
            throw new HashMismatch(document.documentId(), "stored bytes do not match the ledger's hash");
        }
        return kept;
    }

    /** Streams {@code length} bytes from {@code offset}, as kept (check first with {@link #checked}). */
    public void copy(String sha256, long offset, long length, OutputStream out) throws IOException {
        try (InputStream in = store.open(sha256, offset, length)) {
            in.transferTo(out);
        }
    }
}
