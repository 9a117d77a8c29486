package ir.daftar.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.testing.NationalCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A2: a natural person's 10-digit national code with its check digit. */
class NationalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0499370899", "0084575948", "0012345679", "1234567891", "2270018737", "3712640821"})
    void a2_valid_codes_are_accepted(String code) {
        assertThat(NationalCode.isValid(code)).isTrue();
        assertThat(new NationalCode(code).value()).isEqualTo(code);
    }

    /** The edges of the formula: r = 0 gives 0, r = 1 gives 1, and r = 10 gives 11 − 10 = 1 as well. */
    @ParameterizedTest
    @ValueSource(strings = {"1000000060", "1000000011", "1000000001"})
    void a2_the_check_digit_follows_the_formula_at_its_edges(String code) {
        assertThat(NationalCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0499370898", "0084575940", "0012345678", "1234567890"})
    void a2_a_wrong_check_digit_is_refused(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> new NationalCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a2_every_other_check_digit_of_a_valid_code_is_refused() {
        String valid = "0499370899";
        for (char d = '0'; d <= '9'; d++) {
            String candidate = valid.substring(0, 9) + d;
            assertThat(NationalCode.isValid(candidate)).as(candidate).isEqualTo(d == '9');
        }
    }

    /** Differential check against the regulation's formula, over every single-digit change of known codes. */
    @Test
    void a2_validity_agrees_with_the_published_formula_for_every_single_digit_change() {
        for (String valid : new String[] {"0499370899", "0084575948", "3712640821"}) {
            for (int i = 0; i < 10; i++) {
                for (char d = '0'; d <= '9'; d++) {
                    String mutated = valid.substring(0, i) + d + valid.substring(i + 1);
                    boolean expected = NationalCodes.checksumHolds(mutated) && mutated.chars().distinct().count() > 1;
                    assertThat(NationalCode.isValid(mutated)).as(mutated).isEqualTo(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "2222222222", "5555555555", "9999999999"})
    void a2_codes_of_one_repeated_digit_are_refused_even_when_the_checksum_holds(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
    }

    @Test
    void a2_repeated_digit_codes_do_pass_the_bare_checksum_which_is_why_they_are_refused_separately() {
        assertThat(NationalCodes.checksumHolds("1111111111")).isTrue();
        assertThat(NationalCode.isValid("1111111111")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"049937089", "04993708990", "04993708a9", "۰۴۹۹۳۷۰۸۹۹", "0499-370899"})
    void a2_anything_but_ten_ascii_digits_is_not_a_code(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
    }

    @Test
    void a2_persian_digits_are_parsed() {
        assertThat(NationalCode.parse("۰۰۱۲۳۴۵۶۷۹").value()).isEqualTo("0012345679");
        assertThat(NationalCode.parse("۰۴۹۹۳۷۰۸۹۹").value()).isEqualTo("0499370899");
    }

    @Test
    void a2_arabic_indic_digits_spaces_and_dashes_are_parsed() {
        assertThat(NationalCode.parse("٠٠٨٤٥٧٥٩٤٨").value()).isEqualTo("0084575948");
        assertThat(NationalCode.parse(" 049-937089-9 ").value()).isEqualTo("0499370899");
        assertThat(NationalCode.parse("۰۴۹ ۹۳۷ ۰۸۹۹").value()).isEqualTo("0499370899");
    }

    @Test
    void a2_parsing_still_checks_the_digit() {
        assertThatThrownBy(() -> NationalCode.parse("۰۰۱۲۳۴۵۶۷۸")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NationalCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a12_the_code_is_never_printed_in_full() {
        assertThat(new NationalCode("0499370899").toString()).doesNotContain("0499370899").endsWith("0899]");
    }
}
