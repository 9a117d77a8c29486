package ir.daftar.api.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Rule;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Persian and English say the same things: the same keys, and a text for every rule of the regulation. */
class MessagesInSyncTest {

    @Test
    void persian_and_english_have_the_same_keys() throws IOException {
        assertThat(keys("messages_fa.properties")).isEqualTo(keys("messages_en.properties"));
        assertThat(keys("messages.properties")).isEqualTo(keys("messages_fa.properties"));
    }

    @Test
    void every_rule_has_a_refusal_text_in_both_languages() throws IOException {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(Rule.values()).forEach(r -> expected.add("rule." + r.name()));
        assertThat(keys("messages_fa.properties")).containsAll(expected);
        assertThat(keys("messages_en.properties")).containsAll(expected);
    }

    @Test
    void persian_texts_are_persian_and_name_the_article() throws IOException {
        Properties fa = load("messages_fa.properties");
        for (Rule rule : Rule.values()) {
            String text = fa.getProperty("rule." + rule.name());
            assertThat(text).as(rule.name()).matches(".*[\\u0600-\\u06FF].*");
            if (rule.article() != null) {
                assertThat(text).as(rule.name()).containsAnyOf("ماده", "مواد");
            }
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(MessagesInSyncTest.class.getResourceAsStream("/" + file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
