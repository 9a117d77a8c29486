package ir.daftar.api.config.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The door's rule for text: plain text only. */
class PlainTextTest {

    @Test
    void persian_names_and_ordinary_punctuation_are_plain_text() {
        assertThat(PlainText.isPlainText("زهرا احمدی\u200Cپور، مطالبه وجه چک (۱۴۰۴) \"الف\" - 50%")).isTrue();
        assertThat(PlainText.isPlainText("line one\nline two\ttab")).isTrue();
        assertThat(PlainText.isPlainText("emoji \uD83D\uDE00 is a pair")).isTrue();
    }

    @Test
    void less_than_and_greater_than_are_signs_in_ordinary_text() {
        assertThat(PlainText.isPlainText("مهلت < ۱۰ روز")).isTrue();
        assertThat(PlainText.isPlainText("مبلغ > ۵۰ میلیون ریال، ‹نقل قول›")).isTrue();
        assertThat(PlainText.isPlainText("a<5 and b>3, x <= y")).isTrue();
    }

    @Test
    void markup_controls_lone_surrogates_noncharacters_and_bidi_overrides_are_not() {
        for (String bad : new String[] {"<script>", "a</b", "<!--x-->", "<?xml", "<svg onload=x>", "<ص>", "nul\u0000", "esc\u001b", "c1\u0085", "\uD800", "x\uDC00",
                "\uFFFF", "\u202Eexe.txt", "\u2066iso"}) {
            assertThat(PlainText.isPlainText(bad)).as(bad).isFalse();
        }
    }
}
