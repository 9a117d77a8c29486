package ir.daftar.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A2: a legal person's 11-digit national id, checked as LegalPersonId's Javadoc describes. */
class LegalPersonIdTest {

    private static final int[] WEIGHTS = {29, 27, 23, 19, 17};

    /** The check digit by the Javadoc's words: d = 10th digit + 2; Σ (digit_i + d) × w_(i mod 5), mod 11, 10 → 0. */
    static int checkDigit(String tenDigits) {
        int d = (tenDigits.charAt(9) - '0') + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += ((tenDigits.charAt(i) - '0') + d) * WEIGHTS[i % 5];
        }
        int r = sum % 11;
        return r == 10 ? 0 : r;
    }

    static String withCheckDigit(String tenDigits) {
        return tenDigits + checkDigit(tenDigits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10380284790", "14007650912", "10100387386", "10861914050"})
    void a2_published_ids_are_valid(String id) {
        assertThat(LegalPersonId.isValid(id)).isTrue();
        assertThat(new LegalPersonId(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1038028479", "1400765091", "1234567890", "9876543210", "1010101010"})
    void a2_an_id_computed_with_the_documented_algorithm_is_valid(String tenDigits) {
        String id = withCheckDigit(tenDigits);

        assertThat(LegalPersonId.isValid(id)).as(id).isTrue();
    }

    @Test
    void a2_every_other_check_digit_is_refused() {
        String valid = withCheckDigit("1234567890");
        for (char d = '0'; d <= '9'; d++) {
            String candidate = valid.substring(0, 10) + d;
            assertThat(LegalPersonId.isValid(candidate)).as(candidate).isEqualTo(candidate.equals(valid));
        }
    }

    @Test
    void a2_flipping_a_digit_makes_a_published_id_invalid() {
        assertThat(LegalPersonId.isValid("10380284790")).isTrue();
        assertThat(LegalPersonId.isValid("10380284780")).isFalse();
        assertThat(LegalPersonId.isValid("10380294790")).isFalse();
        assertThat(LegalPersonId.isValid("20380284790")).isFalse();
        assertThatThrownBy(() -> new LegalPersonId("10380284780")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Differential check: every single-digit change of known ids agrees with the documented algorithm. */
    @Test
    void a2_validity_agrees_with_the_documented_algorithm_for_every_single_digit_change() {
        for (String valid : new String[] {"10380284790", "14007650912"}) {
            for (int i = 0; i < 11; i++) {
                for (char c = '0'; c <= '9'; c++) {
                    String mutated = valid.substring(0, i) + c + valid.substring(i + 1);
                    boolean expected = checkDigit(mutated.substring(0, 10)) == mutated.charAt(10) - '0'
                            && !mutated.substring(3, 9).equals("000000");
                    assertThat(LegalPersonId.isValid(mutated)).as(mutated).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void a2_ids_whose_serial_part_is_all_zeros_are_refused_even_with_a_matching_check_digit() {
        String zeros = withCheckDigit("1030000001");

        assertThat(LegalPersonId.isValid(zeros)).isFalse();
        assertThat(LegalPersonId.isValid("00000000000")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1038028479", "103802847900", "1038028479a", "۱۰۳۸۰۲۸۴۷۹۰"})
    void a2_anything_but_eleven_ascii_digits_is_not_an_id(String id) {
        assertThat(LegalPersonId.isValid(id)).isFalse();
    }

    @Test
    void a2_persian_and_arabic_indic_digits_are_parsed() {
        assertThat(LegalPersonId.parse("۱۰۳۸۰۲۸۴۷۹۰").value()).isEqualTo("10380284790");
        assertThat(LegalPersonId.parse("١٤٠٠٧٦٥٠٩١٢").value()).isEqualTo("14007650912");
        assertThat(LegalPersonId.parse("103-8028-4790").value()).isEqualTo("10380284790");
    }

    @Test
    void the_id_is_masked_when_printed() {
        assertThat(new LegalPersonId("10380284790").toString()).doesNotContain("10380284790").endsWith("4790]");
    }
}
