package ir.daftar.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.filing.FreeText.Branch;
import ir.daftar.core.filing.FreeText.Reason;
import ir.daftar.core.filing.FreeText.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The filing's free-text and reference fields validate themselves (A5–A7, A11, A13). */
class FilingValuesTest {

    @Test
    void a_reference_is_letters_digits_dashes_or_slashes_up_to_64() {
        assertThat(new Reference("PAY-1404/000123").value()).isEqualTo("PAY-1404/000123");
        assertThat(Reference.of("receiptNumber", "R".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"PAY 1", "PAY_1", "پرداخت", "<script>"})
    void anything_else_is_not_a_reference_and_the_field_is_named(String value) {
        assertThatThrownBy(() -> Reference.of("paymentReference", value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("paymentReference ");
        assertThatThrownBy(() -> Reference.of("receiptNumber", "R".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_case_number_reads_persian_digits_and_is_bounded_to_40() {
        assertThat(new CaseNumber(" ۱۴۰۵-۷۷ ").value()).isEqualTo("1405-77");
        assertThatThrownBy(() -> new CaseNumber("1".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void free_text_is_normalized_never_blank_and_bounded() {
        assertThat(new Subject("مطالبه وجه چک").value()).isEqualTo("مطالبه وجه چک");
        assertThat(new Subject("ي".repeat(500)).value()).hasSize(500);
        assertThatThrownBy(() -> new Subject("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reason(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reason("x".repeat(1000)).value()).hasSize(1000);
        assertThatThrownBy(() -> new Reason("x".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Branch("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Branch(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signed_form_hash_is_64_hexadecimal_digits_kept_in_lower_case() {
        assertThat(new SignedFormHash("AB".repeat(32)).value()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> new SignedFormHash("ab".repeat(31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignedFormHash("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}
