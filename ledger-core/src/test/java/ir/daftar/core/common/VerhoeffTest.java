package ir.daftar.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Verhoeff's check digit against published vectors, and its two guarantees. */
class VerhoeffTest {

    /** Wikipedia's worked example and Rosetta Code's vectors. */
    @Example
    void published_check_digits() {
        assertThat(Verhoeff.checkDigit("236")).isEqualTo(3);
        assertThat(Verhoeff.checkDigit("12345")).isEqualTo(1);
        assertThat(Verhoeff.checkDigit("142857")).isEqualTo(0);
        assertThat(Verhoeff.checkDigit("123456789012")).isEqualTo(0);
        // long enough to use every row of the permutation table
        assertThat(Verhoeff.checkDigit("8473643095483728456789")).isEqualTo(2);
    }

    @Example
    void published_numbers_with_their_check_digit_are_valid() {
        assertThat(Verhoeff.isValid("2363")).isTrue();
        assertThat(Verhoeff.isValid("123451")).isTrue();
        assertThat(Verhoeff.isValid("1428570")).isTrue();
        assertThat(Verhoeff.isValid("1234567890120")).isTrue();
        assertThat(Verhoeff.isValid("84736430954837284567892")).isTrue();
    }

    @Example
    void published_numbers_with_a_wrong_check_digit_are_invalid() {
        assertThat(Verhoeff.isValid("2364")).isFalse();
        assertThat(Verhoeff.isValid("123450")).isFalse();
        assertThat(Verhoeff.isValid("1234567890129")).isFalse();
        assertThat(Verhoeff.isValid("84736430954837284567890")).isFalse();
    }

    /** Found by the transposition property: with a wrong permutation table this swap went unnoticed. */
    @Example
    void the_swap_that_exposed_a_wrong_permutation_table_is_detected() {
        String code = "36000" + Verhoeff.checkDigit("36000");

        assertThat(code).isEqualTo("360002");
        assertThat(Verhoeff.isValid(code)).isTrue();
        assertThat(Verhoeff.isValid("630002")).isFalse();
    }

    @Example
    void non_digits_are_invalid() {
        assertThat(Verhoeff.isValid("23a3")).isFalse();
        assertThat(Verhoeff.isValid("۲۳۶۳")).isFalse();
    }

    @Property
    void a_payload_with_its_check_digit_is_valid(@ForAll("payloads") String payload) {
        assertThat(Verhoeff.isValid(payload + Verhoeff.checkDigit(payload))).isTrue();
    }

    @Property
    void exactly_one_check_digit_is_valid(@ForAll("payloads") String payload) {
        int valid = 0;
        for (int d = 0; d <= 9; d++) {
            if (Verhoeff.isValid(payload + d)) {
                valid++;
            }
        }
        assertThat(valid).isEqualTo(1);
    }

    @Property
    void every_single_digit_error_is_detected(@ForAll("payloads") String payload) {
        String code = payload + Verhoeff.checkDigit(payload);
        for (int i = 0; i < code.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != code.charAt(i)) {
                    String wrong = code.substring(0, i) + d + code.substring(i + 1);
                    assertThat(Verhoeff.isValid(wrong)).as(wrong).isFalse();
                }
            }
        }
    }

    @Property
    void every_swap_of_two_different_neighbours_is_detected(@ForAll("payloads") String payload) {
        String code = payload + Verhoeff.checkDigit(payload);
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(Verhoeff.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20);
    }
}
