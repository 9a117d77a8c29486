package ir.daftar.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded default's store: a directory of files named by their hash. */
class FileDocumentStoreTest extends DocumentStoreContract {

    private FileDocumentStore store;

    @BeforeEach
    void open() {
        store = new FileDocumentStore(temp.resolve("documents"));
    }

    @Override
    DocumentStore store() {
        return store;
    }

    @Test
    void a_document_is_a_file_named_by_its_hash_and_no_temporary_file_is_left() throws Exception {
        byte[] bytes = random(5000, 4);
        StoredContent content = content(bytes);
        java.nio.file.Path upload = temp.resolve("upload.bin");
        Files.write(upload, bytes);
        store.put(upload, content);
        assertThat(store.bytes(content.sha256())).hasBinaryContent(bytes);
        try (var files = Files.list(store.bytes(content.sha256()).getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming-"));
        }
    }
}
