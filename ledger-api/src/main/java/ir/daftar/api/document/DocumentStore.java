package ir.daftar.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A5/A6: the documents' bytes, kept beside the ledger and addressed by their SHA-256 (the hash the
 * {@code DocumentDigitized} event names). Content is immutable: the same bytes are kept once, whichever
 * filings name them, and are never changed. The store does not check what it returns; {@link DocumentReader}
 * checks it against the ledger's hash. Implementations: {@link JdbcDocumentStore} (PostgreSQL, the
 * default there), {@link FileDocumentStore} (a directory, the embedded default's).
 */
public interface DocumentStore {

    /**
     * Keeps the file's bytes under {@code content.sha256()} (already computed by the caller from the same
     * file). Durable when it returns. Returns false when the content was already there (nothing written).
     */
    boolean put(Path file, StoredContent content) throws IOException;

    /** What is kept of this content, if any. */
    Optional<StoredContent> find(String sha256);

    /** The bytes from {@code offset}, at most {@code length} of them, as kept (unchecked). */
    InputStream open(String sha256, long offset, long length) throws IOException;

    /**
     * Removes content that this request has just put and no event names (the command that was to name it
     * was refused). Never used on content an event names.
     */
    void forget(String sha256) throws IOException;

    /** A short name for the health and the logs: {@code jdbc}, {@code file}. */
    String kind();
}
