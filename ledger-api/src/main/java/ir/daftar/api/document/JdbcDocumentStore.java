package ir.daftar.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents in the ledger's own database (V161): one {@code document} row and the bytes in
 * {@code document_chunk} rows of at most {@link #CHUNK} bytes, written in one transaction, so a document is
 * either all there or not at all. Reads fetch one chunk at a time: neither side holds a whole document.
 */
public class JdbcDocumentStore implements DocumentStore {

    /** 1 MiB: small enough to hold one in memory per request, large enough that a row's overhead is nothing. */
    static final int CHUNK = 1 << 20;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcDocumentStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public boolean put(Path file, StoredContent content) throws IOException {
        if (find(content.sha256()).isPresent()) {
            return false;
        }
        long size = Files.size(file);
        int chunks = (int) ((size + CHUNK - 1) / CHUNK);
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                jdbc.update("INSERT INTO document (sha256, size, media_type, pages, chunks, stored_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", content.sha256(), size,
                        content.mediaType(), content.pages(), chunks, Timestamp.from(content.storedAt()));
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] buf = new byte[CHUNK];
                    for (int seq = 0; seq < chunks; seq++) {
                        int n = in.readNBytes(buf, 0, CHUNK);
                        byte[] bytes = n == CHUNK ? buf : java.util.Arrays.copyOf(buf, n);
                        jdbc.update("INSERT INTO document_chunk (sha256, seq, bytes) VALUES (?, ?, ?)",
                                content.sha256(), seq, bytes);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return true;
            }));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false; // the same content, put by a concurrent request: kept once
        }
    }

    @Override
    public Optional<StoredContent> find(String sha256) {
        return jdbc.query("SELECT sha256, size, media_type, pages, stored_at FROM document WHERE sha256 = ?",
                (rs, i) -> new StoredContent(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()), sha256).stream().findFirst();
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        long size = find(sha256).map(StoredContent::size)
                .orElseThrow(() -> new IOException("document " + sha256 + " is missing from the store"));
        return new InputStream() {
            private long position = offset;
            private final long end = Math.min(size, offset + length);
            private byte[] chunk;
            private int chunkSeq = -1;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= end) {
                    return -1;
                }
                int seq = (int) (position / CHUNK);
                if (seq != chunkSeq) {
                    chunk = jdbc.query("SELECT bytes FROM document_chunk WHERE sha256 = ? AND seq = ?",
                            (rs, i) -> rs.getBytes(1), sha256, seq).stream().findFirst().orElse(null);
                    chunkSeq = seq;
                    if (chunk == null) {
                        throw new IOException("document " + sha256 + ": chunk " + seq + " is missing");
                    }
                }
                int at = (int) (position - (long) seq * CHUNK);
                if (at >= chunk.length) {
                    return -1; // shorter than the row says
                }
                int n = (int) Math.min(Math.min(len, chunk.length - at), end - position);
                System.arraycopy(chunk, at, b, off, n);
                position += n;
                return n;
            }
        };
    }

    @Override
    public void forget(String sha256) {
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM document_chunk WHERE sha256 = ?", sha256);
            jdbc.update("DELETE FROM document WHERE sha256 = ?", sha256);
        });
    }

    @Override
    public String kind() {
        return "jdbc";
    }
}
