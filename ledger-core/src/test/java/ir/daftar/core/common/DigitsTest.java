package ir.daftar.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People type ASCII, Persian (۰–۹) and Arabic-Indic (٠–٩) digits; the ledger keeps ASCII. */
class DigitsTest {

    @Test
    void every_persian_and_arabic_indic_digit_maps_to_its_ascii_digit() {
        for (int d = 0; d <= 9; d++) {
            char ascii = (char) ('0' + d);
            assertThat(Digits.toAscii(String.valueOf((char) ('\u06F0' + d)))).isEqualTo(String.valueOf(ascii));
            assertThat(Digits.toAscii(String.valueOf((char) ('\u0660' + d)))).isEqualTo(String.valueOf(ascii));
        }
    }

    @Test
    void other_characters_are_kept() {
        assertThat(Digits.toAscii("شعبه ۱۲-B ٣")).isEqualTo("شعبه 12-B 3");
        assertThat(Digits.toAscii("")).isEmpty();
        assertThat(Digits.toAscii(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "۰۹۱۲ ۱۲۳ ۴۵۶۷ | 09121234567",
            "0912-123-4567 | 09121234567",
            "٠٩١٢\t١٢٣     | 0912123",
            "+98 912       | +98912"})
    void digits_only_drops_spaces_and_dashes(String text, String expected) {
        assertThat(Digits.digitsOnly(text)).isEqualTo(expected);
    }

    @Test
    void digits_only_drops_zero_width_and_direction_marks() {
        assertThat(Digits.digitsOnly("۰۹۱۲\u200C۱۲۳\u200F۴۵۶۷\u200E")).isEqualTo("09121234567");
        assertThat(Digits.digitsOnly(null)).isNull();
    }

    @Test
    void all_digits_checks_length_and_ascii_digits_only() {
        assertThat(Digits.allDigits("0123456789", 10)).isTrue();
        assertThat(Digits.allDigits("0123456789", 11)).isFalse();
        assertThat(Digits.allDigits("012345678a", 10)).isFalse();
        assertThat(Digits.allDigits("۰۱۲۳۴۵۶۷۸۹", 10)).isFalse();
        assertThat(Digits.allDigits("", 0)).isTrue();
        assertThat(Digits.allDigits(null, 0)).isFalse();
    }
}
