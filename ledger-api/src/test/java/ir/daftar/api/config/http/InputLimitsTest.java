package ir.daftar.api.config.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The door's rule for bodies: strictly well-formed UTF-8. */
class InputLimitsTest {

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
