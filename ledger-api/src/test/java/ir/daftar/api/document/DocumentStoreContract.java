package ir.daftar.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every document store does (ADR 0700); one subclass per store. */
abstract class DocumentStoreContract {

    @TempDir
    Path temp;

    abstract DocumentStore store();

    @Test
    void content_put_is_found_by_its_hash_and_read_back_whole_and_in_ranges_across_chunks() throws Exception {
        byte[] bytes = random(2 * JdbcDocumentStore.CHUNK + 12_345, 1);
        StoredContent content = content(bytes);
        assertThat(store().find(content.sha256())).isEmpty();
        assertThat(store().put(file(bytes), content)).isTrue();

        StoredContent found = store().find(content.sha256()).orElseThrow();
        assertThat(found.size()).isEqualTo(bytes.length);
        assertThat(found.mediaType()).isEqualTo("application/pdf");
        assertThat(found.pages()).isEqualTo(3);
        assertThat(found.storedAt()).isEqualTo(content.storedAt());

        assertThat(read(content.sha256(), 0, Long.MAX_VALUE / 2)).isEqualTo(bytes);
        long from = JdbcDocumentStore.CHUNK - 10;
        assertThat(read(content.sha256(), from, 30)).isEqualTo(Arrays.copyOfRange(bytes, (int) from, (int) from + 30));
        assertThat(read(content.sha256(), bytes.length - 5, 100))
                .isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
    }

    @Test
    void the_same_content_is_kept_once() throws Exception {
        byte[] bytes = random(1000, 2);
        StoredContent content = content(bytes);
        assertThat(store().put(file(bytes), content)).isTrue();
        assertThat(store().put(file(bytes), content)).isFalse();
        assertThat(read(content.sha256(), 0, 1000)).isEqualTo(bytes);
    }

    @Test
    void forgotten_content_is_gone_and_missing_content_cannot_be_opened() throws Exception {
        byte[] bytes = random(10, 3);
        StoredContent content = content(bytes);
        store().put(file(bytes), content);
        store().forget(content.sha256());
        assertThat(store().find(content.sha256())).isEmpty();
        assertThatThrownBy(() -> store().open(content.sha256(), 0, 10).readAllBytes()).isInstanceOf(IOException.class);
    }

    private byte[] read(String sha256, long offset, long length) throws IOException {
        try (InputStream in = store().open(sha256, offset, length)) {
            return in.readAllBytes();
        }
    }

    private Path file(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(temp, "upload", ".bin");
        Files.write(f, bytes);
        return f;
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed + System.nanoTime()).nextBytes(b);
        return b;
    }

    static StoredContent content(byte[] bytes) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return new StoredContent(sha, bytes.length, "application/pdf", 3, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
