package ir.daftar.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The door's rules for text: plain text only, and strictly well-formed UTF-8. */
class InputLimitsTest {

    @Test
    void persian_names_and_ordinary_punctuation_are_plain_text() {
        assertThat(InputLimits.isPlainText("زهرا احمدی\u200Cپور، مطالبه وجه چک (۱۴۰۴) \"الف\" - 50%")).isTrue();
        assertThat(InputLimits.isPlainText("line one\nline two\ttab")).isTrue();
        assertThat(InputLimits.isPlainText("emoji \uD83D\uDE00 is a pair")).isTrue();
    }

    @Test
    void less_than_and_greater_than_are_signs_in_ordinary_text() {
        assertThat(InputLimits.isPlainText("مهلت < ۱۰ روز")).isTrue();
        assertThat(InputLimits.isPlainText("مبلغ > ۵۰ میلیون ریال، ‹نقل قول›")).isTrue();
        assertThat(InputLimits.isPlainText("a<5 and b>3, x <= y")).isTrue();
    }

    @Test
    void markup_controls_lone_surrogates_noncharacters_and_bidi_overrides_are_not() {
        for (String bad : new String[] {"<script>", "a</b", "<!--x-->", "<?xml", "<svg onload=x>", "<ص>", "nul\u0000", "esc\u001b", "c1\u0085", "\uD800", "x\uDC00",
                "\uFFFF", "\u202Eexe.txt", "\u2066iso"}) {
            assertThat(InputLimits.isPlainText(bad)).as(bad).isFalse();
        }
    }

    @Test
    void strict_utf8_refuses_overlong_surrogate_and_out_of_range_sequences() throws Exception {
        accept(new int[] {0x41, 0xD8, 0xB2, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80});
        for (int[] bad : new int[][] {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
                {0xFF}, {0x80}, {0xC3, 0x28}}) {
            assertThatThrownBy(() -> accept(bad)).isInstanceOf(InputLimits.NotUtf8.class);
        }
        InputLimits.Utf8Validator cut = new InputLimits.Utf8Validator();
        cut.accept(0xE2);
        assertThatThrownBy(cut::end).isInstanceOf(InputLimits.NotUtf8.class);
    }

    private static void accept(int[] bytes) throws Exception {
        InputLimits.Utf8Validator v = new InputLimits.Utf8Validator();
        for (int b : bytes) {
            v.accept(b);
        }
        v.end();
    }
}
