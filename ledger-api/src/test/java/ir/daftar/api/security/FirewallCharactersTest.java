package ir.daftar.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's character checks without a regular expression give the expressions' answers (Spring Security's). */
class FirewallCharactersTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_code_point_alone_is_judged_as_the_expressions_judge_it() {
        int refusedNames = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));
            boolean name = NAMES.matcher(s).matches();
            assertThat(FirewallCharacters.NAMES.test(s)).as("U+%04X as a name", c).isEqualTo(name);
            assertThat(FirewallCharacters.HEADER_VALUES.test(s)).as("U+%04X in a value", c)
                    .isEqualTo(HEADER_VALUES.matcher(s).matches());
            refusedNames += name ? 0 : 1;
        }
        assertThat(refusedNames).as("controls and unassigned code points are refused").isGreaterThan(800_000);
    }

    @Test
    void random_strings_and_lone_surrogates_too() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(0, 12);
            for (int j = 0; j < length; j++) {
                int pick = random.nextInt(5);
                if (pick == 0) {
                    s.append((char) random.nextInt(0, 0x100)); // ASCII, Latin-1, controls, tab
                } else if (pick == 1) {
                    s.append((char) random.nextInt(0xD800, 0xE000)); // a lone or paired surrogate
                } else if (pick == 2) {
                    s.append((char) random.nextInt(0x0600, 0x0700)); // Arabic script: Persian names
                } else {
                    s.appendCodePoint(random.nextInt(0, Character.MAX_CODE_POINT + 1));
                }
            }
            String text = s.toString();
            assertThat(FirewallCharacters.NAMES.test(text)).as("%s", text).isEqualTo(NAMES.matcher(text).matches());
            assertThat(FirewallCharacters.HEADER_VALUES.test(text)).as("%s", text)
                    .isEqualTo(HEADER_VALUES.matcher(text).matches());
        }
    }
}
