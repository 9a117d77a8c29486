package ir.daftar.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A6: each digitized document records what it is, how many pages, and its content hash. */
class ElectronicDocumentTest {

    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void a6_the_hash_is_kept_in_lower_case_and_the_title_in_persian_letters() {
        ElectronicDocument document = new ElectronicDocument("DOC-1", " تصوير  چك ", 3, HASH.toUpperCase());

        assertThat(document.sha256()).isEqualTo(HASH);
        assertThat(document.title()).isEqualTo("تصویر چک");
        assertThat(document.pageCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void a6_the_page_count_is_between_1_and_10000(int pages) {
        assertThatThrownBy(() -> new ElectronicDocument("DOC-1", "دادخواست", pages, HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g"})
    void a6_the_content_hash_is_a_sha256(String hash) {
        assertThatThrownBy(() -> new ElectronicDocument("DOC-1", "دادخواست", 1, hash))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElectronicDocument("DOC-1", "دادخواست", 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DOC 1", "DOC/1", "سند-۱"})
    void the_document_id_is_letters_digits_and_dashes(String id) {
        assertThatThrownBy(() -> new ElectronicDocument(id, "دادخواست", 1, HASH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_has_a_title() {
        assertThatThrownBy(() -> new ElectronicDocument("DOC-1", "  ", 1, HASH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ElectronicDocument("DOC-1", "ب".repeat(301), 1, HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
