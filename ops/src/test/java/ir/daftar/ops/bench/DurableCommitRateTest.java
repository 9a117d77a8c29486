package ir.daftar.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The durable-commit benchmark measures the embedded default as the application opens it. */
class DurableCommitRateTest {

    @Test
    void the_h2_configurations_use_the_application_default_url() throws IOException {
        String yml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            assertThat(in).as("ledger-api's application.yml on the classpath").isNotNull();
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher url = Pattern.compile("url: \\$\\{DAFTAR_DB_URL:(jdbc:h2:file:[^\\n]*)}\\n").matcher(yml);
        assertThat(url.find()).as("the default datasource URL in application.yml").isTrue();
        Path dir = Path.of("some", "dir");
        String expected = url.group(1).replace("${DAFTAR_DATA_DIR:./data}", dir.toString());

        assertThat(DurableCommitRate.h2Url(dir, "h2-default")).isEqualTo(expected);
        assertThat(DurableCommitRate.h2Url(dir, "h2-checkpoint-sync")).isEqualTo(expected);
        assertThat(DurableCommitRate.h2Url(dir, "h2-write-delay-0")).isEqualTo(expected + ";WRITE_DELAY=0");
    }

    @Test
    void acknowledged_commits_of_different_writers_never_share_a_key() {
        assertThat(DurableCommitRate.key(1, 0)).isNotEqualTo(DurableCommitRate.key(0, 1));
        assertThat(DurableCommitRate.key(3, 123_456_789L)).isNotEqualTo(DurableCommitRate.key(2, 123_456_789L));
    }
}
