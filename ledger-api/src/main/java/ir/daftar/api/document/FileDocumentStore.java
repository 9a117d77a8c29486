package ir.daftar.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The documents in a directory (the embedded default's, under the data directory): each document a file
 * named by its hash ({@code ab/abcd...}) with a small {@code .properties} file beside it for its media type
 * and pages. A write goes to a temporary file in the same directory, is synced to the disk and then moved
 * into place atomically, the properties last: a crash leaves either nothing or the whole document.
 */
public class FileDocumentStore implements DocumentStore {

    private final Path root;

    public FileDocumentStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + root, e);
        }
    }

    @Override
    public boolean put(Path file, StoredContent content) throws IOException {
        if (find(content.sha256()).isPresent()) {
            return false;
        }
        Path dir = root.resolve(content.sha256().substring(0, 2));
        Files.createDirectories(dir);
        Path bytes = dir.resolve(content.sha256());
        Path tmp = Files.createTempFile(dir, ".incoming-", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = in.size();
                for (long at = 0; at < size; ) {
                    at += in.transferTo(at, size - at, out);
                }
                out.force(true);
            }
            move(tmp, bytes);
            Properties p = new Properties();
            p.setProperty("size", Long.toString(content.size()));
            p.setProperty("mediaType", content.mediaType());
            p.setProperty("pages", Integer.toString(content.pages()));
            p.setProperty("storedAt", content.storedAt().toString());
            Path propsTmp = Files.createTempFile(dir, ".incoming-", ".tmp");
            try (OutputStream os = Files.newOutputStream(propsTmp);
                 Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                p.store(w, null);
            }
            try (FileChannel c = FileChannel.open(propsTmp, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            move(propsTmp, meta(content.sha256()));
            syncDirectory(dir);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Optional<StoredContent> find(String sha256) {
        Path meta = meta(sha256);
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new StoredContent(sha256, Long.parseLong(p.getProperty("size")), p.getProperty("mediaType"),
                Integer.parseInt(p.getProperty("pages")), Instant.parse(p.getProperty("storedAt"))));
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        SeekableByteChannel c;
        try {
            c = Files.newByteChannel(bytes(sha256), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new IOException("document " + sha256 + " is missing from the store", e);
        }
        c.position(offset);
        InputStream in = Channels.newInputStream(c);
        return new InputStream() {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    @Override
    public void forget(String sha256) throws IOException {
        Files.deleteIfExists(meta(sha256));
        Files.deleteIfExists(bytes(sha256));
    }

    @Override
    public String kind() {
        return "file";
    }

    /** Where a document's bytes are: for the verifier and the tests. */
    public Path bytes(String sha256) {
        checkHash(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path meta(String sha256) {
        checkHash(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".properties");
    }

    private static void checkHash(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hexadecimal");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened and synced; the files themselves are
        }
    }
}
